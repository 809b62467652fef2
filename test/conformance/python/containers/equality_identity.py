# == compares values, `is` compares identity; containers compare element-wise.
a = [1, 2, [3]]
b = [1, 2, [3]]
print(a == b, a is b, a[2] == b[2], a != b, [1, 2] < [1, 3], [2] > [1, 9], (1, 2) == [1, 2])
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1, 2} == {2, 1}, [1, 2] == [2, 1], "ab" == "a" + "b")
x = None
print(x is None, [] is [], () == (), 1 == 1.0 == True, float("nan") in [float("nan")])
n = float("nan")
print(n in [n], [n] == [n], n == n)
