# Nested functions reading and rebinding enclosing variables.
def make_accumulator(start):
    total = start
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    def report():
        return total, list(history)
    return add, report
add, report = make_accumulator(10)
add(5); add(-3)
print(report())
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts
    return count
c = counter_factory()
c("a"); c("b")
print(c("a"))
