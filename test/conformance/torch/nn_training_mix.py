# A small classifier with GELU, Dropout and label-smoothed cross entropy under Adam, and an embedding model under SGD
# with momentum: losses and accuracies at every report line as PyTorch prints them.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
X = torch.randn(64, 4)
y = (X[:, 0] > 0).long() + (X[:, 1] > 0).long()
model = nn.Sequential(nn.Linear(4, 16), nn.GELU(), nn.Dropout(0.1), nn.Linear(16, 3))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.CrossEntropyLoss(label_smoothing=0.05)
for epoch in range(30):
    model.train()
    opt.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    opt.step()
    if epoch % 5 == 0:
        model.eval()
        with torch.no_grad():
            acc = (model(X).argmax(1) == y).float().mean()
        print(f'epoch {epoch:2d} loss {loss.item():.6f} acc {acc.item():.4f}')
emb = nn.Embedding(10, 4)
head = nn.Linear(4, 1)
opt = torch.optim.SGD(list(emb.parameters()) + list(head.parameters()), lr=0.1, momentum=0.9)
idx = torch.randint(0, 10, (32,))
target = torch.rand(32, 1)
for step in range(20):
    opt.zero_grad()
    loss = F.binary_cross_entropy_with_logits(head(emb(idx)), target)
    loss.backward()
    opt.step()
print(f'{loss.item():.6f}')
print(model.state_dict()['3.bias'])
