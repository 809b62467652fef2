// The scatter op family (tools/opcases/scatter.py): scatter and scatter_reduce, index_add/copy/fill, index_put,
// masked_select/scatter, take/put, take_along_dim, positions, counts and bins; plus the errors PyTorch raises
// for them, with its messages.
import * as torch from '../../engine/tensor/index';
import { runErrorCases, runOpCases } from '../support/opCases';
import { OPS } from '../support/opTables/scatter';

runOpCases('scatter', OPS);

// ------------------------------------------------------------------------------------------------------------
// Errors

const x = () => torch.zeros([3, 4], 'float32');
const ints = (values: number[] | number[][], dtype: torch.DType = 'int64') => torch.fromNested(values, dtype);
const i = () => ints([[0, 1], [2, 0]]);
const ones = (shape: number[], dtype: torch.DType = 'float32') => torch.full(shape, 1, dtype);
const izeros = (shape: number[]) => torch.zeros(shape, 'int64');
const bools = (shape: number[]) => torch.full(shape, 1, 'bool');

const ERROR_OPS: Record<string, () => unknown> = {
  scatter_index_dtype: () => torch.scatter(x(), 0, ints([[0, 1], [2, 0]], 'int32'), 1.0),
  scatter_src_dtype: () => torch.scatter(x(), 0, i(), ones([2, 2], 'float64')),
  scatter_index_rank: () => torch.scatter(x(), 0, ints([0, 1]), ones([2, 2])),
  scatter_index_too_big: () => torch.scatter(x(), 0, izeros([2, 5]), ones([2, 5])),
  scatter_src_too_small: () => torch.scatter(x(), 0, izeros([2, 3]), ones([2, 2])),
  scatter_value_index_too_big: () => torch.scatter(x(), 1, izeros([4, 1]), 1.0),
  scatter_out_of_range: () => torch.scatter(x(), 0, ints([[3]]), 1.0),
  scatter_negative: () => torch.scatter(x(), 1, ints([[-1]]), ones([1, 1])),
  scatter_bad_dim: () => torch.scatter(x(), 2, i(), 1.0),
  scatter_bad_reduce: () => torch.scatter(x(), 0, i(), 1.0, 'max'),
  scatter_add_out_of_range: () => torch.scatterAdd(x(), 1, ints([[4]]), ones([1, 1])),
  scatter_reduce_bad_reduce: () => torch.scatterReduce(x(), 0, i(), ones([2, 2]), 'max'),
  scatter_reduce_src_dtype: () => torch.scatterReduce(x(), 0, i(), ones([2, 2], 'int64'), 'sum'),
  index_add_source_shape: () => torch.indexAdd(x(), 0, ints([0, 1]), ones([2, 3])),
  index_add_index_count: () => torch.indexAdd(x(), 0, ints([0, 1, 2]), ones([2, 4])),
  index_add_index_2d: () => torch.indexAdd(x(), 0, ints([[0, 1]]), ones([2, 4])),
  index_add_index_float: () => torch.indexAdd(x(), 0, torch.zeros([1], 'float32'), ones([1, 4])),
  index_add_dtype: () => torch.indexAdd(x(), 0, ints([0]), ones([1, 4], 'float64')),
  index_add_out_of_range: () => torch.indexAdd(x(), 0, ints([3]), ones([1, 4])),
  index_add_out_of_range_dim1: () => torch.indexAdd(x(), 1, ints([-1]), ones([3, 1])),
  index_copy_source_shape: () => torch.indexCopy(x(), 0, ints([0, 1]), ones([2, 3])),
  index_copy_index_count: () => torch.indexCopy(x(), 0, ints([0]), ones([2, 4])),
  index_copy_out_of_range: () => torch.indexCopy(x(), 1, ints([4]), ones([3, 1])),
  index_copy_dtype: () => torch.indexCopy(x(), 0, ints([0]), ones([1, 4], 'int64')),
  index_copy_index_int32: () => torch.indexCopy(x(), 0, ints([0], 'int32'), ones([1, 4])),
  index_fill_out_of_range: () => torch.indexFill(x(), 0, ints([5]), 1.0),
  index_fill_index_float: () => torch.indexFill(x(), 0, torch.zeros([1], 'float32'), 1.0),
  index_fill_value_dims: () => torch.indexFill(x(), 0, ints([0]), ones([2])),
  index_put_dtype: () => torch.indexPutTensors(x(), [ints([0])], ones([4], 'float64'), false),
  index_put_shape: () => torch.indexPutTensors(x(), [ints([0, 1])], ones([3]), false),
  index_put_out_of_range: () => torch.indexPutTensors(x(), [ints([3])], ones([4]), false),
  index_put_float_index: () => torch.indexPutTensors(x(), [torch.zeros([1], 'float32')], ones([4]), false),
  index_put_too_many: () => torch.indexPutTensors(x(), [ints([0, 1]), ints([2, 0]), ints([0, 1])], ones([]), false),
  masked_select_not_bool: () => torch.maskedSelect(x(), ones([3, 4])),
  masked_select_shape: () => torch.maskedSelect(x(), bools([3])),
  masked_scatter_too_small: () => torch.maskedScatter(x(), bools([3, 4]), ones([5])),
  masked_scatter_dtype: () => torch.maskedScatter(x(), bools([3, 4]), ones([12], 'float64')),
  take_out_of_range: () => torch.take(x(), ints([12])),
  take_negative_out_of_range: () => torch.take(x(), ints([-13])),
  take_index_dtype: () => torch.take(x(), ints([1], 'int32')),
  take_along_dim_rank: () => torch.takeAlongDim(x(), ints([0]), 0),
  take_along_dim_index_dtype: () => torch.takeAlongDim(x(), torch.zeros([1, 1], 'float32'), 0),
  take_along_dim_broadcast: () => torch.takeAlongDim(x(), izeros([2, 3]), 0),
  put_out_of_range: () => torch.put(x(), ints([12]), ones([1])),
  put_numel: () => torch.put(x(), ints([0, 1]), ones([3])),
  put_dtype: () => torch.put(x(), ints([0]), ones([1], 'int64')),
  count_nonzero_bad_dim: () => torch.countNonzero(x(), [2]),
  count_nonzero_repeated_dim: () => torch.countNonzero(x(), [1, -1]),
  bincount_negative: () => torch.bincount(ints([1, -1])),
  bincount_float: () => torch.bincount(ones([1])),
  bincount_2d: () => torch.bincount(ints([[1]])),
  bincount_weights_shape: () => torch.bincount(ints([1, 2]), ones([3])),
  bincount_minlength_negative: () => torch.bincount(ints([1]), undefined, -1),
  histc_int: () => torch.histc(ints([1, 2]), 3),
  histc_bins: () => torch.histc(ones([3]), 0),
  histc_range: () => torch.histc(ones([3]), 2, 2, 1),
  bucketize_boundaries_2d: () => torch.bucketize(ones([2]), ones([2, 2])),
  searchsorted_side_mismatch: () => torch.searchsorted(ones([3]), ones([2]), { right: true, side: 'left' }),
  searchsorted_bad_side: () => torch.searchsorted(ones([3]), ones([2]), { side: 'middle' }),
  searchsorted_rows_mismatch: () => torch.searchsorted(ones([2, 3]), ones([3, 2])),
  searchsorted_sorter_dtype: () => torch.searchsorted(ones([3]), ones([2]), { sorter: torch.zeros([3], 'int32') }),
  searchsorted_sorter_shape: () => torch.searchsorted(ones([3]), ones([2]), { sorter: izeros([2]) }),
};

runErrorCases('scatter', ERROR_OPS);
