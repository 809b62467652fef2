# str.format alignment with positional fields and repeated arguments.
header = "{0:<8}|{1:^8}|{2:>8}"
print(header.format("left", "center", "right"))
print(header.format("-" * 8, "-" * 8, "-" * 8))
for name, qty, price in [("pen", 3, 1.5), ("notebook", 10, 3.25)]:
    print("{0:<8}|{1:^8d}|{2:>8.2f}".format(name, qty, price))
print("{0}{1}{0}".format("*", "mid"), "{:>{}}".format("x", 5), "{:*^{w}}".format("title", w=15))
