// The products op family (tools/opcases/products.py): addmm, addmv, addr, baddbmm, addbmm, vdot, inner, kron,
// einsum, cdist, dist, tensordot and cross; plus the errors PyTorch raises for them, with its messages.
import * as torch from '../../engine/tensor/index';
import { runErrorCases, runOpCases } from '../support/opCases';
import { OPS } from '../support/opTables/products';

runOpCases('products', OPS);

const m = (...shape: number[]) => torch.full(shape, 1, 'float32');

const ERROR_OPS: Record<string, () => unknown> = {
  addmm_bias: () => torch.addmm(m(4), m(2, 5), m(5, 3)),
  addmm_bias_rows: () => torch.addmm(m(5, 3), m(2, 5), m(5, 3)),
  addmm_shapes: () => torch.addmm(m(3), m(2, 5), m(4, 3)),
  addmm_1d: () => torch.addmm(m(3), m(5), m(5, 3)),
  addmm_dtype: () => torch.addmm(m(3), m(2, 5), torch.toDtype(m(5, 3), 'float64')),
  expand_last_dim: () => torch.expand(m(3, 2), [2, 3]),
  addmv_size: () => torch.addmv(m(3), m(2, 5), m(5)),
  addmv_vec_size: () => torch.addmv(m(2), m(2, 5), m(4)),
  addmv_ranks: () => torch.addmv(m(2), m(5), m(5)),
  addr_bias: () => torch.addr(m(3), m(2), m(4)),
  addr_2d: () => torch.addr(m(2, 4), m(2, 1), m(4)),
  baddbmm_batch2: () => torch.baddbmm(m(2, 3, 4), m(2, 3, 5), m(2, 6, 4)),
  baddbmm_bias: () => torch.baddbmm(m(3, 3, 4), m(2, 3, 5), m(2, 5, 4)),
  baddbmm_2d: () => torch.baddbmm(m(3, 4), m(3, 5), m(2, 5, 4)),
  addbmm_bias: () => torch.addbmm(m(3, 5), m(2, 3, 5), m(2, 5, 4)),
  addbmm_sizes: () => torch.addbmm(m(3, 4), m(2, 3, 5), m(2, 4, 4)),
  vdot_size: () => torch.vdot(m(3), m(4)),
  vdot_2d: () => torch.vdot(m(3, 1), m(3)),
  inner_last_dim: () => torch.inner(m(2, 3), m(4)),
  tensordot_sizes: () => torch.tensordot(m(2, 3), m(4, 5), [-1], [0]),
  cross_no_3: () => torch.cross(m(2, 4), m(2, 4)),
  cross_broadcast: () => torch.cross(m(2, 3), m(3, 3)),
  cross_dim_size: () => torch.cross(m(3, 4), m(3, 4), 1),
  cdist_1d: () => torch.cdist(m(3), m(2, 3)),
  cdist_1d_x2: () => torch.cdist(m(2, 3), m(3)),
  cdist_columns: () => torch.cdist(m(3, 2), m(2, 4)),
  cdist_negative_p: () => torch.cdist(m(3, 2), m(2, 2), -1),
  cdist_int: () => torch.cdist(torch.toDtype(m(3, 2), 'int32'), torch.toDtype(m(2, 2), 'int32')),
  cdist_dtypes: () => torch.cdist(m(3, 2), torch.toDtype(m(2, 2), 'float64')),
  cdist_batches: () => torch.cdist(m(2, 4, 3), m(3, 5, 3)),
  dist_shapes: () => torch.dist(m(3, 2), m(4, 2)),
  einsum_fewer_operands: () => torch.einsum('ij,jk', [m(2, 3)]),
  einsum_more_operands: () => torch.einsum('ij', [m(2, 3), m(3, 2)]),
  einsum_lone_dot: () => torch.einsum('i.j', [m(2, 3)]),
  einsum_two_ellipses: () => torch.einsum('......', [m(2, 3)]),
  einsum_output_ellipses: () => torch.einsum('ij->...j...', [m(2, 3)]),
  einsum_output_repeated: () => torch.einsum('ij->ii', [m(2, 3)]),
  einsum_output_unknown: () => torch.einsum('ij->k', [m(2, 3)]),
  einsum_rank: () => torch.einsum('ijk', [m(2, 3)]),
  einsum_rank_ellipsis: () => torch.einsum('ijk...', [m(2, 3)]),
  einsum_sizes: () => torch.einsum('ij,jk', [m(2, 3), m(2, 3)]),
  einsum_diagonal_sizes: () => torch.einsum('ii', [m(2, 3)]),
  einsum_invalid_subscript: () => torch.einsum('i1', [m(2, 3)]),
  einsum_invalid_output_subscript: () => torch.einsum('ij->i?', [m(2, 3)]),
  einsum_ellipsis_sizes: () => torch.einsum('...ij,...ij', [m(2, 3, 4), m(3, 3, 4)]),
  einsum_dtypes: () => torch.einsum('i,i', [m(3), torch.toDtype(m(3), 'float64')]),
};

runErrorCases('products', ERROR_OPS);
