# Square float32 matrix products, plain and with either operand transposed (a transposed view, as backward
# passes them). Sizes as the harness's matmul group.
import torch

torch.manual_seed(0)


def products(a, b):
    def run(iterations):
        for _ in range(iterations):
            torch.mm(a, b)
    return run


for n in (64, 256, 512, 1024):
    a = torch.randn(n, n)
    b = torch.randn(n, n)
    measure(f'{n} A.B', products(a, b))
    measure(f'{n} At.B', products(a.t(), b))
    measure(f'{n} A.Bt', products(a, b.t()))
