# torch.Generator objects, torch.get_rng_state / set_rng_state (a uint8 tensor in PyTorch's byte layout),
# Generator.get_state / set_state, torch.random and fork_rng: restoring a state reproduces the draws after it.
import torch
import torch.random

def checksum(state):
    return (state.long() * torch.arange(1, state.numel() + 1)).sum().item()

for seed in (0, 42, 2**40 + 3):
    torch.manual_seed(seed)
    s = torch.get_rng_state()
    print(seed, s.dtype, s.shape, s[:32].tolist(), checksum(s))
    torch.randn(3)  # leaves a cached normal in the state
    s = torch.get_rng_state()
    print(s[:24].tolist(), s[5016:].tolist(), checksum(s))
    a = torch.randn(5), torch.rand(20), torch.randint(0, 100, (4,))
    torch.set_rng_state(s)
    b = torch.randn(5), torch.rand(20), torch.randint(0, 100, (4,))
    print(all(torch.equal(x, y) for x, y in zip(a, b)), b[0].tolist())
    torch.rand(700)  # past one twist of the Mersenne Twister
    print(checksum(torch.get_rng_state()))

g = torch.Generator()
print(g.initial_seed(), g.device, checksum(g.get_state()))
g.manual_seed(7)
state = g.get_state()
first = torch.randn(20, generator=g)
print(g.set_state(state) is g, torch.equal(first, torch.randn(20, generator=g)))
h = torch.Generator().manual_seed(123)
h.set_state(g.get_state())
print(torch.equal(torch.rand(4, generator=g), torch.rand(4, generator=h)), h.initial_seed())
torch.manual_seed(0)
torch.set_rng_state(g.get_state())
print(torch.initial_seed(), torch.equal(torch.rand(3), torch.rand(3, generator=g)))

print(torch.random.manual_seed is torch.manual_seed, torch.random.get_rng_state is torch.get_rng_state)
print(torch.random.default_generator is torch.default_generator, torch.random.initial_seed())
torch.random.manual_seed(5)
before = torch.rand(2)
torch.manual_seed(5)
with torch.random.fork_rng():
    inside = torch.rand(2)
    torch.manual_seed(99)
    torch.rand(10)
print(torch.equal(before, inside), torch.equal(torch.rand(2), before), torch.initial_seed())
with torch.random.fork_rng(enabled=False):
    torch.rand(1)
print(torch.rand(1).tolist())

# Legacy-sized states are accepted; other sizes and types are refused.
legacy = torch.get_rng_state()[:5048].clone()
torch.set_rng_state(legacy)
print(torch.rand(2).tolist())
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, ":", e)
attempt("wrong size", lambda: torch.set_rng_state(torch.zeros(3, dtype=torch.uint8)))
attempt("float state", lambda: torch.set_rng_state(torch.zeros(5056)))
attempt("list state", lambda: torch.set_rng_state([1, 2]))
attempt("zero state", lambda: torch.set_rng_state(torch.zeros(5056, dtype=torch.uint8)))
attempt("Generator.set_state float", lambda: torch.Generator().set_state(torch.zeros(5056)))
