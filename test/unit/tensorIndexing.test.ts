// tensor[key] and tensor[key] = value against real PyTorch (tools/gen_indexing_fixtures.py ->
// test/fixtures/indexing.json): values, shapes, dtypes, grad_fn names, views, version bumps, gradients and
// exact errors; plus the error messages of the shape ops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as torch from '../../engine/tensor/index';
import type { Tensor } from '../../engine/tensor/index';
import { TorchError } from '../../engine/tensor/errors';
import { fromNested } from '../../engine/tensor/ops/creation';
import { ELLIPSIS, index, indexPut, type IndexItem } from '../../engine/tensor/ops/indexing';
import { cat, chunk, split, stack } from '../../engine/tensor/ops/join';
import { flatten, flip, narrow, repeat, roll, unflatten } from '../../engine/tensor/ops/reorder';
import { gather, indexSelect, scatterAdd } from '../../engine/tensor/ops/gather';
import { bmm } from '../../engine/tensor/ops/linalg';
import { fromRecorded } from '../support/opCases';

interface Recorded {
  shape: number[];
  dtype: torch.DType;
  values: Array<string | number>;
}
type KeyItem = number | boolean | null | '...' | { slice: [number | null, number | null, number | null] } | { tensor: unknown; dtype: string } | { list: Array<number | boolean> };
interface Raised {
  type: string;
  message: string;
}
interface GetCase {
  input: Recorded;
  key: KeyItem[];
  error?: Raised;
  output?: Recorded;
  grad_fn?: string | null;
  is_view?: boolean;
  upstream?: Recorded;
  grad?: Recorded;
}
interface SetCase {
  input: Recorded;
  target: 'leaf' | 'nonleaf' | 'view' | 'untracked';
  key: KeyItem[];
  value: Recorded | number;
  value_requires_grad: boolean;
  error?: Raised;
  output?: Recorded;
  version_bump?: number;
  grad_fn?: string | null;
  next_functions?: Array<string | null> | null;
  upstream?: Recorded;
  grads?: Array<Recorded | null>;
}

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'indexing.json'), 'utf8')) as {
  get: Record<string, GetCase>;
  set: Record<string, SetCase>;
  errors: Record<string, Raised>;
};

/** name() of a node: PyTorch qualifies the C++-only node classes. */
const QUALIFIED = new Set(['AccumulateGrad', 'CopySlices', 'CopyBackwards']);
const shownName = (name: string | undefined): string | null => (name === undefined ? null : QUALIFIED.has(name) ? `torch::autograd::${name}` : name);

function keyItem(item: KeyItem): IndexItem {
  if (item === null || typeof item !== 'object') return item === '...' ? ELLIPSIS : item;
  if ('slice' in item) {
    const [start, stop, step] = item.slice;
    return { start, stop, step };
  }
  if ('list' in item) return item.list as number[];
  return fromNested(item.tensor as number[], item.dtype as torch.DType);
}

function assertMatches(label: string, actual: Tensor, expected: Recorded): void {
  const reference = fromRecorded(expected);
  assert.deepEqual(actual.shape, expected.shape, `${label} shape`);
  assert.equal(actual.dtype, expected.dtype, `${label} dtype`);
  const a = torch.contiguous(actual).contiguousData();
  const b = reference.contiguousData();
  assert.deepEqual([...a].map((v) => Object.is(v, -0) ? '-0' : v), [...b].map((v) => Object.is(v, -0) ? '-0' : v), `${label} values`);
}

function assertRaises(run: () => unknown, expected: Raised): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof TorchError, `a TorchError, not ${String(error)}`);
    assert.equal(error.kind, expected.type);
    assert.equal(error.message, expected.message);
    return true;
  });
}

for (const [name, expected] of Object.entries(fixture.get)) {
  test(`indexing/get/${name} matches PyTorch`, () => {
    const input = fromRecorded(expected.input);
    input.requiresGrad = expected.input.dtype === 'float32';
    const key = expected.key.map(keyItem);
    if (expected.error) return assertRaises(() => index(input, key), expected.error);
    const out = index(input, key);
    assertMatches('output', out, expected.output!);
    assert.equal(shownName(out.gradFn?.name), expected.grad_fn, 'grad_fn');
    assert.equal(out.base !== null, expected.is_view, 'is a view');
    if (expected.grad) {
      const [grad] = torch.grad([out], [input], { gradOutputs: [fromRecorded(expected.upstream!)] });
      assertMatches('grad', grad!, expected.grad);
    }
  });
}

function writtenTensor(kind: SetCase['target'], tracked: Tensor): Tensor {
  if (kind === 'leaf') return tracked;
  if (kind === 'untracked') return torch.zeros(tracked.shape, 'float32');
  const copy = torch.mul(tracked, torch.wrapNumber(1, 'int64'));
  return kind === 'view' ? torch.select(copy, 0, 1) : copy;
}

for (const [name, expected] of Object.entries(fixture.set)) {
  test(`indexing/set/${name} matches PyTorch`, () => {
    const tracked = fromRecorded(expected.input);
    tracked.requiresGrad = true;
    const target = writtenTensor(expected.target, tracked);
    const value = typeof expected.value === 'number' ? expected.value : fromRecorded(expected.value);
    if (typeof value !== 'number') value.requiresGrad = expected.value_requires_grad;
    const key = expected.key.map(keyItem);
    if (expected.error) return assertRaises(() => indexPut(target, key, value), expected.error);
    const version = target.version.value;
    indexPut(target, key, value);
    assertMatches('written', target, expected.output!);
    assert.equal(target.version.value - version, expected.version_bump, 'version bump');
    assert.equal(shownName(target.gradFn?.name), expected.grad_fn, 'grad_fn');
    assert.deepEqual(target.gradFn?.nextFunctions.map(([node]) => shownName(node?.name)) ?? null, expected.next_functions, 'next_functions');
    if (expected.grads) {
      const wanted = [tracked, value].filter((t): t is Tensor => typeof t !== 'number' && t.requiresGrad);
      const grads = torch.grad([target], wanted, { gradOutputs: [fromRecorded(expected.upstream!)], allowUnused: true });
      expected.grads.forEach((recorded, i) => {
        if (recorded === null) assert.equal(grads[i], null, `grad ${i} is None`);
        else assertMatches(`grad ${i}`, grads[i]!, recorded);
      });
    }
  });
}

const float = (...shape: number[]) => torch.zeros(shape, 'float32');
const long = (values: unknown) => fromNested(values as number[], 'int64');
const scalar = (value: number) => fromNested(value, 'float32');

/** The engine's spelling of each error case's PyTorch expression. */
const ERRORS: Record<string, () => unknown> = {
  cat_empty_list: () => cat([]),
  cat_zero_dim: () => cat([scalar(1), scalar(2)]),
  cat_sizes: () => cat([float(2, 3), float(2, 4)]),
  cat_ranks: () => cat([float(2, 3), float(3)]),
  cat_dim_range: () => cat([float(2, 3), float(2, 3)], 2),
  stack_empty_list: () => stack([]),
  stack_sizes: () => stack([float(2, 3), float(2, 4)]),
  stack_dim_range: () => stack([float(2, 3), float(2, 3)], 3),
  split_zero: () => split(float(5, 2), 0),
  split_negative: () => split(float(5, 2), -1),
  split_sizes_sum: () => split(float(5, 2), [2, 2]),
  split_sizes_negative: () => split(float(5, 2), [6, -1]),
  split_zero_dim: () => split(scalar(1), 1),
  chunk_zero: () => chunk(float(5, 2), 0),
  chunk_zero_dim: () => chunk(scalar(1), 2),
  flip_repeated_dim: () => flip(float(2, 3), [0, -2]),
  flip_dim_range: () => flip(float(2, 3), [2]),
  roll_misaligned: () => roll(float(2, 3), [1, 2], [0]),
  repeat_too_few: () => repeat(float(2, 3), [2]),
  repeat_negative: () => repeat(float(2, 3), [2, -1]),
  narrow_too_long: () => narrow(float(2, 3), 1, 2, 2),
  narrow_negative_length: () => narrow(float(2, 3), 1, 0, -1),
  narrow_start_range: () => narrow(float(2, 3), 1, 4, 0),
  narrow_zero_dim: () => narrow(scalar(1), 0, 0, 1),
  flatten_order: () => flatten(float(2, 3), 1, 0),
  unflatten_product: () => unflatten(float(2, 3), 1, [2, 2]),
  unflatten_negative_dim_product: () => unflatten(float(2, 3), -1, [2, -1]),
  unflatten_empty: () => unflatten(float(2, 3), 1, []),
  gather_out_of_bounds: () => gather(float(2, 3), 1, long([[0], [3]])),
  gather_negative: () => gather(float(2, 3), 1, long([[0], [-1]])),
  gather_rank: () => gather(float(2, 3), 1, long([0])),
  gather_size: () => gather(float(2, 3), 1, long([[0], [1], [2]])),
  gather_float_index: () => gather(float(2, 3), 1, fromNested([[0]], 'float32')),
  index_select_out_of_bounds: () => indexSelect(float(2, 3), 1, long([3])),
  index_select_negative: () => indexSelect(float(2, 3), 1, long([-1])),
  index_select_matrix_index: () => indexSelect(float(2, 3), 0, long([[1]])),
  index_select_float_index: () => indexSelect(float(2, 3), 1, fromNested([0], 'float32')),
  scatter_add_out_of_bounds: () => scatterAdd(float(2, 3), 1, long([[0, 4]]), torch.ones([2, 3], 'float32')),
  scatter_add_dtype: () => scatterAdd(float(2, 3), 1, long([[0, 1]]), torch.ones([2, 3], 'float64')),
  scatter_add_size: () => scatterAdd(float(2, 3), 1, long([[0, 1, 2, 0]]), torch.ones([2, 3], 'float32')),
  bmm_rank: () => bmm(float(3, 4), float(2, 4, 5)),
  bmm_rank2: () => bmm(float(2, 3, 4), float(2, 4)),
  bmm_sizes: () => bmm(float(2, 3, 4), float(2, 5, 5)),
  bmm_batch: () => bmm(float(2, 3, 4), float(3, 4, 5)),
  bmm_dtype: () => bmm(float(2, 3, 4), torch.zeros([2, 4, 5], 'float64')),
  matmul_batch_mismatch: () => torch.matmul(float(2, 3, 4), float(3, 4, 5)),
  matmul_folded_mismatch: () => torch.matmul(float(2, 3, 4), float(5, 6)),
  matmul_folded_vector_mismatch: () => torch.matmul(float(2, 3, 4), float(5)),
  matmul_vector_batch_mismatch: () => torch.matmul(float(5), float(2, 4, 5)),
  matmul_bmm_mismatch: () => torch.matmul(float(2, 3, 4), float(2, 5, 6)),
  mv_mismatch: () => torch.mv(float(3, 6), float(5)),
};

for (const [name, expected] of Object.entries(fixture.errors)) {
  test(`shape op errors/${name}: ${expected.type} as PyTorch words it`, () => {
    const run = ERRORS[name];
    assert.ok(run, `case ${name} has an engine counterpart`);
    assertRaises(run, expected);
  });
}
