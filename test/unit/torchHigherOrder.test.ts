// gradgradcheck: second derivatives through the ops whose backward is built from other differentiable ops
// (indexing, index_select, gather, max/min along a dim, unbind, writes through setitem, masked_fill, ...),
// checked in float64 against finite differences of the first derivative. Names and values of these graphs
// are compared with PyTorch in test/conformance/torch/double_backward_graphs.py.
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
import type { Tensor } from '../../engine/tensor/tensor';

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
