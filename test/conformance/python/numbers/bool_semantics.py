# bool is a subclass of int; truthiness of common values.
print(True + 1, True * 10, False - 1, True / 2, True // 1, -True, ~True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool({}), bool(None))
print(True and 3, 0 and 3, 0 or "x", "" or [] or None, not 0, not "a")
print(isinstance(True, int), issubclass(bool, int), type(True), str(True), repr(False))
print(True & False, True | False, True ^ True, True == 1, True is True)
print(sum([True, True, False, True]), [1, 2, 3][True], {True: "a", 1: "b"})
print(int(True), float(False), bool("False"), bool("0"))
print(True > False, max(True, 2), sorted([True, False, True]))
