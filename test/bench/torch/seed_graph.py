# The seed tutorial's graph: matmul(x, w) + b, binary cross-entropy with logits, backward; and its forward alone.
import torch

torch.manual_seed(0)
x = torch.ones(5)
y = torch.zeros(3)
w = torch.randn(5, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)


def forward():
    z = torch.matmul(x, w) + b
    return torch.nn.functional.binary_cross_entropy_with_logits(z, y)


def forward_only(iterations):
    for _ in range(iterations):
        forward()


def forward_backward(iterations):
    for _ in range(iterations):
        loss = forward()
        loss.backward()


loss = forward()
loss.backward()
print(loss)
print(w.grad)
print(b.grad)
measure('forward', forward_only)
measure('forward + backward', forward_backward)
