// gradgradcheck: second derivatives through the ops whose backward is built from other differentiable ops
// (indexing, index_select, gather, max/min along a dim, unbind, writes through setitem, masked_fill,
// convolution, pooling, embedding, ...), checked in float64 against finite differences of the first
// derivative. Names and values of these graphs are compared with PyTorch in
// test/conformance/torch/double_backward_graphs.py and double_backward_convolution.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { grad } from '../../engine/tensor/autograd/api';
import { gradcheck } from '../../engine/tensor/autograd/gradcheck';
import { mul, powScalar } from '../../engine/tensor/ops/arithmetic';
import { gt } from '../../engine/tensor/ops/comparison';
import { fromNested, zeros } from '../../engine/tensor/ops/creation';
import { wrapNumber } from '../../engine/tensor/ops/elementwise';
import { max, maxDim, minDim } from '../../engine/tensor/ops/extrema';
import { gather, indexSelect } from '../../engine/tensor/ops/gather';
import { index, indexPut, maskedFill } from '../../engine/tensor/ops/indexing';
import { mm, mv, outer } from '../../engine/tensor/ops/linalg';
import { sum } from '../../engine/tensor/ops/reduce';
import { norm, std } from '../../engine/tensor/ops/statistics';
import { select, t, unbind } from '../../engine/tensor/ops/views';
import { conv1d, conv2d, convTranspose2d } from '../../engine/tensor/ops/conv';
import { embedding } from '../../engine/tensor/ops/embedding';
import { batchNorm, layerNorm } from '../../engine/tensor/ops/normalization';
import { adaptiveAvgPool2d, avgPool2d, maxPool2d } from '../../engine/tensor/ops/pooling';
import { Tensor } from '../../engine/tensor/tensor';

const leaf = (values: number[] | number[][]): Tensor => {
  const tensor = fromNested(values, 'float64');
  tensor.requiresGrad = true;
  return tensor;
};
const long = (values: number[] | number[][]): Tensor => fromNested(values, 'int64');
const cube = (tensor: Tensor): Tensor => sum(powScalar(tensor, wrapNumber(3, 'int64')));

/** The first derivative of sum(op(x)^3), itself a function of x whose Jacobian gradcheck compares. */
const firstDerivative =
  (op: (x: Tensor) => Tensor) =>
  ([x]: Tensor[]) =>
    grad([cube(op(x!))], [x!], { createGraph: true })[0]!;

const CASES: Record<string, [number[] | number[][], (x: Tensor) => Tensor]> = {
  'index with a list': [[0.5, -1.25, 2.0, 0.75], (x) => index(x, [[0, 0, 3]])],
  'index with a mask': [[0.5, -1.25, 2.0, 0.75], (x) => index(x, [fromNested([true, false, true, true], 'bool')])],
  'index with a slice and a list': [[[0.5, -1.0, 2.0], [1.5, 3.0, -2.0]], (x) => index(x, [{ start: 1, stop: null, step: null }, [2, 0, 2]])],
  index_select: [[[0.5, -1.0, 2.0], [1.5, 3.0, -2.0]], (x) => indexSelect(x, 1, long([2, 0, 2]))],
  gather: [[[0.5, -1.0, 2.0], [1.5, 3.0, -2.0]], (x) => gather(x, 1, long([[0, 2], [1, 1]]))],
  'max along a dim': [[[0.5, -1.0, 2.0], [1.5, 3.0, -2.0]], (x) => maxDim(x, 0).values],
  'min along a dim, keepdim': [[[0.5, -1.0, 2.0], [1.5, 3.0, -2.0]], (x) => minDim(x, 1, true).values],
  'max of everything': [[0.5, -1.25, 2.0, 0.75], (x) => mul(max(x), x)],
  unbind: [[[0.5, -1.0, 2.0], [1.5, 3.0, -2.0]], (x) => mul(unbind(x, 1)[2]!, unbind(x, 1)[0]!)],
  'setitem with an index': [
    [1.0, 2.0, 3.0, 4.0],
    (x) => {
      const buffer = zeros([5], 'float64');
      indexPut(buffer, [[0, 3]], mul(index(x, [{ start: 0, stop: 2, step: null }]), index(x, [{ start: 2, stop: null, step: null }])));
      return mul(buffer, buffer);
    },
  ],
  'setitem through a view': [
    [1.0, 2.0, 3.0],
    (x) => {
      const buffer = zeros([2, 3], 'float64');
      indexPut(buffer, [1], mul(x, x));
      indexPut(buffer, [0, { start: 1, stop: null, step: null }], index(x, [{ start: 0, stop: 2, step: null }]));
      return buffer;
    },
  ],
  'masked_fill with a tensor value': [[0.5, -1.25, 2.0, 0.75], (x) => maskedFill(mul(x, x), gt(x, wrapNumber(0.6, 'float64')), select(x, 0, 1))],
  std: [[[0.5, -1.0, 2.0], [1.5, 3.0, -2.0]], (x) => std(x, [1])],
  norm: [[0.5, -1.25, 2.0, 0.75], (x) => norm(x)],
  outer: [[0.5, -1.25, 2.0], (x) => outer(x, mul(x, x))],
  mv: [[[0.5, -1.0, 2.0], [1.5, 3.0, -2.0]], (x) => mv(x, select(x, 0, 1))],
  'mm with a transposed operand': [[[0.5, -1.0, 2.0], [1.5, 3.0, -2.0]], (x) => mm(x, t(x))],
};

for (const [name, [values, op]] of Object.entries(CASES)) {
  test(`second derivatives through ${name} match finite differences`, () => {
    assert.equal(gradcheck(firstDerivative(op), [leaf(values)]), true);
  });
}

/** A float64 leaf of `shape` with distinct, irregular values (no ties for max pooling). */
const spread = (shape: number[], seed: number, requiresGrad = true): Tensor => {
  const count = shape.reduce((product, size) => product * size, 1);
  const values = Float64Array.from({ length: count }, (_, i) => Math.sin(seed + i * 1.7) + 0.01 * i);
  const tensor = Tensor.fromStorage(values, shape, 'float64');
  tensor.requiresGrad = requiresGrad;
  return tensor;
};

const image = spread([2, 3, 5, 5], 1, false);
const kernel = spread([4, 3, 3, 3], 2, false);
const groupedKernel = spread([4, 1, 3, 3], 3, false);
const signal = spread([2, 3, 7], 4, false);
const rows = long([[0, 2, 2], [4, 1, 2]]);
const training = { training: true, momentum: 0.1, eps: 1e-5 };
const evaluation = { training: false, momentum: 0.1, eps: 1e-5 };
const runningMean = fromNested([0.1, -0.2, 0.05], 'float64');
const runningVar = fromNested([0.7, 1.3, 0.9], 'float64');

const LAYER_CASES: Record<string, [Tensor, (x: Tensor) => Tensor]> = {
  'conv2d (input)': [spread([2, 3, 5, 5], 5), (x) => conv2d(x, kernel, spread([4], 6, false), { padding: [1] })],
  'conv2d (weight)': [spread([4, 3, 3, 3], 7), (w) => conv2d(image, w, null, { stride: [2] })],
  'conv2d (bias)': [spread([4], 8), (b) => conv2d(image, kernel, b, { dilation: [2] })],
  'grouped conv2d (weight)': [spread([4, 1, 3, 3], 9), (w) => conv2d(spread([2, 4, 5, 5], 10, false), w, null, { groups: 4 })],
  'grouped conv2d (input)': [spread([2, 4, 5, 5], 11), (x) => conv2d(x, groupedKernel, null, { groups: 4, padding: [1] })],
  'conv1d (input)': [spread([2, 3, 7], 12), (x) => conv1d(x, spread([4, 3, 3], 13, false), null, { stride: [2] })],
  'conv1d (weight)': [spread([4, 3, 2], 14), (w) => conv1d(signal, w, null, { padding: 'same' })],
  max_pool2d: [spread([2, 3, 5, 5], 15), (x) => maxPool2d(x, { kernelSize: [3], stride: [2], padding: [1] })],
  avg_pool2d: [spread([2, 3, 5, 5], 16), (x) => avgPool2d(x, { kernelSize: [2], countIncludePad: false, padding: [1] })],
  adaptive_avg_pool2d: [spread([3, 5, 5], 17), (x) => adaptiveAvgPool2d(x, [3, 2])],
  'layer_norm (input)': [spread([2, 3, 4], 24), (x) => layerNorm(x, [4], spread([4], 25, false), spread([4], 26, false), 1e-5)],
  'layer_norm (weight)': [spread([3, 4], 27), (w) => layerNorm(spread([2, 3, 4], 28, false), [3, 4], w, spread([3, 4], 29, false), 1e-5)],
  'layer_norm (bias)': [spread([4], 30), (b) => layerNorm(spread([3, 4], 31, false), [4], spread([4], 32, false), b, 1e-5)],
  'layer_norm without affine parameters': [spread([3, 5], 33), (x) => layerNorm(x, [5], null, null, 1e-5)],
  'batch_norm in training (input)': [spread([4, 3, 2], 34), (x) => batchNorm(x, null, null, spread([3], 35, false), spread([3], 36, false), training)],
  'batch_norm in training (weight)': [spread([3], 37), (w) => batchNorm(spread([4, 3], 38, false), null, null, w, spread([3], 39, false), training)],
  'batch_norm in training (bias)': [spread([3], 40), (b) => batchNorm(spread([2, 3, 2, 2], 41, false), null, null, spread([3], 42, false), b, training)],
  'batch_norm in evaluation (input)': [spread([4, 3, 2], 43), (x) => batchNorm(x, runningMean, runningVar, spread([3], 44, false), null, evaluation)],
  'batch_norm in evaluation (weight)': [spread([3], 45), (w) => batchNorm(spread([4, 3, 2], 46, false), runningMean, runningVar, w, spread([3], 47, false), evaluation)],
  embedding: [spread([5, 3], 18), (table) => embedding(rows, table)],
  'embedding with padding_idx': [spread([5, 3], 19), (table) => embedding(rows, table, 2)],
};

for (const [name, [input, op]] of Object.entries(LAYER_CASES)) {
  test(`second derivatives through ${name} match finite differences`, () => {
    assert.equal(gradcheck(firstDerivative(op), [input]), true);
  });
}

for (const [name, groups] of [['a convolution', 1], ['a grouped convolution', 2]] as const) {
  const convolve = (x: Tensor, w: Tensor) => conv2d(x, w, null, { stride: [2], padding: [1], dilation: [2], groups });
  const inputs = () => [spread([2, 4, 6, 6], 20), spread([4, 4 / groups, 3, 3], 21)];
  test(`mixed second derivatives of ${name}: the weight gradient by the input (a transposed convolution)`, () => {
    assert.equal(gradcheck(([x, w]: Tensor[]) => grad([cube(convolve(x!, w!))], [w!], { createGraph: true })[0]!, inputs()), true);
  });
  test(`mixed second derivatives of ${name}: the input gradient by the weight`, () => {
    assert.equal(gradcheck(([x, w]: Tensor[]) => grad([cube(convolve(x!, w!))], [x!], { createGraph: true })[0]!, inputs()), true);
  });
}

const NORMALIZATIONS: Record<string, (x: Tensor, w: Tensor, b: Tensor) => Tensor> = {
  layer_norm: (x, w, b) => layerNorm(x, [4], w, b, 1e-5),
  'batch_norm in training': (x, w, b) => batchNorm(x, null, null, w, b, training),
  'batch_norm in evaluation': (x, w, b) => batchNorm(x, runningMean, runningVar, w, b, evaluation),
};

for (const [name, normalize] of Object.entries(NORMALIZATIONS)) {
  const inputs = () => [spread([2, 3, 4], 48), spread([name === 'layer_norm' ? 4 : 3], 49), spread([name === 'layer_norm' ? 4 : 3], 50)];
  for (const [which, at] of [['input', 0], ['weight', 1], ['bias', 2]] as const) {
    test(`mixed second derivatives of ${name}: the ${which} gradient by the input, weight and bias`, () => {
      assert.equal(gradcheck((params: Tensor[]) => grad([cube(normalize(params[0]!, params[1]!, params[2]!))], [params[at]!], { createGraph: true })[0]!, inputs()), true);
    });
  }
}

test('first derivatives through conv_transpose2d (input, weight and bias) match finite differences', () => {
  const transpose = ([x, w, b]: Tensor[]) => convTranspose2d(x!, w!, b!, { stride: [2], padding: [1], outputPadding: [1], groups: 2, dilation: [2] });
  assert.equal(gradcheck(transpose, [spread([2, 4, 3, 3], 22), spread([4, 3, 2, 3], 23), spread([6], 24)]), true);
});

test('a second derivative through a transposed convolution raises a clear error', () => {
  const x = spread([1, 2, 4, 4], 22);
  const w = spread([2, 3, 3, 3], 23);
  const [gradInput] = grad([cube(convTranspose2d(x, w))], [x], { createGraph: true });
  assert.throws(() => grad([sum(gradInput!)], [w]), /the second derivative of a transposed convolution is not supported yet/);
});
