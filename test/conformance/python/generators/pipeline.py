# Generator pipelines: read, parse, filter, aggregate lazily.
lines = ["# header", "apple,3", "banana,x", "cherry,5", "", "date,2"]
def non_comment(rows):
    for row in rows:
        if row and not row.startswith("#"):
            yield row
def parse(rows):
    for row in rows:
        name, _, qty = row.partition(",")
        try:
            yield name, int(qty)
        except ValueError:
            print("skipping", repr(row))
def running_total(pairs):
    total = 0
    for name, qty in pairs:
        total += qty
        yield name, total
for name, total in running_total(parse(non_comment(lines))):
    print(name, total)
