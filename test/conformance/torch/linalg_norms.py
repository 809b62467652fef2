# torch.linalg's norms (vector, matrix, norm with its dim/ord rules), multi_dot, matmul and diagonal: values,
# gradients, grad_fn names and PyTorch's errors.
import torch
torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
print(torch.linalg.norm(x), torch.linalg.norm(x, dim=1), torch.linalg.matrix_norm(x))
print(torch.linalg.norm(x, 'fro'), torch.linalg.norm(x, 2, dim=0).grad_fn.name(), torch.linalg.matrix_norm(x).grad_fn.name(), torch.linalg.norm(x).grad_fn.name())
print(torch.linalg.norm(x, float('inf')), torch.linalg.norm(x, 1), torch.linalg.norm(x, -1), torch.linalg.norm(x, -float('inf')))
for o in (1, -1, float('inf'), -float('inf')):
    y = torch.linalg.matrix_norm(x, o)
    print(o, y, y.grad_fn.name(), [f.name() for f, _ in y.grad_fn.next_functions])
    y.backward()
    print(x.grad)
    x.grad = None
print(torch.linalg.matrix_norm(x, 1, keepdim=True), torch.linalg.matrix_norm(x, float('inf'), keepdim=True))
b = torch.randn(2, 3, 4)
print(torch.linalg.matrix_norm(b), torch.linalg.matrix_norm(b, 1), torch.linalg.vector_norm(b, dim=(0, 2)), torch.linalg.vector_norm(b, float('inf')))
print(torch.linalg.norm(b, dim=(1, 2)), torch.linalg.norm(b, 1, dim=(2, 0), keepdim=True))
v = torch.randn(6, requires_grad=True)
n = torch.linalg.vector_norm(v)
n.backward(); print(n, v.grad)
print(torch.linalg.norm(v, 1), torch.linalg.norm(v, float('inf')))
for f in [lambda: torch.linalg.norm(torch.randn(2,3,4), 2), lambda: torch.linalg.vector_norm(x, 'fro'), lambda: torch.linalg.matrix_norm(x, 3), lambda: torch.linalg.norm(x, dim=(0,1,1)),
          lambda: torch.linalg.norm(torch.randn(5), 'fro'), lambda: torch.linalg.vector_norm(torch.arange(3))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(torch.linalg.multi_dot([torch.randn(2, 3), torch.randn(3, 4), torch.randn(4, 2)]))
print(torch.linalg.matmul(torch.ones(2, 2), torch.ones(2, 3)), torch.linalg.diagonal(torch.arange(9.).reshape(3, 3)))
