# A complete training loop in tutorial style: regression with nn.Sequential, MSELoss and SGD with momentum,
# first full-batch, then in shuffled mini-batches from a DataLoader with a learning-rate schedule. Every
# report line must match PyTorch's.
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(42)
X = torch.randn(100, 3)
true_w = torch.tensor([[2.0], [-3.4], [1.7]])
y = X @ true_w + 4.2 + 0.1 * torch.randn(100, 1)

model = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 1))
criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
print(model)
print(optimizer)

for epoch in range(150):
    optimizer.zero_grad()
    pred = model(X)
    loss = criterion(pred, y)
    loss.backward()
    optimizer.step()
    if epoch % 10 == 0 or epoch == 149:
        print(f"Epoch [{epoch + 1}/150], Loss: {loss.item():.4f} ({loss.item()!r})")

print(model[0].bias)
print(model[2].weight)
with torch.no_grad():
    print(model(torch.tensor([[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]])))

# mini-batches: a fresh model trained on a shuffled DataLoader, the lr decaying every 5 epochs
torch.manual_seed(0)
loader = DataLoader(TensorDataset(X, y), batch_size=16, shuffle=True)
model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.02, momentum=0.9, weight_decay=1e-4)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=5, gamma=0.5)
for epoch in range(15):
    total = 0.0
    for batch_x, batch_y in loader:
        optimizer.zero_grad()
        loss = criterion(model(batch_x), batch_y)
        loss.backward()
        optimizer.step()
        total += loss.item() * batch_x.size(0)
    scheduler.step()
    print(f"epoch {epoch:2d}  lr {scheduler.get_last_lr()[0]:.5f}  loss {total / len(loader.dataset):.6f} {total!r}")
print([p.detach().reshape(-1).tolist() for p in model.parameters()][2])
