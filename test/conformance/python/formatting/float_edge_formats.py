# Formatting edge cases: tiny and huge numbers, rounding at .5, negative zero.
for v in [0.5, 1.5, 2.5, -0.5, -0.0, 1e-300, 1e300, 123.456, 0.0005, 9.9999]:
    print(f"{v:.0f}|{v:.1f}|{v:.3e}|{v:g}|{v:.2%}|{v:10.4}|{v!r}")
