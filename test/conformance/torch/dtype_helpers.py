# as_tensor/asarray (sharing and copying), concatenate/concat, result_type, promote_types, can_cast,
# scalar_tensor, is_nonzero, is_same_size, is_signed, positive and signbit.
import torch

a = torch.tensor([1.0, 2.0])
print(torch.as_tensor(a) is a, torch.as_tensor(a, dtype=torch.float32) is a, torch.as_tensor(a, dtype=torch.float64) is a)
converted = torch.as_tensor(a, dtype=torch.float64)
converted[0] = 5
print(a, converted)
print(torch.as_tensor([1, 2]), torch.as_tensor([1.0, 2]), torch.as_tensor(3), torch.as_tensor(3.5, dtype=torch.float64), torch.as_tensor((1, True)))
print(torch.as_tensor(a, dtype=torch.int32), torch.as_tensor([[1, 2], [3, 4]], device="cpu"))
leaf = torch.tensor([1.0, 2.0], requires_grad=True)
y = leaf * 2
print(torch.as_tensor(leaf) is leaf, torch.as_tensor(y) is y, torch.as_tensor(y, dtype=torch.float64))

b = torch.asarray(a)
b[1] = 7
print(b is a, a, torch.asarray([1, 2], dtype=torch.float32), torch.asarray(2.5), torch.asarray([[1, 2]]))
c = torch.asarray(a, copy=True)
c[0] = -1
print(c is a, a, c)
print(torch.asarray(a, dtype=torch.float64), torch.asarray(torch.tensor([1, 2]), dtype=torch.float32))
x = torch.asarray(y)
print(x is y, x.requires_grad, x.grad_fn, x.is_leaf)
x = torch.asarray(y, requires_grad=True)
print(x is y, x.requires_grad, x.grad_fn, x.is_leaf)
x = torch.asarray(y, copy=True)
print(x.requires_grad, x.grad_fn)
x = torch.asarray(y, dtype=torch.float64, requires_grad=True)
print(x)
leaf2 = torch.tensor([3.0], requires_grad=True)
x = torch.asarray(leaf2)
print(x is leaf2, leaf2.requires_grad)
plain = torch.tensor([1.0, 2.0])
x = torch.asarray(plain, requires_grad=True)
print(x is plain, plain.requires_grad, x)
print(torch.asarray([1.0, 2], requires_grad=True))

print(torch.concatenate([a, a]), torch.concat((a, a), 0), torch.concatenate([torch.ones(2, 1), torch.zeros(2, 2)], dim=1))
g = torch.concatenate([leaf, leaf * 3])
print(g.grad_fn.name())

print(torch.result_type(a, 1), torch.result_type(torch.tensor([1]), 2.5), torch.result_type(1, 2.0), torch.result_type(2, True))
print(torch.result_type(torch.tensor(1, dtype=torch.uint8), torch.tensor([1], dtype=torch.int32)), torch.result_type(torch.tensor([1], dtype=torch.uint8), -5))
print(torch.result_type(torch.tensor(1.0, dtype=torch.float64), torch.tensor([1])), torch.result_type(torch.tensor(1), True), torch.result_type(3, torch.tensor([True])))
print(torch.result_type(tensor=torch.tensor([1]), other=torch.tensor(2.0)))
dtypes = [torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.float32, torch.float64]
for first in dtypes:
    print([str(torch.promote_types(first, second)) for second in dtypes])
    print([torch.can_cast(first, second) for second in dtypes])

print(torch.scalar_tensor(3), torch.scalar_tensor(3, dtype=torch.int64), torch.scalar_tensor(True), torch.scalar_tensor(2.5, requires_grad=True))
print(torch.scalar_tensor(-7.25, dtype=torch.float64), torch.scalar_tensor(2.9, dtype=torch.int32))
print(torch.is_nonzero(torch.tensor([1.5])), torch.is_nonzero(torch.tensor(0)), torch.is_nonzero(torch.tensor([[False]])), torch.is_nonzero(torch.tensor(float("nan"))))
print(torch.is_same_size(a, torch.ones(2)), torch.is_same_size(a, torch.ones(1, 2)), a.is_same_size(torch.ones(3)))
print([torch.is_signed(torch.ones(1, dtype=dtype)) for dtype in dtypes], a.is_signed(), torch.tensor([1], dtype=torch.uint8).is_signed())
p = torch.positive(leaf)
print(p is leaf, leaf.positive() is leaf, torch.positive(torch.tensor([1, -2])))
values = torch.tensor([-0.0, 0.0, -1.0, 2.0, float("nan"), -float("inf"), float("inf")])
print(torch.signbit(values), values.signbit(), torch.signbit(-values), torch.signbit(values.double()), torch.signbit(-values.double()))
print(torch.signbit(torch.tensor([-1, 2, 0])), torch.signbit(torch.tensor([-3, 4], dtype=torch.int32)), torch.signbit(torch.tensor([1, 200], dtype=torch.uint8)), torch.signbit(torch.tensor([True, False])))
s = torch.signbit(leaf - 1.5)
print(s, s.requires_grad, torch.signbit(torch.arange(-3.0, 3.0).reshape(2, 3).t()))

calls = [
    lambda: torch.positive(torch.tensor([True])),
    lambda: torch.is_nonzero(torch.tensor([1, 2])),
    lambda: torch.is_nonzero(torch.tensor([])),
    lambda: torch.result_type(1, "a"),
    lambda: torch.result_type(torch.ones(2), "a"),
    lambda: torch.result_type(torch.ones(2), None),
    lambda: torch.promote_types(torch.int32, 3),
    lambda: torch.can_cast(torch.int32, 3),
    lambda: torch.scalar_tensor(1, dtype=torch.int32, requires_grad=True),
    lambda: torch.scalar_tensor(1e40),
    lambda: torch.scalar_tensor(300, dtype=torch.uint8),
    lambda: torch.is_same_size(torch.ones(2), 3),
    lambda: torch.concatenate([torch.ones(2), torch.ones(3, 1)]),
    lambda: torch.asarray([1, 2], copy=False),
    lambda: torch.asarray(torch.ones(2), dtype=torch.float64, copy=False),
    lambda: torch.asarray([[1, 2], [3, 4]], dtype=torch.int32, requires_grad=True),
    lambda: torch.as_tensor([[1], [2, 3]]),
]
for call in calls:
    try:
        call()
    except Exception as error:
        print(type(error).__name__, error)
print(torch.signbit(torch.tensor([-3, 4, 0], dtype=torch.int8)), torch.signbit(torch.tensor([-300, 4], dtype=torch.int16)))
print(torch.result_type(torch.tensor([1], dtype=torch.int8), torch.tensor([1], dtype=torch.uint8)), torch.as_tensor([1, 2], dtype=torch.int16))
