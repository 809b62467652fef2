# A complete training loop in tutorial style: classification of synthetic 2-D points into 3 classes with an
# MLP, CrossEntropyLoss and Adam, fed by a shuffled DataLoader over a TensorDataset; then accuracy on a held-out
# split from random_split. Every report line must match PyTorch's.
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(7)
n = 300
centers = torch.tensor([[0.0, 2.0], [-2.0, -1.0], [2.0, -1.0]])
labels = torch.randint(0, 3, (n,))
points = centers[labels] + 0.8 * torch.randn(n, 2)
dataset = TensorDataset(points, labels)
train_set, test_set = random_split(dataset, [240, 60])
train_loader = DataLoader(train_set, batch_size=32, shuffle=True)
test_loader = DataLoader(test_set, batch_size=64)


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(2, 16)
        self.out = nn.Linear(16, 3)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))


model = Classifier()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
print(model)

for epoch in range(12):
    model.train()
    running = 0.0
    for step, (x, target) in enumerate(train_loader):
        optimizer.zero_grad()
        logits = model(x)
        loss = criterion(logits, target)
        loss.backward()
        optimizer.step()
        running += loss.item()
        if epoch == 0 and step % 3 == 0:
            print(f"  step {step}: loss {loss.item():.6f}")
    model.eval()
    correct = 0
    with torch.no_grad():
        for x, target in test_loader:
            predicted = model(x).argmax(dim=1)
            correct += (predicted == target).sum().item()
    print(f"Epoch {epoch + 1}: train loss {running / len(train_loader):.4f}, test accuracy {correct}/{len(test_set)}")

with torch.no_grad():
    probabilities = torch.softmax(model(torch.tensor([[0.0, 2.0], [-2.0, -1.0], [2.0, -1.0], [0.0, 0.0]])), dim=1)
print(probabilities)
print(optimizer.state_dict()["state"][3]["step"], optimizer.state_dict()["state"][3]["exp_avg"])
# Full precision: every loss of the run feeds these, so one rounding apart anywhere shows here.
print(running, [p.tolist() for p in model.parameters()][-1])
