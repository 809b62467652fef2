# printf-style % formatting with strings, ints and floats.
print("%s is %d years" % ("Ann", 30), "%5.2f|%-8s|%08.3f" % (3.14159, "ab", -2.5))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%r %s %a" % ("hi", "hi", "hé"), "%c%c" % (72, "i"), "%%", "%5s|%-5s|" % ("r", "l"))
print("%(name)s has %(n)03d" % {"name": "Bob", "n": 7}, "%.3s" % "truncate", "%*d|%-*d|" % (5, 42, 4, 7))
print("%+d % d %+.1f" % (5, 5, -0.05), "%i %u" % (3.9, -2), "%d" % True, "%s" % [1, 2], "%s" % (1,))
print("%10.4f|%-10.2e|" % (3.14159265, 31415.9265))
