# A small convolutional critic trained with a gradient penalty (WGAN-GP style): the gradient of the critic's
# output with respect to its input is taken with create_graph=True, and the penalty on its norm is part of
# the loss, so backward differentiates through the convolutions, pooling and activations twice.
import torch
import torch.nn as nn

torch.manual_seed(0)

critic = nn.Sequential(
    nn.Conv2d(1, 4, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(4, 8, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d((2, 2)),
    nn.Flatten(),
    nn.Linear(32, 1),
)
optimizer = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))

real = torch.randn(8, 1, 8, 8) * 0.5 + 1.0
fake = torch.randn(8, 1, 8, 8)


def gradient_penalty(real, fake):
    alpha = torch.rand(real.size(0), 1, 1, 1)
    mixed = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    scores = critic(mixed)
    (grad,) = torch.autograd.grad(scores, mixed, grad_outputs=torch.ones_like(scores), create_graph=True)
    grad = grad.view(grad.size(0), -1)
    return ((grad.norm(2, dim=1) - 1) ** 2).mean()


for step in range(6):
    optimizer.zero_grad()
    penalty = gradient_penalty(real, fake)
    distance = critic(fake).mean() - critic(real).mean()
    loss = distance + 10 * penalty
    loss.backward()
    optimizer.step()
    print(f"step {step}: loss {loss.item()!r} distance {distance.item()!r} penalty {penalty.item()!r}")

for name, parameter in critic.named_parameters():
    print(name, parameter.grad.flatten()[:6].tolist(), parameter.detach().sum().item())
