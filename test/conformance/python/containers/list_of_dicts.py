# Sorting, filtering and grouping a list of dicts.
rows = [
    {"city": "Oslo", "country": "NO", "pop": 700},
    {"city": "Bergen", "country": "NO", "pop": 285},
    {"city": "Lyon", "country": "FR", "pop": 516},
    {"city": "Paris", "country": "FR", "pop": 2148},
    {"city": "Nice", "country": "FR", "pop": 342},
]
print([r["city"] for r in sorted(rows, key=lambda r: r["pop"], reverse=True)])
by_country = {}
for r in rows:
    by_country.setdefault(r["country"], []).append(r["city"])
print(by_country, {c: sum(r["pop"] for r in rows if r["country"] == c) for c in by_country})
print(max(rows, key=lambda r: r["pop"])["city"], [r for r in rows if r["pop"] < 400])
