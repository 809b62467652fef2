# A global read after `del` raises NameError with CPython's message and traceback, also from inside a function
# that read it successfully before.
threshold = 10

def check(v):
    return v > threshold

for v in (5, 15):
    print(v, check(v))
del threshold
print(check(20))
