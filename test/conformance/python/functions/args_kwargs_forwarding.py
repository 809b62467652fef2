# *args/**kwargs forwarding, keyword-only and positional-only parameters, unpacking at call sites.
def describe(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"

def forward(*args, **kwargs):
    return describe(*args, **kwargs)

def only_positional(x, y, /, z=0):
    return x + y + z

print(forward(1, c=3))
print(forward(1, 5, 6, 7, c=3, e=9, d=0))
print(describe(*[1, 2, 3], **{"c": "C", "z": "Z"}))
print(only_positional(1, 2), only_positional(1, 2, z=3))
options = {"sep": "-", "end": "!\n"}
print("a", "b", **options)
first, *middle, last = range(6)
print(first, middle, last, [*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}})
for call in (lambda: describe(1), lambda: describe(1, 2, c=3, a=1), lambda: only_positional(x=1, y=2), lambda: describe(1, c=2, **{"c": 3})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
