# uint8 tensors (torch.uint8, torch.ByteTensor, what torch.get_rng_state returns): creation, wrapping arithmetic,
# promotion with other dtypes, conversions and printing.
import torch
t = torch.tensor([1, 200, 255, 0], dtype=torch.uint8)
print(t, t.dtype, t.shape, t.tolist(), t[1].item(), t.element_size())
print(t + 1, t + 100, t * 2, t - 2, t.sum(), t.float(), t.long(), t.double().mean())
print(t + torch.tensor([1, 2, 3, 4]), t + 1.5, t / 2, t // 3, t > 100, t == 255)
print(torch.zeros(3, dtype=torch.uint8), torch.arange(5, dtype=torch.uint8), torch.full((2,), 7, dtype=torch.uint8))
print(torch.tensor([1.7, 300.0, -1.0]).to(torch.uint8))
print(t.max(), t.argmax(), t.clone(), t[1:3], t.view(2, 2), t.cumsum(0), t.prod())
print(torch.ByteTensor([1, 2]), torch.uint8, t.is_floating_point())
try:
    torch.full((2,), 256, dtype=torch.uint8)
except Exception as e:
    print(type(e).__name__, e)
print(torch.full((2,), -1, dtype=torch.uint8))
print(torch.zeros(2000, dtype=torch.uint8))
x = torch.zeros(3, dtype=torch.uint8); x[0] = 5; x += 3; print(x)
print(t.new_zeros(2), t.type(), torch.manual_seed(0).initial_seed(), torch.randint(0, 200, (5,), dtype=torch.uint8))
