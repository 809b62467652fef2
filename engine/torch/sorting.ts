// Sorting and selection bound with PyTorch's signatures: sort, argsort, msort, topk, kthvalue, median,
// nanmedian, mode (named tuples where PyTorch returns them), unique and unique_consecutive. One table entry per
// operation (see ops.ts).
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { PyTuple } from '../python/objects/containers';
import { notImplemented } from '../python/objects/exceptions';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';
import { namedTensors } from './returnTypes';
import { wrapTensor } from './tensorObject';

type Selection = 'sort' | 'topk' | 'kthvalue' | 'median' | 'nanmedian' | 'mode';

const named = (name: Selection, { values, indices }: engine.ValuesAndIndices) => namedTensors(name, [values, indices]);

/** median()/nanmedian(): of all elements without a dim, else (values, indices) along it. */
function median(name: 'median' | 'nanmedian') {
  return (a: BoundArgs): Tensor | PyTuple => {
    const input = a.tensor('input');
    if (!a.given('dim')) return name === 'median' ? engine.median(input) : engine.nanmedian(input);
    return named(name, (name === 'median' ? engine.medianDim : engine.nanmedianDim)(input, a.int('dim'), a.bool('keepdim')));
  };
}

/** unique's results: the values alone, or a plain tuple with the inverse indices and/or counts as asked. */
function uniqueResult(a: BoundArgs, result: engine.UniqueResult): Tensor | PyTuple {
  const inverse = a.bool('return_inverse');
  const counts = a.bool('return_counts');
  if (!inverse && !counts) return result.values;
  return new PyTuple([result.values, ...(inverse ? [result.inverse] : []), ...(counts ? [result.counts] : [])].map(wrapTensor));
}

function unique(a: BoundArgs): Tensor | PyTuple {
  const input = a.tensor('input');
  if (a.has('dim')) return uniqueResult(a, engine.uniqueDim(input, a.int('dim')));
  if (!a.bool('sorted', true)) throw notImplemented("unique(sorted=False) is not supported in agnb (PyTorch returns the order of its hash set); use sorted=True");
  return uniqueResult(a, engine.unique(input));
}

const stableArgument = (a: BoundArgs): boolean | undefined => (a.given('stable') ? a.bool('stable') : undefined);

export const SORTING_OPS: Record<string, OpDefinition> = {
  sort: {
    signature: 'input, dim=, descending=, *, stable=',
    run: (a) => named('sort', engine.sort(a.tensor('input'), a.int('dim', -1), a.bool('descending'), stableArgument(a))),
  },
  argsort: { signature: 'input, dim=, descending=, *, stable=', run: (a) => engine.argsort(a.tensor('input'), a.int('dim', -1), a.bool('descending'), stableArgument(a)) },
  msort: { signature: 'input', run: (a) => engine.msort(a.tensor('input')) },
  topk: {
    signature: 'input, k, dim=, largest=, sorted=',
    run: (a) => named('topk', engine.topk(a.tensor('input'), a.int('k'), a.int('dim', -1), a.bool('largest', true), a.bool('sorted', true))),
  },
  kthvalue: { signature: 'input, k, dim=, keepdim=', run: (a) => named('kthvalue', engine.kthvalue(a.tensor('input'), a.int('k'), a.int('dim', -1), a.bool('keepdim'))) },
  median: { signature: 'input, dim=, keepdim=', run: median('median') },
  nanmedian: { signature: 'input, dim=, keepdim=', run: median('nanmedian') },
  mode: { signature: 'input, dim=, keepdim=', run: (a) => named('mode', engine.mode(a.tensor('input'), a.int('dim', -1), a.bool('keepdim'))) },
  unique: { signature: 'input, sorted=, return_inverse=, return_counts=, dim=', run: unique },
  unique_consecutive: {
    signature: 'input, return_inverse=, return_counts=, dim=',
    run: (a) => uniqueResult(a, engine.uniqueConsecutive(a.tensor('input'), a.optionalInt('dim'))),
  },
};
