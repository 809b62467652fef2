# Thousands separators ',' and '_' for ints, floats and bases.
for n in [0, 999, 1000, 1234567, -9876543210, 10 ** 20]:
    print(format(n, ","), format(n, "_"), format(n, "_x"), format(n, "_b")[:20], format(n, ",.2f"), format(n, "20,"))
print(f"{1234.5678:,.2f}", f"{1234567.891:_.3f}", f"{0.5:,}", f"{1e6:,}", f"{12345678.9:,g}")
print(f"{1234567:012,}", f"{-1234567:015,d}", f"{1234567:>15,}")
try:
    format(1234, ",b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("abc", ",")
except ValueError as e:
    print(type(e).__name__, e)
