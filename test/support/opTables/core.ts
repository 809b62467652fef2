// The core op family (tools/opcases/core.py): arithmetic, unary math, sums, matmul, views, BCE with logits.
import * as torch from '../../../engine/tensor/index';
import type { Tensor } from '../../../engine/tensor/index';

const float = (value: number) => torch.wrapNumber(value, 'float32');
const int = (value: number) => torch.wrapNumber(value, 'int64');

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, (...inputs: Tensor[]) => Tensor> = {
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
};

/** No allowance: float32 tanh follows SLEEF's tanhf exactly. */
export const ULP_ALLOWANCE: Record<string, number> = {};

