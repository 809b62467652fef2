# A sliding window maximum and a bounded history with deque.
from collections import deque
def window_max(xs, k):
    q, out = deque(), []
    for i, x in enumerate(xs):
        while q and xs[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(xs[q[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
history = deque(maxlen=3)
for cmd in ["ls", "cd", "pwd", "git", "make"]:
    history.appendleft(cmd)
print(history, list(history), history[0])
