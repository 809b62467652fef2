# format() and str.format edge cases: general format, zero padding, alternate forms, nan/inf.
values = [0.0, 1.0, -1.0, 0.1, 1e-5, 123456789.0, 1e16, float("inf"), float("-inf"), float("nan"), 2.5, -2.5]
for v in values:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".3"), format(v, "10.2f"), format(v, "e"))
for n in (0, 1, -1, 10**16):
    print(format(n, ""), format(n, "g"), format(n, "10.2f"), format(n, "e"), format(n, "+,"))
print("{:05}".format(-3.5), "{:05d}".format(-42), "{:+}".format(7), "{: }".format(7), "{:x<6}".format(12))
print("{0} {1} {0}".format("a", "b"), "{name}:{val:.1f}".format(name="loss", val=0.25))
print("{:.2%}".format(0.12345), "{:%}".format(1), "{:.0%}".format(0.125))
print("{:g} {:g} {:g} {:g}".format(1e-4, 1e-5, 123456, 1234567))
print("{:#.3g} {:.10g} {:G}".format(1.0, 1 / 3, 1e-10))
print(format(True, "d"), format(True, ""), format(3, ".2f"), format(10**20, ","), format(-7, "b"))
for bad in ("{:d}", "{:s}"):
    try:
        print(bad.format(1.5))
    except ValueError as e:
        print("ValueError:", e)
