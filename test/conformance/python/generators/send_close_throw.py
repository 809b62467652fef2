# Generators as coroutines: send(), close() running finally, throw(), and return values.
def running_average():
    total = 0.0
    count = 0
    average = None
    try:
        while True:
            value = yield average
            if value is None:
                break
            total += value
            count += 1
            average = total / count
    finally:
        print("averager closed after", count, "values")
    return average

avg = running_average()
print(next(avg))
for v in [10, 20, 60]:
    print(avg.send(v))
avg.close()
avg.close()

gen = running_average()
next(gen)
gen.send(4)
try:
    gen.send(None)
except StopIteration as stop:
    print("returned", stop.value)

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("handled inside:", e)
        yield "recovered"

g = guarded()
print(next(g), g.throw(ValueError("boom")))
print(list(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
