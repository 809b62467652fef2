// The torch binding's host-facing behaviour: describeTensor for the inspector, warnings printed once per
// line like Python's default filter, and tensors living on across cells of one interpreter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter } from '../../engine/python/index';
import * as engine from '../../engine/tensor/index';
import { describeTensor } from '../../engine/torch/index';
import { wrapTensor } from '../../engine/torch/tensorObject';

function session() {
  const output = { stdout: '', stderr: '' };
  const interpreter = new Interpreter({ write: (stream, text) => (output[stream] += text), interruptRequested: () => false });
  const run = (code: string, cell = 1) => {
    const outcome = interpreter.run(code, { origin: `Cell [${cell}]`, displayLastExpression: true });
    if (!outcome.ok) throw new Error(outcome.error.traceback.join('\n'));
    return outcome.display;
  };
  return { output, run };
}

test('describeTensor reports shape, dtype, autograd state and the gradient norm', () => {
  const w = engine.fromNested([[3, 0], [0, 4]], 'float32');
  w.requiresGrad = true;
  const z = engine.sum(engine.mul(w, engine.wrapNumber(2, 'int64')));
  engine.backward(z);
  assert.deepEqual(describeTensor(wrapTensor(w)), {
    shape: [2, 2],
    dtype: 'torch.float32',
    requiresGrad: true,
    isLeaf: true,
    gradFn: null,
    grad: { shape: [2, 2], norm: 4 },
  });
  assert.deepEqual(describeTensor(wrapTensor(z)), { shape: [], dtype: 'torch.float32', requiresGrad: true, isLeaf: false, gradFn: 'SumBackward0', grad: null });
  assert.equal(describeTensor(5), undefined);
});

test('the non-leaf .grad warning prints once per line, with the cell as its location', () => {
  const { output, run } = session();
  run('import torch\nx = torch.ones(2, requires_grad=True)\ny = x * 2\nfor _ in range(3):\n    y.grad', 1);
  const lines = output.stderr.split('\n');
  assert.equal(lines.filter((line) => line.includes('UserWarning')).length, 1);
  assert.ok(lines[0]!.startsWith('Cell [1]:5: UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor'));
  assert.equal(lines[1], '  y.grad');
  run('y.grad', 2);
  assert.equal(output.stderr.split('\n').filter((line) => line.includes('UserWarning')).length, 2);
});

test('a displayed tensor is its repr, and state persists across cells', () => {
  const { run } = session();
  run('import torch\ntorch.manual_seed(0)\nw = torch.randn(2, 3, requires_grad=True)');
  assert.equal(run('w'), 'tensor([[ 1.5410, -0.2934, -2.1788],\n        [ 0.5684, -1.0845, -1.3986]], requires_grad=True)');
  assert.equal(run('(w * 2).sum().backward()\nw.grad'), 'tensor([[2., 2., 2.],\n        [2., 2., 2.]])');
  assert.equal(run('w.grad is w.grad, w.grad_fn, torch.Size([2, 3]) == w.shape'), '(True, None, True)');
});

test('comparisons on tensors give tensors, and unsupported forms raise NotImplementedError', () => {
  const { run } = session();
  run('import torch\nx = torch.tensor([1.0, 2.0])');
  assert.equal(run('x == 1'), 'tensor([ True, False])');
  assert.equal(run('type(x != 1).__name__, x == None'), "('Tensor', False)");
  for (const expression of ['x.norm(p="nuc")']) {
    assert.throws(() => run(expression), /NotImplementedError/, expression);
  }
});

test('int64 holds integers exactly up to 2**53 - 1 and raises, never rounds, beyond that', () => {
  const { run } = session();
  run('import torch\nl = torch.tensor([1, -2, 3])');
  // The edge of the exact range works everywhere a Python int enters.
  assert.equal(run('torch.tensor([2**53 - 1, -(2**53 - 1)])'), 'tensor([ 9007199254740991, -9007199254740991])');
  assert.equal(run('(l * 0 + (2**53 - 2) + 1).tolist()'), '[9007199254740991, 9007199254740991, 9007199254740991]');
  assert.equal(run('torch.full((1,), 2**53 - 1)'), 'tensor([9007199254740991])');
  // Beyond it (PyTorch's int64 would hold these): one clear error wherever the value would enter or arise.
  const beyond = [
    'torch.tensor([2**53 + 1])',
    'torch.tensor([2**62])',
    'torch.full((2,), 2**60 + 1)',
    'l.clone().fill_(2**60 + 1)',
    'torch.arange(2**60, 2**60 + 3)',
    'l + 2**60',
    'l.clone().__setitem__(0, 2**60 + 1)',
    'torch.tensor([2**30]) * 2**30',
    'torch.tensor([3]) ** 40',
    'torch.tensor([2**40, 2**40]).prod()',
    'torch.tensor([2**52, 2**52]).sum()',
    'torch.tensor([2**52, 2**52]).cumsum(0)',
    'torch.tensor([float("inf")]).long() + 0',
  ];
  for (const expression of beyond) {
    assert.throws(() => run(expression), /RuntimeError: int64 value out of range: agnb holds int64 values exactly only within ±\(2\*\*53 - 1\)/, expression);
  }
  // A float tensor takes such an int as the float it becomes, as PyTorch does.
  assert.equal(run('torch.tensor([1.0], dtype=torch.float64) * (2**60 + 1)'), 'tensor([1.1529e+18], dtype=torch.float64)');
  // Ints beyond int64 are PyTorch's own error.
  assert.throws(() => run('l + 2**63'), /RuntimeError: Overflow when unpacking long/);
});
