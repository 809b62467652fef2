# addmm, addmv, addr, baddbmm, addbmm (torch.x, Tensor.x, Tensor.x_, out=), vdot, inner, kron, tensordot and
# cross through the torch module: exact values (tolist), grad_fn names, gradients and PyTorch's errors.
import torch


def attempt(label, compute):
    try:
        print(label, compute())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


a = (torch.arange(6.0).reshape(2, 3) / 7).requires_grad_()
b = (torch.arange(12.0).reshape(3, 4) / 9).requires_grad_()
c = torch.linspace(-1, 1, 4).requires_grad_()
r = torch.addmm(c, a, b, beta=0.3, alpha=1.7)
print(r.tolist(), r.grad_fn.name())
r.sum().backward()
print(a.grad.tolist(), b.grad.tolist(), c.grad.tolist())
print(c.detach().addmm(a.detach(), b.detach().t().contiguous().t()).tolist())
m = torch.zeros(2, 4)
print(m.addmm_(a.detach(), b.detach(), alpha=2) is m, m.tolist())
out = torch.empty(2, 4)
torch.addmm(c.detach(), a.detach(), b.detach(), out=out)
print(out.tolist())

v = torch.tensor([0.5, -1.25, 2.0], requires_grad=True)
r = torch.addmv(torch.tensor([1.0, 2.0]), a, v, alpha=0.7)
print(r.tolist(), r.grad_fn.name(), torch.ones(3).addmv(a.t(), torch.tensor([1.0, 2.0]), beta=2).tolist())
print(torch.addr(torch.zeros(2, 3), torch.tensor([1.0, 2.0]), v, beta=0.5).tolist(), torch.addr(a, torch.tensor([1.0, 2.0]), v).grad_fn.name())
x = torch.arange(24.0).reshape(2, 3, 4) / 5
y = torch.arange(16.0).reshape(2, 4, 2) / 3
print(torch.baddbmm(torch.ones(3, 2), x, y, beta=0.5).tolist(), torch.ones(2).baddbmm(x.requires_grad_(), y).grad_fn.name())
print(torch.addbmm(torch.ones(3, 2), x, y, alpha=0.25).tolist(), torch.addbmm(torch.ones(3, 2), x, y).grad_fn.name())
w = torch.ones(3, 2)
w.addbmm_(x.detach(), y)
print(w.tolist())

print(torch.vdot(v, v).tolist(), torch.vdot(v, v).grad_fn.name(), torch.inner(a, a).tolist(), a.inner(a).grad_fn.name())
print(torch.kron(torch.tensor([[1, 2], [3, 4]]), torch.tensor([1, 10])), torch.kron(a, a).grad_fn.name())
print(torch.tensordot(x, torch.ones(4, 2), dims=1).tolist())
print(torch.tensordot(torch.ones(2, 3), torch.ones(3, 2), dims=([1], [0])).tolist(), torch.tensordot(torch.ones(2, 3), torch.ones(2, 3), 2).tolist())
p = torch.tensor([[1.0, 0.0, 0.0], [0.5, 2.0, -1.0]], requires_grad=True)
q = torch.tensor([[0.0, 1.0, 0.0], [3.0, -0.25, 1.5]])
print(torch.cross(p, q).tolist(), p.cross(q, dim=1).grad_fn.name())

attempt('addmm bias', lambda: torch.addmm(torch.ones(3), torch.ones(2, 5), torch.ones(5, 4)))
attempt('addmm shapes', lambda: torch.addmm(torch.ones(4), torch.ones(2, 5), torch.ones(4, 4)))
attempt('addmv ranks', lambda: torch.addmv(torch.ones(2), torch.ones(2), torch.ones(2)))
attempt('addr 2d', lambda: torch.addr(torch.ones(2, 2), torch.ones(2, 1), torch.ones(2)))
attempt('baddbmm batch2', lambda: torch.baddbmm(torch.ones(2, 3, 4), torch.ones(2, 3, 5), torch.ones(2, 6, 4)))
attempt('vdot 2d', lambda: torch.vdot(torch.ones(2, 2), torch.ones(2)))
attempt('inner', lambda: torch.inner(torch.ones(2, 3), torch.ones(2)))
attempt('tensordot', lambda: torch.tensordot(torch.ones(2, 3), torch.ones(2, 3), dims=1))
attempt('cross', lambda: torch.cross(torch.ones(2, 2), torch.ones(2, 2)))
attempt('expand', lambda: torch.ones(3, 2).expand(2, 3))
