"""Writes test/fixtures/serialization/ from real PyTorch (run with /usr/bin/python3): for every case below, the file
torch.save writes for the object the case's `build` code makes (NAME.pt, its archive named NAME as torch.save
names it), and in cases.json the code and what the case's `show` code prints about `loaded = torch.load(NAME.pt)`.
test/unit/serialization.test.ts runs the same code in agnb: its torch.save must write the same bytes, and its
torch.load of PyTorch's file must print the same.

Usage: /usr/bin/python3 tools/gen_serialization_fixtures.py"""
import contextlib
import io
import json
import os

import torch

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'serialization')

QUICKSTART_MODEL = '''
import torch.nn as nn
class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 3))
    def forward(self, x):
        return self.linear_relu_stack(self.flatten(x))
torch.manual_seed(0)
model = NeuralNetwork()
'''

# (name, build: code that sets `obj`, show: code that prints about `loaded`)
CASES = [
    ('quickstart_state_dict', QUICKSTART_MODEL + 'obj = model.state_dict()',
     'print(list(loaded.keys()))\nprint(loaded["linear_relu_stack.4.bias"])\nprint(loaded._metadata)\n'
     'model.load_state_dict(loaded)\nprint(model(torch.ones(1, 4)))'),
    ('linear_state_dict', 'torch.manual_seed(1)\nobj = torch.nn.Linear(3, 2).state_dict()', 'print(loaded)\nprint(loaded._metadata)'),
    ('float32_tensor', 'obj = torch.arange(6.).reshape(2, 3) / 7', 'print(loaded, loaded.dtype, loaded.stride())'),
    ('dtypes', 'obj = [torch.tensor([1.5, -2.25], dtype=torch.float64), torch.tensor([-3, 2**40, 7]), '
               'torch.tensor([1, -2], dtype=torch.int32), torch.tensor([True, False, True]), torch.tensor(2.5), torch.zeros(0, 3)]',
     'for t in loaded:\n    print(t, t.dtype, t.shape)'),
    ('small_int_dtypes', 'base = torch.tensor([[1, -2, 300], [-32768, 32767, 7]], dtype=torch.int16)\n'
                         'obj = {"short": base, "row": base[1], "char": torch.tensor([-128, 5, 127], dtype=torch.int8), '
                         '"byte": torch.tensor([0, 200, 255], dtype=torch.uint8)}',
     'for key, t in loaded.items():\n    print(key, t, t.dtype, t.storage_offset(), t.element_size())'),
    ('views_share_storage', 'base = torch.arange(10.)\nobj = [base[2:5], base.view(2, 5).t(), base, base[::3]]',
     'for t in loaded:\n    print(t.storage_offset(), t.stride(), t.is_contiguous())\n'
     'loaded[2][3] = 100.\nprint(loaded[0])\nprint(loaded[1])'),
    ('parameter', 'torch.manual_seed(2)\nobj = torch.nn.Parameter(torch.randn(3))',
     'print(type(loaded).__name__, loaded.requires_grad, loaded.is_leaf)\nprint(loaded)'),
    ('frozen_parameter', 'obj = torch.nn.Parameter(torch.ones(2), requires_grad=False)', 'print(type(loaded).__name__, loaded.requires_grad)'),
    ('requires_grad', 'torch.manual_seed(3)\nw = torch.randn(2, requires_grad=True)\nobj = {"w": w, "y": w * 2, "again": w}',
     'print(loaded["w"])\nprint(loaded["y"])\nprint(loaded["again"] is loaded["w"], loaded["y"].is_leaf)'),
    ('containers', 't = torch.ones(2)\nobj = {"a": [1, 2.5, None, True, False, "text", (1, 2, 3, 4), ()], "big": 2**40, "neg": -5, '
                   '"n": -2**40, "huge": 2**70, "ints": [0, 255, 256, 65535, 65536, -1, 2**31 - 1, -2**31], '
                   '"nested": {"x": t, "y": [t]}, 3: "int key", "key with spaces": 0.1}',
     'print(loaded)\nprint(loaded["nested"]["x"] is loaded["nested"]["y"][0])'),
    ('sizes_and_dtypes', 'x = torch.zeros(2, 3)\nobj = {"shape": x.shape, "empty": torch.Size([]), "dtype": x.dtype, "int": torch.int64, "again": torch.float32}',
     'print(loaded)\nprint(loaded["dtype"] is torch.float32, type(loaded["shape"]).__name__)'),
    ('batches', 'obj = {"many": list(range(1001)), "thousand": {i: i for i in range(1000)}, "one": [5], "single": {"k": 1}}',
     'print(len(loaded["many"]), loaded["many"][-1], len(loaded["thousand"]), loaded["one"], loaded["single"])'),
    ('batchnorm_state_dict', 'torch.manual_seed(4)\nbn = torch.nn.BatchNorm1d(3)\nbn(torch.randn(5, 3))\nobj = bn.state_dict()',
     'print(loaded)\nprint(loaded._metadata)'),
    ('sgd_checkpoint', 'torch.manual_seed(5)\nmodel = torch.nn.Linear(2, 1)\nopt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)\n'
                       'loss = ((model(torch.randn(4, 2)) - 1) ** 2).mean()\nloss.backward()\nopt.step()\n'
                       'obj = {"epoch": 3, "model_state_dict": model.state_dict(), "optimizer_state_dict": opt.state_dict(), "loss": loss.item()}',
     'print(loaded["epoch"], loaded["loss"])\nprint(loaded["model_state_dict"])\nprint(loaded["optimizer_state_dict"])'),
    ('adam_state', 'torch.manual_seed(6)\nmodel = torch.nn.Linear(2, 2)\nopt = torch.optim.Adam(model.parameters(), lr=0.01)\n'
                   'model(torch.randn(3, 2)).sum().backward()\nopt.step()\nobj = opt.state_dict()',
     'print(loaded)'),
]


def run(code, scope):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, scope)
    return out.getvalue()


def main():
    os.makedirs(OUT, exist_ok=True)
    cwd = os.getcwd()
    cases = []
    for name, build, show in CASES:
        scope = {'torch': torch}
        run(build, scope)
        os.chdir(OUT)
        try:
            torch.save(scope['obj'], f'{name}.pt')
            scope['loaded'] = torch.load(f'{name}.pt')
        finally:
            os.chdir(cwd)
        cases.append({'name': name, 'build': build, 'show': show, 'stdout': run(show, scope)})
        print(f'{name}: {os.path.getsize(os.path.join(OUT, name + ".pt"))} bytes')
    with open(os.path.join(OUT, 'cases.json'), 'w') as f:
        json.dump({'torch': torch.__version__, 'cases': cases}, f, indent=2)
        f.write('\n')


if __name__ == '__main__':
    main()
