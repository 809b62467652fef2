# torch.linspace bit for bit: PyTorch's CPU kernel computes each vector's first element with a fused
# multiply-add and the other lanes by adding multiples of step, so neighbouring elements round differently.
import math
import torch

cases = [(-math.pi, math.pi, 2000), (0, 1, 100), (-1, 1, 7), (0.1, 7.3, 37), (-3, 5, 1001), (2.5, -1.25, 333), (0, 10, 17), (1, 2, 1)]
for dtype in (torch.float32, torch.float64):
    for start, end, steps in cases:
        values = torch.linspace(start, end, steps, dtype=dtype).tolist()
        print(dtype, start, end, steps, [repr(v) for v in values])
