# Global and builtin name reads after the names are rebound, deleted or shadowed, from module code, functions,
# loops and comprehensions (compiled code caches where each name lives).
def show_len():
    return len("abc")

def read_counter():
    return counter

print(show_len())
len = lambda s: 42            # a global shadows the builtin after reads were cached
print(show_len(), len("x"))
del len                       # the builtin shows through again
print(show_len(), len("xy"))

counter = 1
print(read_counter())
for step in range(3):
    counter += step
    print(step, counter, read_counter())
del counter
try:
    read_counter()
except NameError as e:
    print("NameError:", e)
try:
    print(counter)
except NameError as e:
    print("NameError:", e)
counter = "back"
print(read_counter(), [counter for _ in range(2)])

def rebind():
    global counter, fresh
    counter = "from function"
    fresh = 7
rebind()
print(counter, fresh, read_counter())

def use_later():
    return later_defined * 2
try:
    use_later()
except NameError as e:
    print("NameError:", e)
later_defined = 21
print(use_later())

values = [1, 2, 3]
def total():
    return sum(values)
print(total())
def sum(items):
    return "shadowed sum of " + str(items)
print(total())
del sum
print(total(), sum(values))

def make_reader(name):
    def reader():
        return print_name
    return reader
print_name = "first"
readers = [make_reader(i) for i in range(2)]
print([r() for r in readers])
print_name = "second"
print([r() for r in readers])

class Holder:
    counter = "class attribute"
    seen = counter
    def method(self):
        return counter
print(Holder.seen, Holder().method())

from math import *
print(floor(2.5), pi > 3)
pi = 3
print(pi)
