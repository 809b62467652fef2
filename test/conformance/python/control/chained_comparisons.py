# Chained comparisons evaluate each operand once.
def val(x):
    print("eval", x)
    return x
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
x = 5
print(1 < x <= 5, 1 < x < 5, 0 == 0 < 1, 1 < 2 > 0, "a" < "b" < "c", 1 in [1] == True)
