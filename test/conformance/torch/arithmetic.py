# Arithmetic, broadcasting and type promotion with Python scalars, and the nodes each op records.
import torch

a = torch.tensor([1.5, -2.0, 3.25])
i = torch.tensor([1, 2, 3])
m = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
flags = torch.tensor([True, False, True])
d = torch.tensor([0.1, 0.2], dtype=torch.float64)

for name, value in [
    ("a + 1", a + 1), ("1 + a", 1 + a), ("a - 1", a - 1), ("1 - a", 1 - a), ("a * 2", a * 2), ("2 * a", 2 * a),
    ("a / 2", a / 2), ("2 / a", 2 / a), ("a ** 2", a ** 2), ("a ** 0.5", a ** 0.5), ("-a", -a), ("a ** -1", a ** -1),
    ("i + 1", i + 1), ("i * 2.5", i * 2.5), ("i / 2", i / 2), ("i + True", i + True), ("i ** 2", i ** 2),
    ("flags + 1", flags + 1), ("flags * 1.5", flags * 1.5), ("flags + flags", flags + flags),
    ("d + 0.1", d + 0.1), ("d * 3", d * 3), ("a + d[0]", a + d[0]),
    ("m + a", m + a), ("m * torch.tensor([[2.], [3.]])", m * torch.tensor([[2.], [3.]])), ("m @ a", m @ a),
    ("m @ m.t()", m @ m.t()), ("m.T", m.T), ("m.sum()", m.sum()), ("m.sum(0)", m.sum(0)), ("m.sum(dim=1, keepdim=True)", m.sum(dim=1, keepdim=True)),
    ("m.mean()", m.mean()), ("m.mean(-1)", m.mean(-1)), ("i.sum()", i.sum()), ("flags.sum()", flags.sum()),
    ("m.exp()", m.exp()), ("m.log()", m.log()), ("m.sqrt()", m.sqrt()), ("torch.tanh(a)", torch.tanh(a)),
    ("torch.sigmoid(a)", torch.sigmoid(a)), ("a.relu()", a.relu()), ("a.clamp(-1, 2)", a.clamp(-1, 2)), ("a.clamp(min=0)", a.clamp(min=0)),
    ("torch.add(a, 1)", torch.add(a, 1)), ("torch.mul(a, a)", torch.mul(a, a)), ("torch.div(a, 4)", torch.div(a, 4)), ("torch.sub(m, 1)", torch.sub(m, 1)),
    ("torch.pow(a, 3)", torch.pow(a, 3)), ("torch.mm(m, m.t())", torch.mm(m, m.t())), ("torch.dot(a, a)", torch.dot(a, a)),
    ("i.float()", i.float()), ("a.long()", a.long()), ("a.double()", a.double()), ("a.bool()", a.bool()), ("i.to(torch.float64)", i.to(torch.float64)),
    ("i.to(dtype=torch.float32)", i.to(dtype=torch.float32)),
]:
    print(name, "->", value, value.dtype)

p = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
for name, value in [("p + 1", p + 1), ("1 + p", 1 + p), ("1 - p", 1 - p), ("p - 1", p - 1), ("2 * p", 2 * p), ("2 / p", 2 / p), ("p / 2", p / 2),
                    ("p ** 2", p ** 2), ("-p", -p), ("p.sum()", p.sum()), ("p.mean()", p.mean()), ("p.exp()", p.exp()), ("p @ p", p @ p)]:
    print(name, "->", value, value.grad_fn.next_functions)
print((2 / p).grad_fn.next_functions[0][0].next_functions)
