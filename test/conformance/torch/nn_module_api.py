# nn.Module's API on a nested model: registries, dotted lookups (get_submodule/get_parameter/get_buffer and their errors),
# hooks and handles, modes, requires_grad_, dtype conversion, container reprs and slicing.
import torch
import torch.nn as nn
torch.manual_seed(0)
class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.fc = nn.Linear(d, d)
        self.norm = nn.LayerNorm(d)
        self.register_buffer('scale', torch.ones(d))
        self.register_buffer('tmp', torch.zeros(1), persistent=False)
    def forward(self, x):
        return self.norm(torch.relu(self.fc(x))) * self.scale
    def extra_repr(self):
        return 'custom=1'
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([Block(4) for _ in range(2)])
        self.head = nn.Sequential(nn.Linear(4, 2), nn.Softmax(dim=-1))
        self.emb = nn.ModuleDict({'a': nn.Embedding(5, 4), 'b': nn.Identity()})
    def forward(self, x):
        for b in self.blocks:
            x = b(x)
        return self.head(x)
net = Net()
print(net)
print([n for n, _ in net.named_modules()])
print([n for n, _ in net.named_parameters()])
print([n for n, _ in net.named_buffers()])
print(list(net.state_dict().keys()))
print(net.get_submodule('blocks.1.fc'))
print(net.get_parameter('head.0.bias'))
print(len(list(net.parameters(recurse=False))), len(list(net.children())), len(list(net.modules())))
net.add_module('extra', nn.Tanh())
net.register_module('extra2', nn.ReLU())
print([n for n, _ in net.named_children()])
handles = []
handles.append(net.blocks[0].register_forward_pre_hook(lambda m, inp: print('pre', type(m).__name__, inp[0].shape)))
handles.append(net.blocks[0].register_forward_hook(lambda m, inp, out: print('post', out.shape)))
y = net(torch.randn(3, 4))
print(y)
for h in handles:
    h.remove()
y = net(torch.randn(3, 4))
net.requires_grad_(False)
print(all(not p.requires_grad for p in net.parameters()))
net.requires_grad_()
print(net.training, net.blocks[0].training)
net.eval()
print(net.training, net.blocks[0].training)
print(sum(p.numel() for p in net.parameters()))
del net.extra
print(hasattr(net, 'extra'), 'extra2' in dict(net.named_children()))
print(net.blocks[0].scale, net.blocks[0].tmp)
net.zero_grad()
print(net.blocks[0].fc.weight.grad)
print(type(net.state_dict()).__name__)
print(net.blocks[1].fc.weight.dtype, net.double().blocks[1].fc.weight.dtype)
print(net.float().head[0])
print(repr(nn.ModuleList()), nn.Sequential(), nn.ModuleDict())
seq = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
print(seq[0:2], seq[-1], len(seq))
seq.append(nn.Sigmoid())
print(seq)
from collections import OrderedDict
s2 = nn.Sequential(OrderedDict([('l1', nn.Linear(2, 2)), ('act', nn.GELU())]))
print(s2, s2.l1)
print(nn.Linear(3, 2).weight.T.shape, nn.Linear(3, 2, bias=False))
n = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
for f in [lambda: n.get_parameter('0.foo'), lambda: n.get_parameter('1.weight'), lambda: n.get_parameter('0.in_features'), lambda: n.get_buffer('0.weight'), lambda: n.get_buffer('x'), lambda: n.get_parameter('weight'), lambda: n.get_buffer('1.running_mean'), lambda: n.get_submodule('1')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
