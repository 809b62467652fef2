# try/finally ordering with return, break and continue; exceptions swallowed by finally-return.
def f():
    try:
        return "try"
    finally:
        print("finally runs before the return value is used")

def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i

print(f())
print(g())
print(h())
log = []
def nested():
    try:
        try:
            log.append("inner try")
            raise KeyError("x")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append(f"caught {e}")
    finally:
        log.append("outer finally")
nested()
print(log)
