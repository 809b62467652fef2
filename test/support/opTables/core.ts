// The core op family (tools/opcases/core.py): arithmetic, unary math, sums, matmul, views, BCE with logits.
import * as torch from '../../../engine/tensor/index';
import type { Tensor } from '../../../engine/tensor/index';

const float = (value: number) => torch.wrapNumber(value, 'float32');
const int = (value: number) => torch.wrapNumber(value, 'int64');

/** The cases' float64 (or float32) sum inputs: detached float32 draws / 3. */
const thirds = (a: Tensor, dtype: 'float32' | 'float64') => torch.div(torch.toDtype(torch.detach(a), dtype), int(3));

const SUM_LENGTHS = [...Array.from({ length: 70 }, (_, i) => i + 1), 4095, 4096, 4097, 4098, 4099, 4100];
const SUM_DIMS = [[0], [1], [2], [0, 1], [1, 2], [0, 2], [2, 0]];

function sumLengths(a: Tensor): Tensor[] {
  const prefix = (n: number) => torch.slice(a, 0, 0, n);
  return [...SUM_LENGTHS.map((n) => torch.sum(prefix(n))), ...[16, 64, 4097].map((n) => torch.mean(prefix(n)))];
}

function sumLayouts(a: Tensor): Tensor[] {
  const views = [a, torch.transpose(a, 0, 2), torch.permute(a, [1, 2, 0]), torch.slice(a, 1, 0, a.shape[1]!, 2)];
  const sums = views.flatMap((v) => SUM_DIMS.map((dims, i) => torch.sum(v, dims, i % 2 === 1)));
  return [...sums, ...views.flatMap((v) => SUM_DIMS.map((dims) => torch.mean(v, dims))), ...views.map((v) => torch.sum(v))];
}

function longColumns(rows: Tensor): Tensor[] {
  const scale = torch.add(torch.div(torch.arange(0, 4097, 1, 'float64'), int(4097)), torch.wrapNumber(0.5, 'float64'));
  const a = torch.mul(torch.slice(torch.repeat(rows, [43, 1]), 0, 0, 4097), torch.unsqueeze(scale, 1));
  const columns = (start: number, end: number) => torch.slice(a, 1, start, end);
  return [
    torch.sum(a, [0]),
    torch.sum(columns(0, 3), [0]),
    torch.sum(torch.t(a), [1]),
    torch.sum(columns(1, 21), [0], true),
    torch.sum(torch.slice(torch.slice(a, 0, 0, 4097, 2), 1, 0, 21, 5), [0]),
    torch.sum(a),
  ];
}

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, (...inputs: Tensor[]) => Tensor | Tensor[]> = {
  add: (a, b) => torch.add(a!, b!),
  add_scalar: (a) => torch.add(a!, float(2.5)),
  sub: (a, b) => torch.sub(a!, b!),
  rsub_scalar: (a) => torch.rsub(a!, int(1)),
  mul: (a, b) => torch.mul(a!, b!),
  mul_scalar: (a) => torch.mul(a!, float(0.1)),
  div: (a, b) => torch.div(a!, b!),
  div_int_tensors: (a, b) => torch.div(a!, torch.add(b!, int(1))),
  neg: (a) => torch.neg(a!),
  pow_2: (a) => torch.powScalar(a!, int(2)),
  pow_3: (a) => torch.powScalar(a!, int(3)),
  pow_half: (a) => torch.powScalar(a!, float(0.5)),
  pow_1_7: (a) => torch.powScalar(a!, torch.wrapNumber(1.7, 'float64')),
  int_plus_float_scalar: (a) => torch.add(a!, float(1.5)),
  bool_plus_int: (a) => torch.add(a!, int(1)),
  float64_plus_float32: (a, b) => torch.add(torch.toDtype(a!, 'float64'), b!),
  exp: (a) => torch.exp(a!),
  log: (a) => torch.log(a!),
  sqrt: (a) => torch.sqrt(a!),
  tanh: (a) => torch.tanh(a!),
  sigmoid: (a) => torch.sigmoid(a!),
  relu: (a) => torch.relu(a!),
  clamp: (a) => torch.clamp(a!, -0.5, 0.5),
  clamp_min: (a) => torch.clamp(a!, Math.fround(0.1)),
  sum_all_small: (a) => torch.sum(a!),
  sum_all_37: (a) => torch.sum(a!),
  sum_all_1000: (a) => torch.sum(a!),
  sum_dim1: (a) => torch.sum(a!, [1]),
  sum_dim0: (a) => torch.sum(a!, [0]),
  sum_dim0_keepdim: (a) => torch.sum(a!, [0], true),
  sum_middle: (a) => torch.sum(a!, [1]),
  sum_int: (a) => torch.sum(a!),
  mean_all: (a) => torch.mean(a!),
  mean_dim: (a) => torch.mean(a!, [-1]),
  mm: (a, b) => torch.mm(a!, b!),
  matmul_vec_mat: (a, b) => torch.matmul(a!, b!),
  matmul_mat_vec: (a, b) => torch.matmul(a!, b!),
  matmul_dot: (a, b) => torch.matmul(a!, b!),
  mm_t: (a, b) => torch.mm(torch.t(a!), b!),
  view: (a) => torch.mul(torch.view(a!, [3, 4]), int(2)),
  reshape_noncontiguous: (a) => torch.mul(torch.reshape(torch.t(a!), [-1]), int(2)),
  transpose: (a) => torch.mul(torch.transpose(a!, 0, 2), int(2)),
  permute: (a) => torch.mul(torch.permute(a!, [2, 0, 1]), int(2)),
  unsqueeze_squeeze: (a) => torch.mul(torch.squeeze(torch.unsqueeze(a!, 1)), int(2)),
  expand: (a) => torch.mul(torch.expand(a!, [3, 4]), int(2)),
  select: (a) => torch.mul(torch.select(a!, 0, 1), int(2)),
  bce_with_logits: (a, b) => torch.binaryCrossEntropyWithLogits(a!, b!),
  bce_with_logits_sum: (a, b) => torch.binaryCrossEntropyWithLogits(a!, b!, 'sum'),
  bce_with_logits_none: (a, b) => torch.binaryCrossEntropyWithLogits(a!, b!, 'none'),
  sum_lengths_float64: (a) => sumLengths(thirds(a!, 'float64')),
  sum_lengths_float32: (a) => sumLengths(thirds(a!, 'float32')),
  sum_layouts_float64: (a) => sumLayouts(thirds(a!, 'float64')),
  sum_layouts_float32: (a) => sumLayouts(thirds(a!, 'float32')),
  sum_layouts_wide_float64: (a) => sumLayouts(thirds(a!, 'float64')),
  sum_long_columns_float64: (a) => longColumns(thirds(a!, 'float64')),
  sum_expanded_float64: (a) => sumLayouts(torch.expand(thirds(a!, 'float64'), [4, 9, 17])),
};

/** No allowance: float32 tanh follows SLEEF's tanhf exactly. */
export const ULP_ALLOWANCE: Record<string, number> = {};

