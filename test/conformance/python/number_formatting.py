# Formatting numbers: format specs on floats and ints, rounding, and repr corner cases.
values = [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1 / 3, 2 / 3, 123.456, 1e-7, 1.5e-5, 1e16, 1.2345e20, 9.999999, 99.95, -1234.5678, float("inf"), float("nan")]
for v in values:
    print(repr(v), f"{v:.2f}|{v:.0f}|{v:10.3f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:%}|{v:+.1f}|{v:,.2f}|{v:.10}|{v:}|{v:8}")
ints = [0, 7, -7, 255, 1000000, -1234567, 2 ** 40]
for i in ints:
    print(f"{i:d}|{i:5d}|{i:<5}|{i:^7}|{i:+d}|{i: d}|{i:,}|{i:_}|{i:x}|{i:X}|{i:#x}|{i:o}|{i:#b}|{i:08d}|{i:.2f}|{i:e}|{i:%}")
print(round(0.1 + 0.2, 10), round(2.675, 2), round(1.005, 2), round(-1.5), round(1e20), round(123.456, -1), round(-0.4))
print(f"{3.14159:.{3}f}", f"{'x':>{5}}", f"{42:*>8}", f"{0.000123:.2e}")
print("{:.3}".format(3.14159), "{:.3}".format(1234.5), "{:10.4}|".format("abcdefg"), "{0:b} {0:o} {0:x}".format(10))
print(str(1e-5), str(123456789.0), str(1.0e15), str(1.0e16), str(0.1 * 3), 1 / 7, 22 / 7, 2 ** 0.5, 10 ** 0.5)
print(float("1e500"), float("-1e500"), float("0.1"), float("1_000.5"), float(".5"), float("5."), float("+inf"), float("-nan"))
print(7 / 2, 7 // 2.0, 2 ** 62, 2.0 ** 62, float(2 ** 62), int(2.0 ** 62), 3 * 0.1, 0.1 + 0.7)
print(100 * 1.1, 1.1 * 1.1, 1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300, 0.1 ** 20)
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, 1 - 0.9, 4.35 * 100, 1.15 * 3, 8.7 - 8)
print("%.3f %5.1f %-8.2f| %e %g %G %.0f %%" % (2.0005, 0.05, 1.999, 0.00012345, 1e-5, 1e20, 0.5))
print("%5s|%-5s|%.2s|%c|%r|%i|%05.1f|%+.2e|%x|%X|%o" % ("ab", "ab", "abc", "z", 1.0, 42.9, 3.14159, 12345.6789, 255, 255, 8))
