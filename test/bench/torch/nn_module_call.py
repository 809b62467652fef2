# Per-call cost of a Linear forward: the functional op alone, the native nn.Linear, and a Linear on a Module
# written in Python the way PyTorch's own module.py is (registries behind __setattr__/__getattr__, a __call__
# that checks the hook dicts), i.e. what a Module shipped as Python source would cost. Best of 5 rounds each.
# Run: node dist/cli.js run test/bench/torch/nn_module_call.py (and /usr/bin/python3 for PyTorch's numbers).
import time
import torch
import torch.nn as nn
import torch.nn.functional as F


class PythonModule:
    def __init__(self):
        object.__setattr__(self, '_parameters', {})
        object.__setattr__(self, '_buffers', {})
        object.__setattr__(self, '_modules', {})
        object.__setattr__(self, '_forward_hooks', {})
        object.__setattr__(self, '_forward_pre_hooks', {})
        object.__setattr__(self, 'training', True)

    def __setattr__(self, name, value):
        if isinstance(value, nn.Parameter):
            self._parameters[name] = value
        elif isinstance(value, (PythonModule, nn.Module)):
            self._modules[name] = value
        else:
            object.__setattr__(self, name, value)

    def __getattr__(self, name):
        if name in self._parameters:
            return self._parameters[name]
        if name in self._buffers:
            return self._buffers[name]
        if name in self._modules:
            return self._modules[name]
        raise AttributeError(name)

    def __call__(self, *args, **kwargs):
        if not (self._forward_hooks or self._forward_pre_hooks):
            return self.forward(*args, **kwargs)
        raise NotImplementedError('hooks')


class PythonLinear(PythonModule):
    def __init__(self, weight, bias):
        super().__init__()
        self.weight = weight
        self.bias = bias

    def forward(self, input):
        return F.linear(input, self.weight, self.bias)


torch.manual_seed(0)
native = nn.Linear(4, 4)
python = PythonLinear(native.weight, native.bias)
x = torch.randn(1, 4)
N = 10000


def timed(label, step):
    best = float('inf')
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(N):
            step()
        best = min(best, time.perf_counter() - start)
    print(f'{label}: {best / N * 1e6:.1f} us per call')


timed('F.linear, no module', lambda: F.linear(x, native.weight, native.bias))
timed('nn.Linear, native Module', lambda: native(x))
timed('Linear on a Module written in Python', lambda: python(x))
