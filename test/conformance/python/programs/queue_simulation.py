# A bank queue simulation with a seeded random generator and a deque.
import random
from collections import deque
random.seed(3)
queue = deque()
served, waits = 0, []
for minute in range(30):
    if random.random() < 0.6:
        queue.append(minute)
    if queue and random.random() < 0.5:
        waits.append(minute - queue.popleft())
        served += 1
print(served, len(queue), waits[:10], round(sum(waits) / len(waits), 3))
