# Augmented assignment on numbers, lists and strings.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x /= 4; print(x)
y = 6
y <<= 2; y |= 1; y ^= 3; y &= 0xF; y >>= 1
print(y)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
