# An exception raised while handling another: "During handling of the above exception, another exception occurred".
def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        print("empty input")
        return values[0]

average([])
