// The sorting op family (tools/opcases/sorting.py): sort, argsort, msort, topk, kthvalue, median, nanmedian,
// mode, unique and unique_consecutive.
import * as torch from '../../../engine/tensor/index';
import type { Tensor } from '../../../engine/tensor/tensor';
import type { OpCase } from '../opCases';

const pair = ({ values, indices }: torch.ValuesAndIndices): Tensor[] => [values, indices];
const int = (value: number) => torch.wrapNumber(value, 'int64');
const withNans = (a: Tensor) => torch.where(torch.eq(a, int(2)), torch.full([], NaN, 'float32'), a);
const all = ({ values, inverse, counts }: torch.UniqueResult): Tensor[] => [values, inverse, counts];

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, OpCase> = {
  sort_last: (a) => pair(torch.sort(a!)),
  sort_dim0_desc: (a) => pair(torch.sort(a!, 0, true)),
  sort_ties_short: (a) => pair(torch.sort(a!)),
  sort_ties_long: (a) => pair(torch.sort(a!)),
  sort_ties_long_desc: (a) => pair(torch.sort(a!, -1, true)),
  sort_ties_dim0: (a) => pair(torch.sort(a!, 0)),
  sort_ties_stable: (a) => pair(torch.sort(a!, -1, false, true)),
  sort_ties_stable_desc: (a) => pair(torch.sort(a!, -1, true, true)),
  sort_stable_false: (a) => pair(torch.sort(a!, -1, false, false)),
  sort_nan: (a) => pair(torch.sort(withNans(a!))),
  sort_nan_desc: (a) => pair(torch.sort(withNans(a!), -1, true)),
  sort_int: (a) => pair(torch.sort(a!)),
  sort_int32_desc: (a) => pair(torch.sort(a!, -1, true)),
  sort_bool: (a) => pair(torch.sort(a!)),
  sort_float64: (a) => pair(torch.sort(torch.toDtype(a!, 'float64'), 0)),
  sort_0d: (a) => pair(torch.sort(torch.sum(a!))),
  argsort_ties: (a) => torch.argsort(a!),
  argsort_desc_dim0: (a) => torch.argsort(a!, 0, true),
  argsort_stable: (a) => torch.argsort(a!, -1, false, true),
  msort: (a) => torch.msort(a!),
  topk_last: (a) => pair(torch.topk(a!, 3)),
  topk_smallest_dim0: (a) => pair(torch.topk(a!, 2, 0, false)),
  topk_ties_nth: (a) => pair(torch.topk(a!, 5)),
  topk_ties_partial: (a) => pair(torch.topk(a!, 3)),
  topk_ties_partial_smallest: (a) => pair(torch.topk(a!, 2, -1, false)),
  topk_ties_unsorted: (a) => pair(torch.topk(a!, 6, -1, true, false)),
  topk_nan: (a) => pair(torch.topk(withNans(a!), 4)),
  topk_nan_smallest: (a) => pair(torch.topk(withNans(a!), 4, -1, false)),
  topk_int: (a) => pair(torch.topk(a!, 4)),
  topk_all: (a) => pair(torch.topk(a!, 5)),
  topk_zero: (a) => pair(torch.topk(a!, 0)),
  kthvalue_last: (a) => pair(torch.kthvalue(a!, 3)),
  kthvalue_dim0_keepdim: (a) => pair(torch.kthvalue(a!, 2, 0, true)),
  kthvalue_ties: (a) => pair(torch.kthvalue(a!, 10)),
  kthvalue_ties_small: (a) => pair(torch.kthvalue(a!, 2)),
  kthvalue_nan: (a) => pair(torch.kthvalue(withNans(a!), 25)),
  kthvalue_int: (a) => pair(torch.kthvalue(a!, 7)),
  kthvalue_0d: (a) => pair(torch.kthvalue(torch.sum(a!), 1)),
  median_all_odd: (a) => torch.median(a!),
  median_all_even: (a) => torch.median(a!),
  median_all_ties: (a) => torch.median(a!),
  median_all_nan: (a) => torch.median(withNans(a!)),
  median_all_int: (a) => torch.median(a!),
  median_dim: (a) => pair(torch.medianDim(a!, 1)),
  median_dim0_keepdim: (a) => pair(torch.medianDim(a!, 0, true)),
  median_dim_ties: (a) => pair(torch.medianDim(a!, -1)),
  median_dim_nan: (a) => pair(torch.medianDim(withNans(a!), 1)),
  median_dim_int: (a) => pair(torch.medianDim(a!, 0)),
  nanmedian_all: (a) => torch.nanmedian(withNans(a!)),
  nanmedian_dim: (a) => pair(torch.nanmedianDim(withNans(a!), 1)),
  mode_last: (a) => pair(torch.mode(a!)),
  mode_long: (a) => pair(torch.mode(a!)),
  mode_dim0_keepdim: (a) => pair(torch.mode(a!, 0, true)),
  mode_int: (a) => pair(torch.mode(a!)),
  mode_bool: (a) => pair(torch.mode(a!)),
  mode_distinct: (a) => pair(torch.mode(a!, 1)),
  unique_int: (a) => torch.unique(a!).values,
  unique_inverse_counts: (a) => all(torch.unique(a!)),
  unique_float: (a) => {
    const { values, counts } = torch.unique(torch.detach(a!));
    return [values, counts];
  },
  unique_bool: (a) => {
    const { values, inverse } = torch.unique(a!);
    return [values, inverse];
  },
  unique_dim0: (a) => all(torch.uniqueDim(torch.remainder(a!, int(2)), 0)),
  unique_dim1: (a) => torch.uniqueDim(torch.detach(a!), 1).values,
  unique_consecutive: (a) => all(torch.uniqueConsecutive(torch.floorDivide(a!, int(4)))),
  unique_consecutive_2d: (a) => torch.uniqueConsecutive(torch.detach(a!)).values,
  unique_consecutive_dim: (a) => {
    const { values, counts } = torch.uniqueConsecutive(torch.floorDivide(a!, int(8)), 0);
    return [values, counts];
  },
};

/** Every case of this family is exact. */
export const ULP_ALLOWANCE: Record<string, number> = {};

/** Cases whose inputs have tied values (or NaNs): selection is not differentiable there, for PyTorch's gradcheck too. */
export const TIED_CASES = [
  'sort_ties_short',
  'sort_ties_long',
  'sort_ties_long_desc',
  'sort_ties_dim0',
  'sort_ties_stable',
  'sort_ties_stable_desc',
  'sort_stable_false',
  'sort_nan',
  'sort_nan_desc',
  'sort_float64',
  'msort',
  'topk_ties_nth',
  'topk_ties_partial',
  'topk_ties_partial_smallest',
  'topk_ties_unsorted',
  'topk_nan',
  'topk_nan_smallest',
  'topk_all',
  'kthvalue_ties',
  'kthvalue_ties_small',
  'kthvalue_nan',
  'median_all_ties',
  'median_all_nan',
  'median_dim_ties',
  'median_dim_nan',
  'nanmedian_all',
  'nanmedian_dim',
  'mode_last',
  'mode_long',
  'mode_dim0_keepdim',
];
