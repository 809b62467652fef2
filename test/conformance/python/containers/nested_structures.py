# Nested dicts and lists: JSON-like data walking.
data = {
    "users": [
        {"name": "ann", "tags": ["admin", "dev"], "age": 31},
        {"name": "bob", "tags": [], "age": 25},
        {"name": "cy", "tags": ["dev"], "age": 40},
    ],
    "meta": {"count": 3, "source": None},
}
devs = [u["name"] for u in data["users"] if "dev" in u["tags"]]
print(devs, data["meta"]["count"], sum(u["age"] for u in data["users"]) / len(data["users"]))
print(sorted(data["users"], key=lambda u: u["age"])[0]["name"], data)
def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, list):
        return 1 + max((depth(v) for v in x), default=0)
    return 0
print(depth(data), depth([]), depth([[[]]]))
