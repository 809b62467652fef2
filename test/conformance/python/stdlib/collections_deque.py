# deque: both ends, rotation, bounded length.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1], 2 in d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, list(reversed(d)), d.count(7), d.index(8))
recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
print(recent, recent.maxlen, deque("abc"), deque())
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
