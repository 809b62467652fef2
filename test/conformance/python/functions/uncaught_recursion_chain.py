# An exception deep in mutual recursion shows every frame.
def is_even(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(4))
print(is_odd(-1))
