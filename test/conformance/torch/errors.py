# Common mistakes, caught and printed with the exception type and message PyTorch gives.
import torch
import torch.nn.functional as F

def attempt(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def second_backward():
    x = torch.ones(2, requires_grad=True)
    y = (x * x).sum()
    y.backward()
    y.backward()

def leaf_in_place():
    x = torch.ones(2, requires_grad=True)
    x.add_(1)

def non_leaf_requires_grad():
    y = torch.ones(2, requires_grad=True) * 2
    y.requires_grad = False

attempt("second backward", second_backward)
attempt("non-scalar backward", lambda: (torch.ones(2, requires_grad=True) * 2).backward())
attempt("backward without grad", lambda: torch.ones(2).sum().backward())
attempt("in-place on leaf", leaf_in_place)
attempt("mm shapes", lambda: torch.ones(2, 3) @ torch.ones(2, 3))
attempt("matmul 1d", lambda: torch.matmul(torch.ones(5), torch.ones(4, 3)))
attempt("broadcast", lambda: torch.ones(2, 3) + torch.ones(4))
attempt("view", lambda: torch.ones(2, 3).view(4))
attempt("item", lambda: torch.ones(2).item())
attempt("mm dtypes", lambda: torch.ones(2, 2) @ torch.ones(2, 2, dtype=torch.float64))
attempt("bce sizes", lambda: F.binary_cross_entropy_with_logits(torch.zeros(3), torch.zeros(4)))
attempt("int requires_grad", lambda: torch.tensor([1, 2], requires_grad=True))
attempt("int requires_grad_", lambda: torch.tensor([1, 2]).requires_grad_())
attempt("non-leaf requires_grad", non_leaf_requires_grad)
attempt("index", lambda: torch.ones(3)[5])
attempt("dim", lambda: torch.ones(2, 3).sum(2))
attempt("bool", lambda: bool(torch.ones(2)))
attempt("len 0-d", lambda: len(torch.tensor(1.0)))
attempt("iter 0-d", lambda: iter(torch.tensor(1.0)))
attempt("float of many", lambda: float(torch.ones(3)))
attempt("ragged", lambda: torch.tensor([[1, 2], [3]]))
attempt("mean of ints", lambda: torch.tensor([1, 2]).mean())
attempt("hook without grad", lambda: torch.ones(2).register_hook(lambda g: g))
attempt("retain_grad without grad", lambda: torch.ones(2).retain_grad())
attempt("gradient shape", lambda: (torch.ones(2, requires_grad=True) * 2).backward(torch.ones(3)))
attempt("t of 3d", lambda: torch.ones(2, 2, 2).t())
attempt("expand", lambda: torch.ones(2, 3).expand(4, 3))
attempt("reshape -1 twice", lambda: torch.ones(6).reshape(-1, -1))
attempt("bool subtraction", lambda: torch.tensor([True]) - torch.tensor([False]))
attempt("bool negation", lambda: -torch.tensor([True]))
attempt("too many indices", lambda: torch.ones(2)[0, 0])
attempt("select on 0-d", lambda: torch.tensor(1.0)[0])
attempt("squeeze dim", lambda: torch.ones(2, 3).squeeze(5))
