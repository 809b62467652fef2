# Multi-line f-strings, nested f-strings and format specs from variables.
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10, 1)]
header = f"{'item':<10}{'price':>8}{'qty':>5}"
print(header)
print("-" * len(header))
for item, price, qty in rows:
    print(f"{item:<10}{price:>8.2f}{qty:>5d}")
total = sum(p * q for _, p, q in rows)
print(f"{'total':<10}{total:>8.2f}")
message = (
    f"{len(rows)} rows, "
    f"max price {max(p for _, p, _ in rows)}"
)
print(message)
spec = ">6"
print(f"[{f'{3:{spec}}'}]", f"{'x':{'*'}^{7}}")
