# Chaining string methods to normalise messy input.
raw = ["  Alice SMITH ", "bob   jones", "CHARLIE\tbrown  ", ""]
clean = [" ".join(s.split()).title() for s in raw if s.strip()]
print(clean)
emails = [f"{n.split()[0].lower()}.{n.split()[1].lower()}@example.com" for n in clean]
print(emails, [e.partition("@")[0].replace(".", "_").upper() for e in emails])
print("snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCase".lower(), "a-b_c d".translate(str.maketrans("-_", "  ")).split())
