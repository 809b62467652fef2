// The cumulative op family (tools/opcases/cumulative.py): cummax/cummin and deg2rad/rad2deg.
import * as torch from '../../../engine/tensor/index';
import type { Tensor } from '../../../engine/tensor/tensor';
import type { OpCase } from '../opCases';

const pair = ({ values, indices }: torch.ValuesAndIndices): Tensor[] => [values, indices];
const int = (value: number) => torch.wrapNumber(value, 'int64');
const nanWhere = (a: Tensor, value: number) => torch.where(torch.eq(a, int(value)), torch.full([], NaN, 'float32'), a);

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, OpCase> = {
  cummax_last: (a) => pair(torch.cummax(a!, -1)),
  cummin_dim0: (a) => pair(torch.cummin(a!, 0)),
  cummax_ties: (a) => pair(torch.cummax(a!, 1)),
  cummin_ties_middle: (a) => pair(torch.cummin(a!, 1)),
  cummax_nan: (a) => pair(torch.cummax(nanWhere(a!, 2), 1)),
  cummin_nan: (a) => pair(torch.cummin(nanWhere(a!, 0), 0)),
  cummax_int: (a) => pair(torch.cummax(a!, 0)),
  cummin_bool: (a) => pair(torch.cummin(a!, 0)),
  cummax_0d: (a) => pair(torch.cummax(torch.sum(a!), 0)),
  deg2rad: (a) => torch.deg2rad(torch.mul(a!, int(100))),
  rad2deg: (a) => torch.rad2deg(a!),
  deg2rad_float64: (a) => torch.deg2rad(torch.mul(torch.toDtype(a!, 'float64'), int(100))),
  rad2deg_int: (a) => torch.rad2deg(a!),
  cumprod: (a) => torch.cumprod(a!, 1),
  cumprod_dim0: (a) => torch.cumprod(a!, 0),
  cumprod_zeros: (a) => torch.cumprod(a!, 1),
  cumprod_int: (a) => torch.cumprod(a!, 0),
  cumprod_dtype: (a) => torch.cumprod(a!, 0, 'float64'),
  logcumsumexp: (a) => torch.logcumsumexp(torch.mul(a!, int(3)), 0),
  logcumsumexp_dim1: (a) => torch.logcumsumexp(a!, 1),
  logcumsumexp_infinities: (a) => torch.logcumsumexp(torch.add(torch.fromNested([-Infinity, -Infinity, 1, Infinity, NaN, 2], 'float32'), torch.mul(a!, int(0))), 0),
  logcumsumexp_float64: (a) => torch.logcumsumexp(torch.toDtype(a!, 'float64'), 0),
  cumsum_inplace: (a) => torch.applyInPlace(torch.mul(a!, int(1)), (x) => torch.cumsum(x, 0), false),
  cumprod_inplace: (a) => torch.applyInPlace(torch.mul(a!, int(1)), (x) => torch.cumprod(x, 1), true),
};

/** Cases whose inputs have tied values (or NaNs): a running extreme is not differentiable there. */
export const TIED_CASES = ['cummax_ties', 'cummin_ties_middle', 'cummax_nan', 'cummin_nan'];

/** Every case of this family is exact. */
export const ULP_ALLOWANCE: Record<string, number> = {};
