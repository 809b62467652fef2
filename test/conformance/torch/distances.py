# torch.cdist (both CPU paths, every supported p, batches and broadcasting, compute_mode) and torch.dist through the
# Python bindings: values, node names down the first input, gradients and PyTorch's errors.
import torch
torch.manual_seed(0)
def chain(r):
    g=r.grad_fn; out=[]
    while g is not None and len(out)<6:
        out.append(g.name()); nxt=[f for f,_ in g.next_functions if f is not None and 'Accumulate' not in f.name()]
        g=nxt[0] if nxt else None
    return out
a=torch.randn(4,3,requires_grad=True); b=torch.randn(5,3,requires_grad=True)
for p in [0, 1, 2, float('inf')]:
    r = torch.cdist(a, b, p=p); print(p, r, chain(r))
    r.sum().backward(); print(a.grad, b.grad); a.grad=None; b.grad=None
A=torch.randn(30,3,requires_grad=True)
r=torch.cdist(A,b); print(r[:3], chain(r)); (r*r.detach()).sum().backward(); print(A.grad[:4], b.grad); b.grad=None
print(chain(torch.cdist(torch.randn(2,30,3,requires_grad=True),b)))
B=torch.randn(2,1,30,3,requires_grad=True); C=torch.randn(3,5,3,requires_grad=True)
r=torch.cdist(B,C); print(chain(r), r.shape); r.pow(2).sum().backward(); print(B.grad.shape, C.grad[0])
r=torch.cdist(torch.randn(2,1,4,3,requires_grad=True),C,p=1); print(chain(r), r.shape, r[1,2])
print(torch.cdist(a, b, compute_mode='use_mm_for_euclid_dist'), torch.cdist(A[:3], b, compute_mode='donot_use_mm_for_euclid_dist'))
print(torch.dist(a, a*2), torch.dist(a, b[0]), torch.dist(a, a*2, 1), a.dist(b[1], float('inf')), chain(torch.dist(a, a*2)))
d = torch.dist(a, b[0]); d.backward(); print(a.grad, b.grad)
print(torch.cdist(torch.zeros(3,2), torch.zeros(2,2)))
for f in [lambda: torch.cdist(torch.randn(3), b), lambda: torch.cdist(a, torch.randn(2,4)), lambda: torch.cdist(a, b, p=-1), lambda: torch.cdist(a.int(), b.int()), lambda: torch.cdist(a,b,compute_mode='x'), lambda: torch.cdist(a,b,compute_mode=None), lambda: torch.dist(a, torch.randn(2,3)), lambda: torch.cdist(torch.randn(2,4,3), torch.randn(3,5,3)), lambda: torch.cdist(a, b.double())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
print(torch.cdist(torch.randn(0,3), b), torch.cdist(torch.randn(2, 0), torch.randn(3, 0)))
