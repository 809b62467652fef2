# '#' alternate forms and '0' zero padding with prefixes and signs.
for n in [0, 5, 255, -255, 2 ** 40]:
    print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"), format(n, "#010x"), format(n, "010b"))
print(format(3.0, "#g"), format(3.0, "#.0f"), format(3, "#.0e"), format(0.5, "#.3g"))
print(format(42, "08"), format(-42, "08"), format(3.14159, "010.3f"), format(-3.14159, "010.3f"), format(1e10, "015,.1f"))
