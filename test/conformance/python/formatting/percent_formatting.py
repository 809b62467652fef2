# printf-style % formatting as older tutorials use it.
loss, step = 0.034567, 1200
print("step %d, loss %.4f" % (step, loss))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%8.3f|%-8.2f|%e|%.2E|%g|%G" % (3.14159, 2.5, 12345.678, 0.00012, 1e-7, 1e20))
print("%s %r %a" % ("text", "text", "ü"))
print("%(name)s has %(n)03d items" % {"name": "cart", "n": 7})
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c%c" % (72, "i", 33), "100%%", "%.3s" % "abcdef", "%*d" % (6, 42))
print("%s" % [1, 2], "%s" % (1,), "%d%%" % 50)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
