// The seed tutorial written against the engine's TypeScript API, as docs/engine.md shows it. The expected reprs
// are real PyTorch's (tools/gen_autograd_fixtures.py): what `print(loss)` and `print(w.grad)` show there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as torch from '../../engine/tensor/index';
import { Generator, normalFloat32 } from '../../engine/random/index';
import { formatTensor } from '../../engine/tensor/print/index';

const expected = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'autograd', 'engine-api-example.json'), 'utf8')) as Record<string, string>;

test('the autograd tutorial through the TypeScript API prints what PyTorch prints', () => {
  // torch.manual_seed(0); w = torch.randn(5, 3, requires_grad=True); b = torch.randn(3, requires_grad=True)
  const generator = new Generator().manualSeed(0);
  const randn = (shape: number[]) => {
    const values = new Float32Array(shape.reduce((a, b) => a * b, 1));
    normalFloat32(generator, values, 0, 1);
    const tensor = torch.Tensor.fromStorage(values, shape, 'float32');
    tensor.requiresGrad = true;
    return tensor;
  };
  const x = torch.ones([5], 'float32');
  const y = torch.zeros([3], 'float32');
  const w = randn([5, 3]);
  const b = randn([3]);

  const z = torch.add(torch.matmul(x, w), b);
  const loss = torch.binaryCrossEntropyWithLogits(z, y);
  torch.backward(loss);

  const show = (tensor: torch.Tensor) =>
    formatTensor(tensor.contiguousData(), tensor.shape, tensor.dtype, {
      requiresGrad: tensor.requiresGrad && tensor.isLeaf,
      ...(tensor.gradFn ? { gradFn: tensor.gradFn.name } : {}),
    });
  assert.equal(show(loss), expected.loss);
  assert.equal(show(w.gradValue!), expected['w.grad']);
  assert.equal(show(b.gradValue!), expected['b.grad']);
  assert.equal(z.gradFn!.name, 'AddBackward0');
  assert.throws(() => torch.backward(loss), /Trying to backward through the graph a second time/);
});

test('an allocation past the storage limit raises PyTorch\'s allocator error and the limit is configurable', () => {
  torch.setStorageLimit(1024);
  try {
    assert.throws(
      () => torch.zeros([1000], 'float32'),
      (error: Error) => error.name === 'RuntimeError' && /DefaultCPUAllocator: can't allocate memory: you tried to allocate 4000 bytes/.test(error.message),
    );
    assert.equal(torch.zeros([256], 'float32').numel, 256);
  } finally {
    torch.setStorageLimit(2 ** 32);
  }
});
