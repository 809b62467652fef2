# torch.einsum through the Python bindings: equation forms (explicit, implicit, ellipsis, repeated labels), the
# list and sublist forms, the graph PyTorch builds (node names down the first input), gradients and errors.
import torch
torch.manual_seed(0)
a=torch.randn(3,4,requires_grad=True); b=torch.randn(4,5,requires_grad=True); c=torch.randn(5,2,requires_grad=True)
def show(eq,*ops):
    r=torch.einsum(eq,*ops)
    g=r.grad_fn
    chain=[]
    while g is not None and len(chain)<8:
        chain.append(g.name()); nxt=[f for f,_ in g.next_functions if f is not None and 'Accumulate' not in f.name()]
        g=nxt[0] if nxt else None
    print(eq, r, chain)
show('ij,jk->ik',a,b)
show('ij,jk',a,b)
show('ij->ji',a)
show('ij->',a)
show('ij->j',a)
show('ii->i',torch.randn(3,3,requires_grad=True))
show('ii',torch.randn(3,3,requires_grad=True))
show('ij,jk,kl->il',a,b,c)
show('i,i->',torch.randn(3,requires_grad=True),torch.randn(3,requires_grad=True))
show('i,j->ij',torch.randn(3,requires_grad=True),torch.randn(4,requires_grad=True))
show('bij,bjk->bik',torch.randn(2,3,4,requires_grad=True),torch.randn(2,4,5,requires_grad=True))
show('ij',a)
show('...ij->...ji', torch.randn(2,3,4))
show('b...i,...i', torch.randn(2,3,4), torch.randn(4))
show('iij,kj', torch.randn(3,3,4), torch.randn(5,4))
show('ij,ij->i', a, a*2)
show('ij,kl', a, b)
print(torch.einsum(a, [0, 1], b, [1, 2]))
print(torch.einsum(a, [0, 1], b, [1, 2], [2, 0]))
print(torch.einsum(a, [1, 0]))
print(torch.einsum('ij,jk', [a, b]))
(torch.einsum('ij,jk,kl->il',a,b,c)**2).sum().backward()
print(a.grad, b.grad, c.grad)
for f in [lambda: torch.einsum('ij'), lambda: torch.einsum('ij,jk', a), lambda: torch.einsum('ij', a, b), lambda: torch.einsum('i.j', a), lambda: torch.einsum('ij->ii', a),lambda: torch.einsum('ij->k', a), lambda: torch.einsum('ijk', a), lambda: torch.einsum('ij,jk', a, a), lambda: torch.einsum('ii', a), lambda: torch.einsum('i1', a), lambda: torch.einsum(a, [0, 60]), lambda: torch.einsum('...ij,...ij', torch.randn(2,3,4), torch.randn(3,3,4)), lambda: torch.einsum('i,i', torch.randn(3), torch.randn(3).double()), lambda: torch.einsum('......', a), lambda: torch.einsum('ij->...j...', a), lambda: torch.einsum(a)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
