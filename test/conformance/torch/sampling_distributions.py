# The sampling functions and in-place random fills draw PyTorch's exact streams: several seeds, sizes on both
# sides of the 16-element vector paths, float32 and float64. float32 values are printed in full (tolist), so every
# bit shows; float64 ones to 12 significant digits, since agnb's double log/exp/sin/cos/tan (V8's) may differ from
# glibc's in the last bits.
import torch

def show(label, t):
    values = t.tolist() if t.dtype != torch.float64 else [f"{v:.12g}" for v in t.flatten().tolist()]
    print(label, t.dtype, tuple(t.shape), values)

for seed in (0, 1, 1234):
    for n in (3, 15, 16, 17, 40):
        for dtype in (torch.float32, torch.float64):
            torch.manual_seed(seed)
            tag = f"{seed} {n} {dtype}"
            show(f"normal(0.5, 2, size) {tag}", torch.normal(0.5, 2.0, (n,), dtype=dtype))
            show(f"normal(mean tensor) {tag}", torch.normal(torch.arange(n, dtype=dtype)))
            show(f"normal(mean tensor, 0.5) {tag}", torch.normal(torch.arange(n, dtype=dtype), 0.5))
            show(f"normal(1.5, std tensor) {tag}", torch.normal(1.5, torch.linspace(0, 2, n, dtype=dtype)))
            show(f"normal(tensor, tensor) {tag}", torch.normal(torch.ones(n, dtype=dtype), torch.full((n,), 3.0, dtype=dtype)))
            show(f"uniform_(-2, 3) {tag}", torch.empty(n, dtype=dtype).uniform_(-2, 3))
            show(f"normal_(1, 2) {tag}", torch.empty(n, dtype=dtype).normal_(1, 2))
            show(f"bernoulli_(0.3) {tag}", torch.empty(n, dtype=dtype).bernoulli_(0.3))
            show(f"bernoulli(probs) {tag}", torch.bernoulli(torch.linspace(0, 1, n, dtype=dtype)))
            show(f"bernoulli_(p tensor) {tag}", torch.empty(n, dtype=dtype).bernoulli_(torch.linspace(0, 1, n, dtype=dtype)))
            show(f"exponential_ {tag}", torch.empty(n, dtype=dtype).exponential_())
            show(f"exponential_(2.5) {tag}", torch.empty(n, dtype=dtype).exponential_(2.5))
            show(f"geometric_(0.3) {tag}", torch.empty(n, dtype=dtype).geometric_(0.3))
            show(f"log_normal_ {tag}", torch.empty(n, dtype=dtype).log_normal_())
            show(f"log_normal_(0, 0.25) {tag}", torch.empty(n, dtype=dtype).log_normal_(0, 0.25))
            show(f"cauchy_ {tag}", torch.empty(n, dtype=dtype).cauchy_())
            show(f"cauchy_(1, 0.5) {tag}", torch.empty(n, dtype=dtype).cauchy_(1, 0.5))
            show(f"random_(10) {tag}", torch.empty(n, dtype=dtype).random_(10))
            show(f"random_(-5, 5) {tag}", torch.empty(n, dtype=dtype).random_(-5, 5))
            show(f"random_() {tag}", torch.empty(n, dtype=dtype).random_())
            show(f"poisson {tag}", torch.poisson(torch.linspace(0, 30, n, dtype=dtype)))
            show(f"rand_like {tag}", torch.rand_like(torch.empty(n, dtype=dtype)))
            show(f"randn_like {tag}", torch.randn_like(torch.empty(n, dtype=dtype)))
            show(f"after {tag}", torch.rand(2))

# Integer and bool tensors take the fills that PyTorch defines for them.
torch.manual_seed(7)
for dtype in (torch.int64, torch.int32, torch.bool):
    show("bernoulli_", torch.zeros(10, dtype=dtype).bernoulli_(0.5))
    show("random_(0, 2)", torch.zeros(10, dtype=dtype).random_(0, 2))
    show("random_()", torch.zeros(10, dtype=dtype).random_() if dtype != torch.int64 else torch.zeros(0, dtype=dtype))
for dtype in (torch.int64, torch.int32):
    show("geometric_", torch.zeros(10, dtype=dtype).geometric_(0.2))
    show("random_(-100, 100)", torch.zeros(10, dtype=dtype).random_(-100, 100))
    show("random_(2**40)" if dtype == torch.int64 else "random_(2**31 - 1)", torch.zeros(6, dtype=dtype).random_(2**40 if dtype == torch.int64 else 2**31 - 1))
show("bernoulli(x, 0.25)", torch.bernoulli(torch.zeros(20), 0.25))
show("Tensor.bernoulli", torch.full((5,), 0.5).bernoulli())
show("Tensor.bernoulli(p)", torch.zeros(5, dtype=torch.float64).bernoulli(0.75))
show("bernoulli_ broadcast p", torch.zeros(3, 4).bernoulli_(torch.tensor([0.1, 0.5, 0.9, 1.0])))
show("bernoulli_ float64 p on float32", torch.zeros(8).bernoulli_(torch.full((8,), 0.5, dtype=torch.float64)))

# Views fill in memory order, and non-contiguous ones take the normal scalar path.
torch.manual_seed(3)
t = torch.zeros(4, 5)
t.t().uniform_()
show("t().uniform_", t)
t = torch.zeros(6, 6)
t[:, ::2].normal_()
show("strided normal_", t)
t = torch.zeros(5, 4)
t.t().exponential_()
show("t().exponential_", t)
show("bernoulli of transposed probs", torch.bernoulli(torch.linspace(0.1, 0.9, 12).reshape(3, 4).t()))
w = torch.empty(3, 5)
torch.nn.init.uniform_(w, -0.1, 0.1)
show("nn.init.uniform_", w)

# Poisson rates below and above 10 (Hoermann's transformed rejection) and exactly 0.
torch.manual_seed(11)
show("poisson mixed", torch.poisson(torch.tensor([0.0, 0.5, 3.0, 9.99, 10.0, 25.0, 100.0, 1000.0, 1e5])))
show("poisson 2d", torch.poisson(torch.full((3, 7), 12.5, dtype=torch.float64)))

# generator= draws from that generator's stream, leaving the default one alone.
torch.manual_seed(5)
g = torch.Generator().manual_seed(99)
show("normal gen", torch.normal(0.0, 1.0, (4,), generator=g))
show("normal tensor gen", torch.normal(torch.zeros(20), 1.0, generator=g))
show("uniform_ gen", torch.empty(5).uniform_(generator=g))
show("bernoulli gen", torch.bernoulli(torch.full((6,), 0.5), generator=g))
show("poisson gen", torch.poisson(torch.full((4,), 4.0), generator=g))
show("exponential_ gen", torch.empty(3).exponential_(generator=g))
show("default untouched", torch.rand(3))

# Broadcasting, out= and autograd.
torch.manual_seed(2)
show("normal broadcast", torch.normal(torch.zeros(3), torch.ones(2, 3)))
show("normal mixed dtypes", torch.normal(torch.zeros(4), torch.ones(4, dtype=torch.float64)))
out = torch.empty(5)
r = torch.normal(1.0, 2.0, (5,), out=out)
print(r is out)
show("normal out", out)
m = torch.zeros(3, requires_grad=True)
s = torch.ones(3, requires_grad=True)
y = torch.normal(m, s)
print(y.grad_fn, torch.normal(m, 1.0).grad_fn, torch.normal(0.0, s).grad_fn)
y.sum().backward()
print(m.grad, s.grad)
p = torch.full((4,), 0.5, requires_grad=True)
b = torch.bernoulli(p)
print(b.grad_fn, torch.bernoulli(p, 0.5).grad_fn, torch.poisson(p).grad_fn)
print(torch.normal(0.0, 1.0, (2,), requires_grad=True))
