// The products op family (tools/opcases/products.py): addmm, addmv, addr, baddbmm, addbmm in every operand
// layout, vdot, inner, kron, tensordot and cross.
import * as torch from '../../../engine/tensor/index';
import type { Tensor } from '../../../engine/tensor/tensor';
import type { OpCase } from '../opCases';

const double = (a: Tensor) => torch.toDtype(a, 'float64');
const swap = (a: Tensor) => torch.transpose(a, 1, 2);

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, OpCase> = {
  addmm: (c, a, b) => torch.addmm(c!, a!, b!),
  addmm_bias_row: (c, a, b) => torch.addmm(c!, a!, b!),
  addmm_scaled: (c, a, b) => torch.addmm(c!, a!, b!, 0.7, -1.3),
  addmm_scaled_mat2_t: (c, a, b) => torch.addmm(c!, a!, torch.t(b!), 0.7, -1.3),
  addmm_scaled_mat1_t: (c, a, b) => torch.addmm(c!, torch.t(a!), b!, 0.3, 1.7),
  addmm_linear_like: (c, a, b) => torch.addmm(c!, a!, torch.t(b!)),
  addmm_one_column: (c, a, b) => torch.addmm(c!, a!, b!, 0.6, 1.1),
  addmm_one_column_mat1_t: (c, a, b) => torch.addmm(c!, torch.t(a!), b!, 0.6, 1.1),
  addmm_beta0: (c, a, b) => torch.addmm(c!, a!, b!, 0, 0.9),
  addmm_large: (c, a, b) => torch.addmm(c!, a!, b!, 0.5, 2.1),
  addmm_large_t: (c, a, b) => torch.addmm(c!, a!, torch.t(b!), 0.5, 2.1),
  addmm_float64: (c, a, b) => torch.addmm(double(c!), double(a!), double(b!), 0.7, 1.3),
  addmm_inplace: (c, a, b) => torch.applyInPlace(torch.mul(c!, torch.wrapNumber(1, 'int64')), (input) => torch.addmm(input, a!, b!, 1, 0.5), false),
  addmv: (c, a, v) => torch.addmv(c!, a!, v!),
  addmv_scaled: (c, a, v) => torch.addmv(c!, a!, v!, 0.7, -1.3),
  addmv_scaled_t: (c, a, v) => torch.addmv(c!, torch.t(a!), v!, 0.7, -1.3),
  addmv_broadcast: (c, a, v) => torch.addmv(c!, a!, v!, 1, 2.5),
  addr: (c, a, b) => torch.addr(c!, a!, b!),
  addr_scaled: (c, a, b) => torch.addr(c!, a!, b!, 0.7, 1.5),
  addr_beta0: (c, a, b) => torch.addr(c!, a!, b!, 0, 1.3),
  addr_broadcast: (c, a, b) => torch.addr(c!, a!, b!, -0.3),
  baddbmm_small: (c, a, b) => torch.baddbmm(c!, a!, b!, 0.7, 1.3),
  baddbmm_large: (c, a, b) => torch.baddbmm(c!, a!, b!, 0.7, 1.3),
  baddbmm_large_t: (c, a, b) => torch.baddbmm(c!, a!, swap(b!), 0.7, 1.3),
  addbmm: (c, a, b) => torch.addbmm(c!, a!, b!, 0.7, 1.3),
  addbmm_t: (c, a, b) => torch.addbmm(c!, a!, swap(b!)),
  vdot: (a, b) => torch.vdot(a!, b!),
  inner: (a, b) => torch.inner(a!, b!),
  inner_1d: (a, b) => torch.inner(a!, b!),
  kron: (a, b) => torch.kron(a!, b!),
  kron_ranks: (a, b) => torch.kron(a!, b!),
  tensordot: (a, b) => torch.tensordot(a!, b!, [-2, -1], [0, 1]),
  tensordot_lists: (a, b) => torch.tensordot(a!, b!, [0, 2], [1, 0]),
  cross: (a, b) => torch.cross(a!, b!),
  cross_dim0: (a, b) => torch.cross(a!, b!, 0),
  cross_broadcast: (a, b) => torch.cross(a!, b!, -1),
};
