# torch.finfo and torch.iinfo: attributes, reprs, the default dtype, equality and argument errors.
import torch

for dtype in (torch.float32, torch.float64):
    info = torch.finfo(dtype)
    print(repr(info))
    print(info.bits, info.eps, info.max, info.min, info.tiny, info.smallest_normal, info.resolution, info.dtype, type(info.dtype).__name__)
print(torch.finfo(), torch.finfo(type=torch.float64))
torch.set_default_dtype(torch.float64)
print(torch.finfo())
torch.set_default_dtype(torch.float32)
for dtype in (torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64):
    info = torch.iinfo(dtype)
    print(repr(info), info.bits, info.max, info.min, info.dtype, type(info.max).__name__)
print(type(torch.finfo()), type(torch.iinfo(torch.int32)))
print(torch.finfo(torch.float32) == torch.finfo(), torch.finfo(torch.float32) == torch.finfo(torch.float64), torch.finfo() != 3)
print(torch.iinfo(torch.int32) == torch.iinfo(torch.int32), torch.iinfo(torch.int32) == torch.iinfo(torch.int64))
print(torch.finfo(torch.float32).eps * 2, torch.iinfo(torch.int32).max + 1)
x = torch.tensor([1.0, 2.0])
print(torch.clamp(x, max=torch.finfo(x.dtype).eps))

calls = [
    lambda: torch.finfo(torch.int32),
    lambda: torch.finfo(torch.bool),
    lambda: torch.iinfo(torch.float32),
    lambda: torch.iinfo(torch.bool),
    lambda: torch.iinfo(),
    lambda: torch.finfo(3),
    lambda: torch.finfo("float32"),
    lambda: torch.finfo(None),
    lambda: torch.iinfo(2.5),
    lambda: torch.finfo(torch.float32, 1),
    lambda: torch.iinfo(torch.int32, 2),
    lambda: torch.finfo(dtype=torch.float32),
    lambda: setattr(torch.finfo(), "eps", 1.0),
    lambda: setattr(torch.iinfo(torch.int32), "max", 1),
]
for call in calls:
    try:
        call()
    except Exception as error:
        print(type(error).__name__, error)
