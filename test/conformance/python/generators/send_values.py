# send() passes values into a paused generator; the first send must be None.
def running_average():
    total, count = 0, 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = running_average()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(0))
def echo():
    received = yield "ready"
    while received != "stop":
        received = yield f"got {received}"
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as stop:
    print("stopped", stop.value)
try:
    running_average().send(5)
except TypeError as err:
    print(type(err).__name__, err)
