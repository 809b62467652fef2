# out= on torch functions (written into, returned, dtype and autograd checks) and add/sub with alpha= (one fused
# multiply-add per element, as PyTorch's kernels compute it).
import torch
a = torch.arange(6.).reshape(2, 3)
b = torch.ones(3, 2)
o = torch.empty(2, 2)
r = torch.matmul(a, b, out=o)
print(r is o, o)
o2 = torch.zeros(3)
print(torch.add(torch.ones(3), 2, out=o2), o2._version)
oi = torch.zeros(3, dtype=torch.int64)
for f in [lambda: torch.add(torch.ones(3), 2, out=oi), lambda: torch.matmul(a, b, out=torch.empty(2, 2, dtype=torch.float64)),
          lambda: torch.add(torch.ones(3), 1, out=torch.zeros(3, requires_grad=True)),
          lambda: torch.ones(3).add(torch.ones(3), out=o2), lambda: torch.sum(a, 0, out=torch.zeros(3))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
of = torch.zeros(3, dtype=torch.float64)
print(torch.add(torch.ones(3), 2, out=of))
print(torch.add(torch.ones(3, dtype=torch.int64), 2, out=torch.zeros(3)))
x = torch.ones(3, requires_grad=True)
try:
    torch.mul(x, 2, out=torch.empty(3))
except RuntimeError as e:
    print(e)
with torch.no_grad():
    print(torch.mul(x, 2, out=torch.empty(3)))
print(torch.sum(a, 1, out=torch.empty(2)), torch.mean(a, 0, out=torch.empty(3)))
v, i = torch.empty(3), torch.empty(3, dtype=torch.long)
print(torch.exp(a, out=torch.empty(2, 3)), torch.cat([a, a], out=torch.empty(4, 3)), torch.mm(a, b, out=torch.empty(2, 2)))
c = torch.ones(3)
torch.add(c, c, out=c)
print(c)

try:
    torch.mm(a, b, out=torch.empty(2, 2, dtype=torch.float64))
except RuntimeError as e:
    print(e)
print(torch.mv(a, torch.ones(3), out=torch.empty(2)), torch.dot(torch.ones(2), torch.ones(2), out=torch.empty(())))
print(torch.where(a > 2, a, 0., out=torch.empty(2, 3)) if False else '')
print(torch.clamp(a, 1, 3, out=torch.empty(2, 3)), torch.pow(a, 2, out=torch.empty(2, 3)), torch.div(a, 2, out=torch.empty(2, 3)))
print(torch.argmax(a, 1, out=torch.empty(2, dtype=torch.long)))
try:
    torch.argmax(a, 1, out=torch.empty(2))
except RuntimeError as e:
    print(e)
print(torch.stack([a, a], out=torch.empty(2, 2, 3)).shape)
print(torch.add(torch.ones(3), torch.ones(3), alpha=2, out=torch.empty(3)))
torch.manual_seed(0)
a = torch.randn(100000)
b = torch.randn(100000)
fa = 0.10000000149011612
r = torch.add(a, b, alpha=0.1)
fused = (a.double() + fa * b.double()).float()
print('f32 fused mismatches', (r != fused).sum().item())
s = torch.add(a[:5], b[:5], alpha=0.1)
print('f32 tail fused', (s != fused[:5]).sum().item())
x = a.double()[:3000]; y = b.double()[:3000]
r3 = torch.add(x, y, alpha=0.1)
fm = (x + 0.1 * y).tolist()
print('f64 fused mismatches', sum(1 for u, v in zip(r3.tolist(), fm) if u != v), 'plain', (r3 != x + 0.1 * y).sum().item())
r4 = torch.add(x[:3], y[:3], alpha=0.1)
print('f64 tail', sum(1 for u, v in zip(r4.tolist(), fm[:3]) if u != v))
i = torch.arange(10)
print(torch.add(i, i, alpha=3), torch.sub(i, i, alpha=2))
try:
    print(torch.add(i, i, alpha=0.5))
except Exception as e:
    print(type(e).__name__, e)
print(torch.add(a[:3], 1, alpha=2), a[:3] + 2)
p = torch.ones(3, requires_grad=True)
q = torch.add(p, torch.ones(3) * 2, alpha=3)
q.sum().backward()
print(q, p.grad)
c = torch.ones(3)
c.add_(torch.ones(3), alpha=-0.5)
print(c)
