# Floor division, remainder, fmod, div's rounding modes and powers (`//`, `%`, `**` with numbers on either
# side): values for float and integer dtypes, the nodes they record, their gradients and their errors.
import torch

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

a = torch.tensor([-7.0, 7.0, -7.5, 7.5, 5.5, -0.0, 1.0, float("inf"), 3.0, -1.0, 0.0])
b = torch.tensor([2.0, -2.0, -2.0, 2.0, 0.0, 2.0, float("inf"), 2.0, 0.0, float("inf"), 0.0])
n = torch.tensor([-7, 7, -7, 7, 0, 9])
m = torch.tensor([2, -2, -2, 2, 5, -4])
i = torch.tensor([-7, 7, -7, 7, 0, 9], dtype=torch.int32)
flags = torch.tensor([True, False])
for name, value in [
    ("a // b", a // b), ("a % b", a % b), ("fmod", torch.fmod(a, b)), ("trunc", torch.div(a, b, rounding_mode="trunc")),
    ("floor", torch.div(a, b, rounding_mode="floor")), ("none", torch.div(a, b, rounding_mode=None)), ("a // 0", a // 0), ("a % 0", a % 0),
    ("n // m", n // m), ("n % m", n % m), ("fmod nm", torch.fmod(n, m)), ("trunc nm", torch.div(n, m, rounding_mode="trunc")),
    ("floor nm", n.div(m, rounding_mode="floor")), ("n / m", n / m), ("n // 3", n // 3), ("n % -3", n % -3), ("7 // m", 7 // m), ("7 % m", 7 % m),
    ("i // 2", i // 2), ("i % 4", i % 4), ("7 // i[:4]", 7 // i[:4]), ("i // m", i // m), ("i % 2.5", i % 2.5), ("i // 2.5", i // 2.5), ("2.5 % i[:4]", 2.5 % i[:4]),
    ("n // 2.5", n // 2.5), ("7.5 // m", 7.5 // m), ("flags // 2", flags // 2), ("flags % 2", flags % 2), ("floor_divide", torch.floor_divide(n, 4)),
    ("remainder", torch.remainder(a, 3)), ("remainder(2, m)", torch.remainder(2, m)), ("fmod(n, 2.5)", torch.fmod(n, 2.5)),
    ("true_divide", torch.true_divide(n, 4)), ("divide", torch.divide(a, 4, rounding_mode="floor")),
    ("a ** b", a ** b), ("2 ** n", 2 ** n), ("2 ** i", 2 ** i), ("2.5 ** n", 2.5 ** n), ("(-2) ** n", (-2) ** n), ("0 ** m", 0 ** m), ("1 ** m", 1 ** m),
    ("n ** m", n ** m), ("m ** 3", m ** 3), ("i ** 3", i ** 3), ("n ** 0.5", n ** 0.5), ("n ** 2.0", n ** 2.0), ("torch.pow(2, n)", torch.pow(2, n)),
    ("torch.pow(2.5, i)", torch.pow(2.5, i)), ("torch.pow(-2, i)", torch.pow(-2, i)), ("2 ** flags", 2 ** flags), ("flags ** 2", flags ** 2),
    ("n ** torch.tensor(-1)", n ** torch.tensor(-1)), ("i ** torch.tensor(2.5)", i ** torch.tensor(2.5)), ("3 ** i", 3 ** i),
]:
    print(name, "->", value, value.dtype)

x = torch.tensor([1.5, -2.5, 3.5], requires_grad=True)
y = torch.tensor([2.0, 0.75, -1.25], requires_grad=True)
for name, fn in [
    ("x // 2", lambda: x // 2), ("x // y", lambda: x // y), ("2 // x", lambda: 2 // x), ("x % 2", lambda: x % 2), ("x % y", lambda: x % y),
    ("2 % x", lambda: 2 % x), ("fmod(x, 2)", lambda: torch.fmod(x, 2)), ("fmod(x, y)", lambda: torch.fmod(x, y)),
    ("div floor", lambda: torch.div(x, y, rounding_mode="floor")), ("div trunc", lambda: x.div(2, rounding_mode="trunc")),
    ("div None", lambda: torch.div(x, y, rounding_mode=None)), ("div None scalar", lambda: torch.div(x, 2, rounding_mode=None)), ("x / 2", lambda: x / 2),
    ("2 ** x", lambda: 2 ** x), ("2.5 ** x", lambda: 2.5 ** x), ("torch.pow(2, x)", lambda: torch.pow(2, x)), ("x ** y", lambda: x ** y),
    ("x.pow(y)", lambda: x.pow(y)), ("x ** torch.tensor(2.)", lambda: x ** torch.tensor(2.)), ("torch.tensor(2.) ** x", lambda: torch.tensor(2.) ** x),
    ("0 ** x", lambda: torch.pow(0, x.abs())), ("(x * 0) ** y.abs()", lambda: (x * 0) ** y.abs()),
]:
    out = fn()
    print(name, "->", out, out.grad_fn, out.grad_fn.name(), out.grad_fn.next_functions)
    try:
        print("  grads", torch.autograd.grad(out.sum(), [x, y], allow_unused=True))
    except Exception as e:
        print("  grads ->", type(e).__name__ + ":", e)

z = x * 1
z //= 2
print(z)
z %= 1.25
print(z)
z.fmod_(0.75)
print(z)
z.remainder_(y)
print(z)
z.div_(y, rounding_mode="trunc")
print(z)
z **= 2
print(z, z.grad_fn.next_functions)
attempt("backward through z", lambda: torch.autograd.grad(z.sum(), [x, y], allow_unused=True))
z.floor_divide_(2)
print(z, z.grad_fn.next_functions)
attempt("backward through floor_divide_", lambda: torch.autograd.grad(z.sum(), [x, y], allow_unused=True))
w = x * 1
w.remainder_(y)
w.div_(2, rounding_mode="floor")
w.fmod_(y)
print(w, torch.autograd.grad(w.sum(), [x, y]))
k = torch.tensor([7, -7, 9], dtype=torch.int32)
k //= 2
k %= 3
print(k)
attempt("n // 0", lambda: n // 0)
attempt("n % 0", lambda: n % 0)
attempt("i % 0", lambda: i % 0)
attempt("fmod(n, 0)", lambda: torch.fmod(n, 0))
attempt("trunc(n, 0)", lambda: torch.div(n, 0, rounding_mode="trunc"))
attempt("i % 2**32", lambda: i % 2**32)
attempt("n // m with zero", lambda: n // torch.tensor([1, 0, 1, 1, 1, 1]))
attempt("flags // flags", lambda: flags // flags)
attempt("flags % flags", lambda: flags % flags)
attempt("fmod flags", lambda: torch.fmod(flags, flags))
attempt("trunc flags", lambda: torch.div(flags, flags, rounding_mode="trunc"))
attempt("rounding_mode x", lambda: torch.div(a, 2, rounding_mode="x"))
attempt("flags ** flags", lambda: flags ** flags)
attempt("True ** flags", lambda: True ** flags)
attempt("n ** -1", lambda: n ** -1)
attempt("i ** -2", lambda: i ** -2)
attempt("n //= 2.5", lambda: n.clone().__ifloordiv__(2.5))
attempt("i %= 1.5", lambda: i.clone().__imod__(1.5))
attempt("flags //= 2", lambda: flags.clone().__ifloordiv__(2))
attempt("i.div_(2)", lambda: i.clone().div_(2))
attempt("i.div_(2, floor)", lambda: i.clone().div_(2, rounding_mode="floor"))
attempt("x // 2 backward", lambda: (x // 2).sum().backward())
attempt("2 % x backward", lambda: (2 % x).sum().backward())
