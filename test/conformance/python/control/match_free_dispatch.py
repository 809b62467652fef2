# Dispatching with dicts of functions instead of long if chains.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b if b else float("nan")
OPS = {"+": add, "-": sub, "*": mul, "/": div}
def evaluate(expr):
    left, op, right = expr.split()
    handler = OPS.get(op)
    if handler is None:
        return f"unknown operator {op!r}"
    return handler(float(left), float(right))
for e in ["3 + 4", "10 / 4", "2 * 2.5", "1 / 0", "2 ^ 3"]:
    print(e, "=", evaluate(e))
