# Unbounded recursion ends in RecursionError with a collapsed traceback.
def countdown(n):
    print(n) if n % 250 == 0 else None
    return countdown(n - 1)

countdown(1000)
