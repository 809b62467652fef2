# A complete training loop in tutorial style: a small CNN (Conv2d, ReLU, MaxPool2d, Flatten, Linear) on
# synthetic 8x8 images from torch.randn, classifying whether the bright blob is in the left or right half,
# trained with CrossEntropyLoss and SGD with momentum over a shuffled DataLoader. Every report line must match
# PyTorch's.
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
images = torch.randn(64, 1, 8, 8) * 0.5
labels = torch.randint(0, 2, (64,))
for i in range(64):
    column = 1 if labels[i].item() == 0 else 5
    images[i, 0, 2:6, column:column + 2] += 2.0

model = nn.Sequential(
    nn.Conv2d(1, 4, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(4, 8, kernel_size=3),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(8 * 2 * 2, 2),
)
print(model)
print(sum(p.numel() for p in model.parameters()))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
loader = DataLoader(TensorDataset(images, labels), batch_size=16, shuffle=True)

for epoch in range(8):
    epoch_loss = 0.0
    correct = 0
    for x, y in loader:
        optimizer.zero_grad()
        out = model(x)
        loss = criterion(out, y)
        loss.backward()
        optimizer.step()
        epoch_loss += loss.item() * x.size(0)
        correct += (out.argmax(1) == y).sum().item()
    print(f"epoch {epoch}: loss {epoch_loss / 64:.5f} accuracy {correct / 64:.3f} ({epoch_loss!r})")

with torch.no_grad():
    print(model(images[:4]))
    print(model[0].weight.detach()[0])
