# What finally does to return values and exceptions.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows the exception"
def keep():
    value = "try value"
    try:
        return value
    finally:
        value = "changed in finally"
def count_calls():
    calls = []
    for i in range(3):
        try:
            calls.append(i)
            if i == 1:
                return calls
        finally:
            calls.append(f"f{i}")
print(swallow(), keep(), count_calls())
