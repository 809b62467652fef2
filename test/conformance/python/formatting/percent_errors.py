# Errors raised by % formatting.
cases = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", {"j": 1}), ("%z", 1), ("%c", "ab"), ("%d", None), ("%f", "1.5")]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("%s" % (("tuple", "inside"),), "%s" % {"a": 1}, "no args" % (), "%.2f%%" % 99.5)
