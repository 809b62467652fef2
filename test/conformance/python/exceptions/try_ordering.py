# try/except/else/finally run in a fixed order, including with return.
def attempt(x):
    try:
        print("try", x)
        result = 10 / x
    except ZeroDivisionError:
        print("except")
        return "failed"
    else:
        print("else")
        return result
    finally:
        print("finally")
print(attempt(2))
print(attempt(0))
def finally_wins():
    try:
        return "from try"
    finally:
        return "from finally"
print(finally_wins())
def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
loop_finally()
