# Precision with f, e, g and %, including rounding of exact binary values.
values = [0, 1, 0.5, 1 / 3, 2 / 3, 2.675, 1.005, 123456.789, 1e-7, 1e16, 1.5e300, -0.000123]
for v in values:
    print(format(v, ".2f"), format(v, ".3e"), format(v, ".4g"), format(v, ".1%"), format(v, "g"), format(v, "e"))
print(format(0.125, ".2f"), format(0.375, ".2f"), format(2.5, ".0f"), format(3.5, ".0f"), format(1e22, ".0f"))
