# nn.Module subclasses as tutorials write them: registration through plain assignment, lists that do not
# register, explicit base __init__, properties, custom __setattr__, hooks capturing activations, extra_repr.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class MLP(nn.Module):
    def __init__(self, sizes, dropout=0.0):
        super(MLP, self).__init__()
        self.hidden = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes, sizes[1:]))
        self.plain = [nn.Linear(2, 2)]
        self.dropout = nn.Dropout(dropout)
        self.scale = nn.Parameter(torch.tensor(2.0))
        self.register_buffer('calls', torch.zeros(()))

    @property
    def depth(self):
        return len(self.hidden)

    def forward(self, x, shift=0.0):
        self.calls += 1
        for layer in self.hidden[:-1]:
            x = F.relu(layer(x))
        return self.hidden[-1](self.dropout(x)) * self.scale + shift, x


model = MLP([3, 5, 4, 2])
print(model)
print(model.depth, isinstance(model, nn.Module), type(model).__name__, model.__class__.__name__)
print(sum(p.numel() for p in model.parameters()), len(list(model.parameters())))
for name, param in model.named_parameters():
    print(name, tuple(param.shape), param.requires_grad)
print(repr(model.parameters()).split(' at ')[0])
print(hasattr(model, 'hidden'), hasattr(model, 'plain'), hasattr(model, 'missing'), getattr(model, 'scale'))
print('hidden' in dir(model), 'scale' in dir(model), 'forward' in dir(model))
out, features = model(torch.ones(2, 3), shift=1.0)
print(out, features.shape, model.calls)
out.sum().backward()
print(model.scale.grad, model.hidden[0].bias.grad)
model.zero_grad()
print(model.scale.grad, model.hidden[0].bias.grad)
print(list(model.state_dict().keys()))

fresh = MLP([3, 5, 4, 2])
fresh.load_state_dict(model.state_dict())
print(torch.equal(fresh(torch.ones(1, 3))[0], model(torch.ones(1, 3))[0]), fresh.calls, model.calls)


class Explicit(nn.Module):
    def __init__(self):
        nn.Module.__init__(self)
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc(x)

    def extra_repr(self):
        return 'first line\nsecond line'


e = Explicit()
print(e)
print(e(torch.ones(1, 2)).shape)


class Logged(nn.Module):
    def __init__(self):
        super().__init__()
        self.log = []
        self.fc = nn.Linear(1, 1)

    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(name)
        super().__setattr__(name, value)

    def forward(self, x):
        return self.fc(x)


logged = Logged()
logged.extra = 3
logged.fc2 = nn.Linear(1, 1)
print(logged.log, list(logged._modules), logged.extra)

# capturing activations with forward hooks
torch.manual_seed(1)
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
activations = {}


def save(name):
    def hook(module, inputs, output):
        activations[name] = output.detach()
    return hook


handles = [net[i].register_forward_hook(save(f'layer{i}')) for i in range(3)]
net(torch.randn(2, 3))
for key in sorted(activations):
    print(key, activations[key])
for h in handles:
    h.remove()
activations.clear()
net(torch.randn(1, 3))
print(len(activations), [h.id for h in handles][1] - [h.id for h in handles][0])

# pre-hook that rewrites the input, on a custom module
class Doubler(nn.Module):
    def forward(self, x):
        return x * 2


d = Doubler()
d.register_forward_pre_hook(lambda module, inputs: inputs[0] + 1)
print(d(torch.tensor([1.0, 2.0])))

# modes reach every submodule
model.eval()
print([m.training for m in model.modules()])
model.train()
print(all(m.training for m in model.modules()))
print(model.to(torch.device('cpu')) is model, model.cpu() is model, model.float() is model)
print(nn.Parameter(torch.ones(2)))
print(nn.Parameter(torch.ones(2), requires_grad=False))
