# %-formatting with mapping keys, widths and precision from the tuple.
record = {"name": "Ann", "score": 93.456, "rank": 1}
print("%(name)-6s|%(score)8.2f|%(rank)03d" % record)
print("%-10s|%10s|" % ("left", "right"), "%.*f" % (2, 3.14159), "%*.*f|" % (10, 3, 2.71828))
print("%5.1f%%" % 45.678, "%x-%X-%o" % (3054, 3054, 8), "%#x %#o" % (0, 0), "%e" % 0.0, "%g" % 1e-10, "%g" % 123456789.0)
