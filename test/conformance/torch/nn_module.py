# nn.Module bookkeeping: registration on assignment, traversal order, state_dict, hooks, modes, reprs.
import torch
import torch.nn as nn


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


torch.manual_seed(0)


class Block(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(n))
        self.fc = nn.Linear(n, n)
        self.register_buffer('running', torch.zeros(n))
        self.register_buffer('scratch', torch.zeros(1), persistent=False)
        self.note = 'plain'

    def forward(self, x):
        return self.fc(x) * self.scale + self.running


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.first = Block(2)
        self.act = nn.ReLU()
        self.second = Block(2)
        self.head = nn.Linear(2, 1, bias=False)
        self.shared = self.head

    def forward(self, x):
        return self.head(self.act(self.second(self.act(self.first(x)))))

    def extra_repr(self):
        return 'custom=1'


net = Net()
print(net)
print([name for name, _ in net.named_parameters()])
print([tuple(p.shape) for p in net.parameters()])
print([name for name, _ in net.named_parameters(prefix='model')])
print([name for name, _ in net.first.named_parameters(recurse=False)])
print([name for name, _ in net.named_buffers()])
print([name for name, _ in net.named_children()])
print([name for name, _ in net.named_modules()])
print([name for name, _ in net.named_modules(remove_duplicate=False)])
print([type(m).__name__ for m in net.modules()])
print([type(m).__name__ for m in net.children()])
print(list(net.state_dict().keys()))
print(type(net.state_dict()).__name__)
print(net.first._parameters.keys(), net.first._buffers.keys(), net.first._modules.keys())
print(net.first.note, 'note' in net.first.__dict__, 'fc' in net.first.__dict__)
print(sorted(k for k in vars(nn.Linear(1, 1)).keys()))
sd = net.state_dict()
print(sd['first.scale'].requires_grad, sd['first.scale'].grad_fn, type(sd['first.scale']).__name__)
print(net.state_dict(keep_vars=True)['first.scale'].requires_grad)

x = torch.tensor([[1.0, -2.0], [0.5, 3.0]])
y = net(x)
print(y)
y.sum().backward()
print(net.first.scale.grad)
g = net.first.scale.grad
net.zero_grad()
print(net.first.scale.grad, g is net.first.scale.grad)
net.zero_grad(set_to_none=True)
print(net.first.scale.grad)

print(net.training, net.first.fc.training)
print(net.eval() is net, net.training, net.first.fc.training)
net.train()
print(net.training, net.second.training)
net.first.train(False)
print(net.training, net.first.training, net.first.fc.training)
attempt('train(1):', lambda: net.train(1))

net.requires_grad_(False)
print([p.requires_grad for p in net.parameters()])
net.requires_grad_()
print(all(p.requires_grad for p in net.parameters()))

seen = []
net.apply(lambda m: seen.append(type(m).__name__))
print(seen)

# reassignments and deletion
m = nn.Linear(2, 2)
m.weight = None
print(m.weight, list(m.state_dict().keys()))
attempt('bias = tensor:', lambda: setattr(m, 'bias', torch.zeros(2)))
attempt('register_buffer bias:', lambda: m.register_buffer('bias', torch.zeros(2)))
attempt('register_buffer dot:', lambda: m.register_buffer('a.b', torch.zeros(2)))
attempt('register_buffer empty:', lambda: m.register_buffer('', torch.zeros(2)))
attempt('register_buffer int:', lambda: m.register_buffer('c', 3))
attempt('register_parameter tensor:', lambda: m.register_parameter('p', torch.zeros(2)))
attempt('register_parameter non-leaf:', lambda: m.register_parameter('p', nn.Parameter(torch.zeros(2)) * 2))
attempt('add_module int:', lambda: m.add_module('sub', 5))
attempt('add_module dot:', lambda: m.add_module('a.b', nn.ReLU()))
attempt('add_module existing:', lambda: m.add_module('bias', nn.ReLU()))
attempt('missing attr:', lambda: m.nothing)
print(hasattr(m, 'nothing'), hasattr(m, 'bias'))
m.sub = nn.ReLU()
attempt('module slot = 3:', lambda: setattr(m, 'sub', 3))
m.sub = nn.Parameter(torch.ones(1))
print(list(m._modules.keys()), list(m._parameters.keys()))
m.buf = torch.zeros(1)
print('buf' in m.__dict__, list(m._buffers.keys()))
m.register_buffer('kept', torch.ones(1))
m.kept = torch.full((1,), 2.0)
print(m.kept, list(m.state_dict().keys()))
attempt('buffer = str:', lambda: setattr(m, 'kept', 'text'))
del m.kept
del m.sub
print(list(m._buffers.keys()), list(m._parameters.keys()), hasattr(m, 'kept'))
attempt('del missing:', lambda: delattr(m, 'kept'))


class Early(nn.Module):
    def __init__(self, what):
        if what == 'module':
            self.fc = nn.Linear(1, 1)
        elif what == 'param':
            self.w = nn.Parameter(torch.zeros(1))
        else:
            self.register_buffer('b', torch.zeros(1))


for what in ['module', 'param', 'buffer']:
    attempt(f'early {what}:', lambda: Early(what))


class NoForward(nn.Module):
    pass


attempt('no forward:', lambda: NoForward()(1))

# state_dict round trip and errors
torch.manual_seed(1)
a = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
b = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
print(a.state_dict())
print(b.load_state_dict(a.state_dict()))
print(torch.equal(a[0].weight, b[0].weight), a[0].weight is b[0].weight)
sd = a.state_dict()
sd['extra'] = torch.zeros(1)
del sd['2.bias']
attempt('strict load:', lambda: b.load_state_dict(sd))
print(b.load_state_dict(sd, strict=False))
bad = a.state_dict()
bad['0.weight'] = torch.zeros(2, 2)
attempt('size mismatch:', lambda: b.load_state_dict(bad))
r = b.load_state_dict(a.state_dict())
print(r.missing_keys, r.unexpected_keys)

# hooks
calls = []
lin = nn.Linear(2, 2)


def pre(module, inputs):
    calls.append(('pre', type(module).__name__, len(inputs)))
    return (inputs[0] * 2,)


def post(module, inputs, output):
    calls.append(('post', tuple(output.shape)))
    return output + 100


h1 = lin.register_forward_pre_hook(pre)
h2 = lin.register_forward_hook(post)
out = lin(torch.ones(1, 2))
print(calls, out.grad_fn)
h1.remove()
h2.remove()
print(torch.equal(lin(torch.ones(1, 2)), out), len(calls))
with lin.register_forward_hook(lambda m, i, o: o * 0) as h:
    print(lin(torch.ones(1, 2)))
print(lin(torch.ones(1, 2)).abs().sum() > 0)

# conversions
d = nn.Linear(2, 2).double()
print(d.weight.dtype, d.bias.dtype, type(d.weight).__name__, d.weight.requires_grad)
print(d.float().weight.dtype, d.to(torch.float64).weight.dtype, d.to('cpu') is d)
attempt('to(int64):', lambda: d.to(torch.int64))
