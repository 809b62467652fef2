// In-place ops and autograd, against test/fixtures/inplace.json (tools/gen_inplace_fixtures.py, real PyTorch):
// each scenario below is the engine's spelling of the Python scenario of the same name, and must raise the same
// error or leave the same graphs, versions, values and gradients.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as torch from '../../engine/tensor/index';
import { Tensor, TorchError, type DType } from '../../engine/tensor/index';
import type { Node } from '../../engine/tensor/autograd/node';
import * as inplace from '../../engine/tensor/ops/inplace';
import { exp } from '../../engine/tensor/ops/unaryMath';

type Nested = number | boolean | Nested[];
type Observations = Record<string, unknown>;

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'inplace.json'), 'utf8')) as {
  scenarios: Record<string, Observations>;
};

const X = [0.5, -1.25, 2.0];
const X23 = [
  [0.5, -1.25, 2.0],
  [1.5, 0.25, -3.0],
];

const int = (value: number) => torch.wrapNumber(value, 'int64');
const float = (value: number) => torch.wrapNumber(value, 'float32');
const bool = (value: boolean) => torch.wrapNumber(value ? 1 : 0, 'bool');
const tensor = (values: Nested, dtype: DType = 'float32') => torch.fromNested(values, dtype);

function leaf(values: Nested, dtype: DType = 'float32'): Tensor {
  const result = tensor(values, dtype);
  result.requiresGrad = true;
  return result;
}

/** A node as [class name, [[next node, input nr], ...]], down to `depth` levels, as the fixture writes it. */
function graph(node: Node | null, depth = 3): unknown {
  if (node === null) return null;
  if (depth === 0) return node.name;
  return [node.name, node.nextFunctions.map(([next, inputNr]) => [graph(next, depth - 1), inputNr])];
}

function values(t: Tensor): Nested {
  const data = torch.contiguous(t).contiguousData();
  const item = (i: number): Nested => (t.dtype === 'bool' ? data[i] === 1 : data[i]!);
  let at = 0;
  const build = (dim: number): Nested => (dim === t.ndim ? item(at++) : Array.from({ length: t.shape[dim]! }, () => build(dim + 1)));
  return build(0);
}

const backward = (root: Tensor, gradient?: Nested) => torch.backward(root, gradient === undefined ? {} : { gradient: tensor(gradient) });
const gradOf = (t: Tensor) => values(t.gradValue!);
const sumAll = (t: Tensor) => torch.sum(t);
const noGrad = (body: () => void) => torch.withGradMode(false, body);

const SCENARIOS: Record<string, () => Observations | void> = {
  leaf_add: () => void inplace.addInPlace(leaf(X), int(1)),
  view_of_leaf_add: () => void inplace.addInPlace(torch.select(leaf(X23), 0, 0), int(1)),
  unbind_view_mul: () => void inplace.mulInPlace(torch.unbind(torch.mul(leaf(X23), int(1)), 0)[0]!, int(2)),
  int_add_float: () => void inplace.addInPlace(tensor([1, 2, 3], 'int64'), float(1.5)),
  int_div: () => void inplace.divInPlace(tensor([1, 2, 3], 'int64'), int(2)),
  bool_add_int: () => void inplace.addInPlace(tensor([true, false], 'bool'), int(1)),
  int_add_float_requiring_grad: () => void inplace.addInPlace(tensor([1, 2, 3], 'int64'), leaf(X)),
  add_broadcast_bigger: () => void inplace.addInPlace(torch.ones([3], 'float32'), torch.ones([2, 3], 'float32')),
  add_mismatch: () => void inplace.addInPlace(torch.ones([3], 'float32'), torch.ones([2], 'float32')),
  copy_mismatch: () => void inplace.copyInPlace(torch.ones([3], 'float32'), torch.ones([2], 'float32')),
  add_expanded: () => void inplace.addInPlace(torch.expand(torch.zeros([3], 'float32'), [2, 3]), int(1)),
  add_partial_overlap: () => {
    const y = torch.arange(0, 5, 1, 'float32');
    inplace.addInPlace(torch.slice(y, 0, 1, 5), torch.slice(y, 0, 0, 4));
  },
  add_transposed_self: () => {
    const y = torch.view(torch.arange(0, 4, 1, 'float32'), [2, 2]);
    inplace.addInPlace(y, torch.t(y));
  },
  clamp_int_float_bound: () => void inplace.clampInPlace(tensor([1, 5, 3], 'int64'), float(2.5)),
  clamp_bool: () => void inplace.clampInPlace(tensor([true], 'bool'), int(0), int(1)),
  clamp_no_bounds: () => void inplace.clampInPlace(torch.ones([2], 'float32')),
  fill_with_vector: () => void inplace.fillInPlace(tensor([1, 2], 'int64'), tensor([2], 'int64')),
  add_int_float_alpha: () => void inplace.addInPlace(tensor([1, 2], 'int64'), tensor([1, 2], 'int64'), float(2.5)),
  sub_bool_alpha: () => void inplace.subInPlace(torch.ones([2], 'float32'), torch.ones([2], 'float32'), bool(true)),
  sub_bools: () => void inplace.subInPlace(tensor([true], 'bool'), tensor([true], 'bool')),

  saved_input_modified: () => {
    const y = exp(leaf(X));
    const z = torch.mul(y, y);
    inplace.addInPlace(y, int(1));
    backward(sumAll(z));
  },
  saved_output_modified: () => {
    const y = exp(leaf(X));
    inplace.addInPlace(y, int(1));
    backward(sumAll(y));
  },
  saved_output_modified_without_grad: () => {
    const y = torch.sigmoid(leaf(X));
    noGrad(() => inplace.mulInPlace(y, int(2)));
    backward(sumAll(y));
  },
  saved_output_modified_through_detach: () => {
    const y = torch.tanh(leaf(0.5));
    inplace.zeroInPlace(torch.detach(y));
    backward(y);
  },
  leaf_modified_without_grad: () => {
    const x = leaf(X);
    const y = torch.mul(x, leaf([1, 2, 3]));
    noGrad(() => inplace.addInPlace(x, int(1)));
    backward(sumAll(y));
  },
  double_leaf_modified: () => {
    const x = leaf(X23, 'float64');
    const y = torch.mul(x, x);
    inplace.addInPlace(torch.detach(x), int(1));
    backward(sumAll(y));
  },
  mul_by_itself: () => {
    const y = torch.mul(leaf(X), int(1));
    inplace.mulInPlace(y, y);
    backward(sumAll(y));
  },
  base_modified_through_view: () => {
    const y = torch.mul(leaf(X23), int(2));
    const z = torch.mul(y, y);
    inplace.addInPlace(torch.select(y, 0, 0), int(1));
    backward(sumAll(z));
  },
  untracked_saved_input_modified: () => {
    const x = torch.arange(0, 3, 1, 'float32');
    const y = torch.mul(leaf(X), x);
    inplace.addInPlace(x, int(1));
    backward(sumAll(y));
  },

  leaf_add_without_grad: () => {
    const x = leaf(X);
    noGrad(() => inplace.addInPlace(x, int(1)));
    return { values: values(x), version: x.version.value, grad_fn: graph(x.gradFn), requires_grad: x.requiresGrad, is_leaf: x.isLeaf };
  },
  untracked_add_tracked: () => {
    const w = leaf(X);
    const y = torch.ones([3], 'float32');
    inplace.addInPlace(y, w);
    backward(sumAll(y));
    return { values: values(y), version: y.version.value, grad_fn: graph(y.gradFn), grads: [gradOf(w)] };
  },
  nonleaf_add: () => {
    const x = leaf(X);
    const y = torch.mul(x, int(2));
    inplace.addInPlace(y, int(1));
    backward(y, [1, 2, 3]);
    return { values: values(y), version: y.version.value, grad_fn: graph(y.gradFn), grads: [gradOf(x)] };
  },
  nonleaf_chain: () => {
    const x = leaf(X);
    const y = torch.mul(x, int(2));
    inplace.addInPlace(y, int(1));
    inplace.mulInPlace(y, x);
    inplace.divInPlace(y, int(4));
    inplace.subInPlace(y, x, int(2));
    backward(y, [1, 2, 3]);
    return { values: values(y), version: y.version.value, grad_fn: graph(y.gradFn, 5), grads: [gradOf(x)] };
  },
  no_grad_keeps_history: () => {
    const x = leaf(X);
    const y = torch.mul(x, int(2));
    noGrad(() => inplace.addInPlace(y, int(1)));
    backward(sumAll(y));
    return { values: values(y), version: y.version.value, grad_fn: graph(y.gradFn), grads: [gradOf(x)] };
  },
  retain_grad_moves: () => {
    const x = leaf(X);
    const y = torch.mul(x, int(2));
    torch.retainGrad(y);
    inplace.mulInPlace(y, int(3));
    backward(sumAll(y));
    return { grads: [gradOf(y), gradOf(x)] };
  },
  view_mul: () => {
    const x = leaf(X23);
    const y = torch.mul(x, int(2));
    const v = torch.select(y, 0, 0);
    inplace.mulInPlace(v, int(3));
    backward(y, [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    return { values: values(y), version: y.version.value, view_version: v.version.value, grad_fn: graph(y.gradFn), view_grad_fn: graph(v.gradFn), grads: [gradOf(x)] };
  },
  view_mul_tracked_other: () => {
    const x = leaf(X23);
    const w = leaf([1, -2]);
    const y = torch.mul(x, int(2));
    const v = torch.select(y, 1, 1);
    inplace.mulInPlace(v, w);
    backward(y, [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    return { values: values(y), grad_fn: graph(y.gradFn), view_grad_fn: graph(v.gradFn), grads: [gradOf(x), gradOf(w)] };
  },
  backward_through_modified_view: () => {
    const x = leaf(X23);
    const y = torch.mul(x, int(2));
    const v = torch.slice(torch.t(y), 0, 1, 3);
    inplace.addInPlace(v, torch.ones([2, 2], 'float32'));
    backward(sumAll(torch.mul(v, v)));
    return { values: values(y), view_grad_fn: graph(v.gradFn), grads: [gradOf(x)] };
  },
  copy_into_zeros_view: () => {
    const w = leaf([1.5, -2, 0.25]);
    const b = torch.zeros([2, 3], 'float32');
    inplace.copyInPlace(torch.select(b, 0, 1), torch.mul(w, int(2)));
    backward(sumAll(torch.mul(b, b)));
    return { values: values(b), version: b.version.value, grad_fn: graph(b.gradFn), requires_grad: b.requiresGrad, grads: [gradOf(w)] };
  },
  copy_converts_dtype: () => {
    const x = leaf(X);
    const y = torch.zeros([3], 'float64');
    inplace.copyInPlace(y, torch.mul(x, int(2)));
    backward(sumAll(torch.mul(y, y)));
    return { values: values(y), grad_fn: graph(y.gradFn), grads: [gradOf(x)] };
  },
  copy_into_int_is_untracked: () => {
    const y = torch.zeros([3], 'int64');
    inplace.copyInPlace(y, torch.mul(leaf(X), int(2)));
    return { values: values(y), grad_fn: graph(y.gradFn), requires_grad: y.requiresGrad };
  },
  fill_and_zero: () => {
    const x = leaf(X);
    const y = torch.mul(x, int(2));
    const z = torch.mul(x, int(3));
    inplace.fillInPlace(y, torch.select(x, 0, 1));
    inplace.zeroInPlace(z);
    backward(sumAll(torch.add(y, z)));
    return { values: values(y), grad_fn: graph(y.gradFn), zero_grad_fn: graph(z.gradFn), grads: [gradOf(x)] };
  },
  fill_casts: () => ({
    values: [
      values(inplace.fillInPlace(tensor([1, 2, 3], 'int64'), float(-2.7))),
      values(inplace.fillInPlace(tensor([true, false], 'bool'), int(2))),
      values(inplace.fillInPlace(torch.zeros([2], 'float32'), float(0.1))),
    ],
  }),
  clamp_records_clamp: () => {
    const x = leaf(X);
    const y = torch.mul(x, int(2));
    inplace.clampInPlace(y, int(0));
    backward(sumAll(y));
    return { values: values(y), grad_fn: graph(y.gradFn), grads: [gradOf(x)] };
  },
  int_and_bool_results: () => {
    const results = [
      inplace.mulInPlace(tensor([1, 2, 3], 'int64'), tensor([true, false, true], 'bool')),
      inplace.addInPlace(tensor([1, 2, 3], 'int64'), tensor([1, 2, 3], 'int64'), int(2)),
      inplace.addInPlace(tensor([true, false], 'bool'), tensor([false, false], 'bool'), bool(true)),
      inplace.addInPlace(torch.ones([2, 3], 'float32'), torch.div(tensor([1, 2, 3], 'float64'), int(3))),
    ];
    return { values: results.map(values), dtypes: results.map((t) => `torch.${t.dtype}`) };
  },
};

for (const [name, expected] of Object.entries(fixture.scenarios)) {
  test(`in-place/${name} behaves as in PyTorch`, () => {
    const scenario = SCENARIOS[name];
    assert.ok(scenario, `scenario ${name} has an engine counterpart`);
    let observed: Observations | void;
    try {
      observed = scenario();
    } catch (error) {
      if (!(error instanceof TorchError)) throw error;
      observed = { error: [error.kind, error.message] };
    }
    assert.deepEqual(observed, expected);
  });
}
