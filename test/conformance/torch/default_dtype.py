# torch.set_default_dtype(torch.float64) changes what Python floats, float factories, int-to-float ops and new nn
# parameters give, and which dtype reprs leave unnamed; set_default_tensor_type does the same through the types.
import torch
import torch.nn as nn

print(torch.get_default_dtype())
torch.set_default_dtype(torch.float64)
print(torch.get_default_dtype(), torch.tensor([1.5, 2.0]), torch.tensor(3.0).dtype, torch.tensor([1, 2]).dtype)
print(torch.zeros(2), torch.ones(2, 2).dtype, torch.empty(0), torch.full((2,), 1.5), torch.full((2,), 3).dtype)
print(torch.arange(0.0, 1.0, 0.25), torch.arange(3).dtype, torch.linspace(0, 1, 5), torch.eye(2).dtype)
print(torch.Tensor([1, 2]), torch.Tensor(2).dtype, torch.FloatTensor([1.5]), torch.zeros(2, dtype=torch.float32))
print(torch.tensor([1, 2]) / 2, torch.tensor([1, 2]) * 1.5, torch.tensor([4]).sqrt(), torch.tensor([1, 2]).float())
torch.manual_seed(0)
print(torch.rand(3), torch.randn(20), torch.normal(0.0, 1.0, (3,)), torch.randint(0, 5, (3,)))
torch.manual_seed(0)
layer = nn.Linear(3, 2)
print(layer.weight, layer.bias.dtype, layer(torch.ones(1, 3)))
print(nn.Embedding(4, 2).weight.dtype, nn.BatchNorm1d(2).running_mean.dtype, nn.LayerNorm(2).weight.dtype)
print(torch.empty(0, 2), torch.tensor([], dtype=torch.float32))

torch.set_default_tensor_type(torch.FloatTensor)
print(torch.get_default_dtype(), torch.tensor([1.5]), torch.tensor([1.5], dtype=torch.float64))
torch.set_default_tensor_type('torch.DoubleTensor')
print(torch.get_default_dtype(), torch.Tensor([1]))
torch.set_default_dtype(torch.float32)
print(torch.get_default_dtype(), torch.tensor([0.5]).dtype, torch.tensor([1, 2]) / 2)

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, ":", e)
attempt("int dtype", lambda: torch.set_default_dtype(torch.int32))
attempt("not a dtype", lambda: torch.set_default_dtype(3))
attempt("dtype name", lambda: torch.set_default_dtype("torch.float64"))
attempt("int tensor type", lambda: torch.set_default_tensor_type(torch.IntTensor))
attempt("int tensor type name", lambda: torch.set_default_tensor_type("torch.IntTensor"))
attempt("not a type", lambda: torch.set_default_tensor_type(3))
print(torch.get_default_dtype())
