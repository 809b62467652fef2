# Sequential, ModuleList and ModuleDict: construction, indexing, slicing, editing, iteration, reprs, errors.
import torch
import torch.nn as nn
from collections import OrderedDict


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


torch.manual_seed(0)
seq = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
print(seq, len(seq))
print(seq[0], seq[-1], seq[-3])
print(seq[1:])
print(seq[::-1])
print(type(seq[:2]).__name__, [type(m).__name__ for m in seq])
attempt('index 3:', lambda: seq[3])
attempt('index -4:', lambda: seq[-4])
attempt('index str:', lambda: seq['0'])
print(seq(torch.ones(4, 2)))
seq.append(nn.Sigmoid())
print(len(seq), seq[-1])
seq[1] = nn.Tanh()
print(seq)
del seq[1]
print(seq, list(seq._modules.keys()))
seq.insert(1, nn.ReLU())
print(list(seq._modules.keys()))
seq.extend(nn.Sequential(nn.Identity()))
print(seq)
print(seq.pop(0))
attempt('insert non-module:', lambda: seq.insert(0, 3))
attempt('add int:', lambda: nn.Sequential(nn.ReLU(), 5))

named = nn.Sequential(OrderedDict([('conv', nn.Linear(1, 1)), ('act', nn.ReLU())]))
print(named, named.conv, named[0], [n for n, _ in named.named_children()])

ml = nn.ModuleList([nn.Linear(1, 1) for _ in range(3)])
print(ml, len(ml))
ml.append(nn.ReLU())
ml.extend([nn.Tanh(), nn.Sigmoid()])
ml.insert(0, nn.Identity())
print(ml)
print(ml[-1], ml[1:3])
del ml[0]
print(list(ml._modules.keys()), type(ml[0]).__name__)
ml[0] = nn.ELU()
print(ml[0], len([p for p in ml.parameters()]))
ml += [nn.SiLU()]
print(len(ml), (ml + nn.ModuleList([nn.ReLU()]))[-1])
print(ml.pop(1), len(ml))
attempt('ml index:', lambda: ml[10])
attempt('ml forward:', lambda: ml(torch.ones(1)))
attempt('ml extend int:', lambda: ml.extend(3))
for i, m in enumerate(nn.ModuleList([nn.ReLU(), nn.Tanh()])):
    print(i, m)

md = nn.ModuleDict({'b': nn.ReLU(), 'a': nn.Linear(2, 2)})
print(md, len(md), list(md), 'a' in md, 'z' in md)
print(md.keys(), md.values(), md.items())
md['c'] = nn.Tanh()
md.update([('d', nn.Sigmoid())])
md.update({'e': nn.Identity()})
print(list(md.keys()), md['a'])
print(md.pop('b'), list(md.keys()))
del md['c']
print(list(md))
attempt('md missing:', lambda: md['zz'])
attempt('md update int:', lambda: md.update(3))
attempt('md update bad pair:', lambda: md.update([('x', nn.ReLU(), 1)]))
md.clear()
print(md, len(md))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([nn.Linear(2, 2), nn.Linear(2, 2)])
        self.heads = nn.ModuleDict({'x': nn.Linear(2, 1)})

    def forward(self, x):
        for block in self.blocks:
            x = torch.relu(block(x))
        return self.heads['x'](x)


net = Net()
print(net)
print([n for n, _ in net.named_parameters()])
print(net(torch.ones(3, 2)))
