// The scatter and index families bound with PyTorch's signatures: scatter/scatter_add/scatter_reduce,
// index_add/copy/fill/put, masked_select/scatter, take/put/take_along_dim, counts and bins; SCATTER_IN_PLACE
// holds their in-place methods (scatter_, index_add_, ...). One table entry per operation (see ops.ts).
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { typeName } from '../python/objects/core';
import { typeError } from '../python/objects/exceptions';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';
import { PyTensor } from './tensorObject';
import { pythonNumber } from './values';

/** scatter's src: a tensor, or a number given as src or value=. */
function scatterSource(a: BoundArgs): Tensor | number {
  const src = a.raw('src') ?? a.raw('value');
  if (src instanceof PyTensor) return src.tensor;
  const number = src === undefined ? undefined : pythonNumber(src);
  if (!number) throw typeError(`scatter(): argument 'src' must be Tensor or Number, not ${src === undefined ? 'None' : typeName(src)}`);
  return number.value;
}

/** A number or a 0-d tensor (index_fill's value). */
const fillValue = (a: BoundArgs): Tensor | number => (a.raw('value') instanceof PyTensor ? a.tensor('value') : a.number('value'));

/** searchsorted's values: a tensor, or a Python number (a 0-d result). */
function searchedValues(a: BoundArgs, name: string): Tensor {
  const value = a.raw(name);
  if (value instanceof PyTensor) return value.tensor;
  const number = value === undefined ? undefined : pythonNumber(value);
  if (!number) return a.tensor(name);
  return engine.wrapNumber(number.value, number.dtype === 'float32' ? 'float64' : number.dtype);
}

const searchOptions = (a: BoundArgs): engine.SearchOptions => {
  const side = a.raw('side');
  return { right: a.bool('right'), outInt32: a.bool('out_int32'), sorter: a.optionalTensor('sorter'), ...(side === undefined ? {} : { side: a.string('side', 'left') }) };
};

const DEFINITIONS = {
  scatter: (a: BoundArgs, input: Tensor) => engine.scatter(input, a.int('dim'), a.tensor('index'), scatterSource(a), a.has('reduce') ? a.string('reduce', '') : undefined),
  scatter_add: (a: BoundArgs, input: Tensor) => engine.scatterAdd(input, a.int('dim'), a.tensor('index'), a.tensor('src')),
  scatter_reduce: (a: BoundArgs, input: Tensor) =>
    engine.scatterReduce(input, a.int('dim'), a.tensor('index'), a.tensor('src'), a.string('reduce', ''), a.bool('include_self', true)),
  index_add: (a: BoundArgs, input: Tensor) => engine.indexAdd(input, a.int('dim'), a.tensor('index'), a.tensor('source'), a.number('alpha', 1)),
  index_copy: (a: BoundArgs, input: Tensor) => engine.indexCopy(input, a.int('dim'), a.tensor('index'), a.tensor('source')),
  index_fill: (a: BoundArgs, input: Tensor) => engine.indexFill(input, a.int('dim'), a.tensor('index'), fillValue(a)),
  index_put: (a: BoundArgs, input: Tensor) => engine.indexPutTensors(input, a.tensors('indices'), a.tensor('values'), a.bool('accumulate')),
  masked_scatter: (a: BoundArgs, input: Tensor) => engine.maskedScatter(input, a.tensor('mask'), a.tensor('source')),
  put: (a: BoundArgs, input: Tensor) => engine.put(input, a.tensor('index'), a.tensor('source'), a.bool('accumulate')),
};

const SIGNATURES: Record<keyof typeof DEFINITIONS, string> = {
  scatter: 'input, dim, index, src=, *, value=, reduce=',
  scatter_add: 'input, dim, index, src',
  scatter_reduce: 'input, dim, index, src, reduce, *, include_self=',
  index_add: 'input, dim, index, source, *, alpha=',
  index_copy: 'input, dim, index, source',
  index_fill: 'input, dim, index, value',
  index_put: 'input, indices, values, accumulate=',
  masked_scatter: 'input, mask, source',
  put: 'input, index, source, accumulate=',
};

/** Whether the in-place form's node keeps self (scatter_reduce's backward needs it). */
const SAVES_SELF = new Set(['scatter_reduce']);

const outOfPlace = Object.fromEntries(
  Object.entries(DEFINITIONS).map(([name, run]) => [name, { signature: SIGNATURES[name as keyof typeof DEFINITIONS], run: (a: BoundArgs) => run(a, a.tensor('input')) }]),
) as Record<string, OpDefinition>;

export const SCATTER_IN_PLACE: Record<string, OpDefinition> = Object.fromEntries(
  Object.entries(DEFINITIONS).map(([name, run]) => [
    `${name}_`,
    { signature: SIGNATURES[name as keyof typeof DEFINITIONS], run: (a: BoundArgs) => engine.applyInPlace(a.tensor('input'), (input) => run(a, input), SAVES_SELF.has(name)) },
  ]),
);

export const SCATTER_OPS: Record<string, OpDefinition> = {
  ...outOfPlace,
  masked_select: { signature: 'input, mask', run: (a) => engine.maskedSelect(a.tensor('input'), a.tensor('mask')) },
  take: { signature: 'input, index', run: (a) => engine.take(a.tensor('input'), a.tensor('index')) },
  take_along_dim: { signature: 'input, indices, dim=', run: (a) => engine.takeAlongDim(a.tensor('input'), a.tensor('indices'), a.optionalInt('dim')) },
  argwhere: { signature: 'input', run: (a) => engine.nonzero(a.tensor('input')) },
  count_nonzero: { signature: 'input, dim=', run: (a) => engine.countNonzero(a.tensor('input'), a.dims('dim')) },
  bincount: { signature: 'input, weights=, minlength=', run: (a) => engine.bincount(a.tensor('input'), a.optionalTensor('weights'), a.int('minlength', 0)) },
  histc: {
    signature: 'input, bins=, min=, max=',
    run: (a) => engine.histc(a.tensor('input'), a.int('bins', 100), a.number('min', 0), a.number('max', 0)),
  },
  bucketize: {
    signature: 'input, boundaries, *, out_int32=, right=',
    run: (a) => engine.bucketize(searchedValues(a, 'input'), a.tensor('boundaries'), a.bool('out_int32'), a.bool('right')),
    on: 'torch',
  },
  searchsorted: {
    signature: 'sorted_sequence, input, *, out_int32=, right=, side=, sorter=',
    run: (a) => engine.searchsorted(a.tensor('sorted_sequence'), searchedValues(a, 'input'), searchOptions(a)),
    on: 'torch',
  },
};
