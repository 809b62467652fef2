# torch.save / torch.load as the PyTorch quickstart and the checkpoint recipe use them.
import torch
from torch import nn


class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(2 * 2, 16),
            nn.ReLU(),
            nn.Linear(16, 3),
        )

    def forward(self, x):
        x = self.flatten(x)
        return self.linear_relu_stack(x)


torch.manual_seed(0)
X = torch.randn(32, 2, 2)
y = torch.randint(0, 3, (32,))
loss_fn = nn.CrossEntropyLoss()


def train(model, optimizer, epochs, first_epoch=0):
    model.train()
    for epoch in range(first_epoch, first_epoch + epochs):
        for i in range(0, 32, 8):
            loss = loss_fn(model(X[i:i + 8]), y[i:i + 8])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        print(f"epoch {epoch}: loss {loss.item():>7f}")
    return loss


model = NeuralNetwork()
optimizer = torch.optim.SGD(model.parameters(), lr=1e-1, momentum=0.9)
loss = train(model, optimizer, 2)

torch.save(model.state_dict(), "model.pth")
print("Saved PyTorch Model State to model.pth")

model = NeuralNetwork()
print(model.load_state_dict(torch.load("model.pth")))
model.eval()
with torch.no_grad():
    pred = model(X[:4])
    print(pred.argmax(1), y[:4])

# A checkpoint to resume training from.
PATH = "checkpoint.pt"
torch.save({
    'epoch': 2,
    'model_state_dict': model.state_dict(),
    'optimizer_state_dict': optimizer.state_dict(),
    'loss': loss,
}, PATH)

resumed = NeuralNetwork()
resumed_optimizer = torch.optim.SGD(resumed.parameters(), lr=1e-1, momentum=0.9)
checkpoint = torch.load(PATH, map_location='cpu')
print(resumed.load_state_dict(checkpoint['model_state_dict']))
resumed_optimizer.load_state_dict(checkpoint['optimizer_state_dict'])
epoch = checkpoint['epoch']
print(epoch, checkpoint['loss'])
print(checkpoint['optimizer_state_dict']['param_groups'])
train(resumed, resumed_optimizer, 2, first_epoch=epoch)

# Tensors, lists and dicts of tensors; views keep sharing their storage.
base = torch.arange(6.)
torch.save([base, base[1:4], {'t': base.view(2, 3).t()}], "tensors.pt")
a, b, d = torch.load("tensors.pt", map_location=torch.device('cpu'))
a[2] = -1.
print(b, d['t'])
w = torch.randn(3, requires_grad=True)
torch.save(nn.Parameter(w.detach()), "param.pt")
print(torch.load("param.pt"))

for bad in ["missing.pth", "."]:
    try:
        torch.load(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
try:
    torch.load(PATH, map_location='cuda')
except RuntimeError as e:
    print(e)
try:
    torch.save(base, "no_such_dir/base.pt")
except RuntimeError as e:
    print(e)
