# accumulate running totals with default addition, a function and an initial value.
from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate("abc")))
balances = list(accumulate([100, -20, -50, 30], lambda bal, change: bal + change))
print(balances, list(accumulate(range(1, 6), operator.mul)))
