// Shape operations bound with PyTorch's signatures: joining and splitting, reordering, gathering, batched
// matrix products. One table entry per operation (see ops.ts).
import * as engine from '../tensor/index';
import { PyList, PyTuple } from '../python/objects/containers';
import { notImplemented } from '../python/objects/exceptions';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';

/** split(split_size_or_sections): one int is the size of every piece, a sequence the size of each. */
function splitSizes(a: BoundArgs, name: string): number | number[] {
  const value = a.raw(name);
  return value instanceof PyTuple || value instanceof PyList ? a.ints(name) : a.int(name);
}

export const SHAPE_OPS: Record<string, OpDefinition> = {
  cat: { signature: 'tensors, dim=', run: (a) => engine.cat(a.tensors('tensors'), a.int('dim', 0)), on: 'torch' },
  concat: { signature: 'tensors, dim=', run: (a) => engine.cat(a.tensors('tensors'), a.int('dim', 0)), on: 'torch' },
  concatenate: { signature: 'tensors, dim=', run: (a) => engine.cat(a.tensors('tensors'), a.int('dim', 0)), on: 'torch' },
  block_diag: { signature: '*tensors', run: (a) => engine.blockDiag(a.has('tensors') ? a.tensors('tensors') : []), on: 'torch' },
  cartesian_prod: { signature: '*tensors', run: (a) => engine.cartesianProd(a.tensors('tensors')), on: 'torch' },
  combinations: {
    signature: 'input, r=, with_replacement=',
    run: (a) => engine.combinations(a.tensor('input'), a.int('r', 2), a.bool('with_replacement')),
    on: 'torch',
  },
  stack: { signature: 'tensors, dim=', run: (a) => engine.stack(a.tensors('tensors'), a.int('dim', 0)), on: 'torch' },
  split: {
    signature: 'input, split_size_or_sections, dim=',
    run: (a) => engine.split(a.tensor('input'), splitSizes(a, 'split_size_or_sections'), a.int('dim', 0)),
    method: { signature: 'input, split_size, dim=', run: (a) => engine.split(a.tensor('input'), splitSizes(a, 'split_size'), a.int('dim', 0)) },
  },
  chunk: { signature: 'input, chunks, dim=', run: (a) => engine.chunk(a.tensor('input'), a.int('chunks'), a.int('dim', 0)) },
  unsafe_split: {
    signature: 'input, split_size, dim=',
    run: (a) => engine.split(a.tensor('input'), a.int('split_size'), a.int('dim', 0), true),
  },
  unsafe_chunk: { signature: 'input, chunks, dim=', run: (a) => engine.chunk(a.tensor('input'), a.int('chunks'), a.int('dim', 0), true) },
  unbind: { signature: 'input, dim=', run: (a) => engine.unbind(a.tensor('input'), a.int('dim', 0)) },
  flip: {
    signature: 'input, dims',
    run: (a) => engine.flip(a.tensor('input'), a.ints('dims')),
    // The method also takes the dims as separate arguments: x.flip(0, 1).
    method: { signature: 'input, *dims', run: (a) => engine.flip(a.tensor('input'), a.ints('dims')) },
  },
  roll: { signature: 'input, shifts, dims=', run: (a) => engine.roll(a.tensor('input'), a.dims('shifts')!, a.dims('dims') ?? []) },
  repeat: { signature: 'input, *sizes', run: (a) => engine.repeat(a.tensor('input'), a.ints('sizes')), on: 'tensor' },
  narrow: { signature: 'input, dim, start, length', run: (a) => engine.narrow(a.tensor('input'), a.int('dim'), a.int('start'), a.int('length')) },
  flatten: { signature: 'input, start_dim=, end_dim=', run: (a) => engine.flatten(a.tensor('input'), a.int('start_dim', 0), a.int('end_dim', -1)) },
  unflatten: { signature: 'input, dim, sizes', run: (a) => engine.unflatten(a.tensor('input'), a.int('dim'), a.ints('sizes')) },
  gather: {
    signature: 'input, dim, index, *, sparse_grad=',
    run: (a) => {
      if (a.bool('sparse_grad')) throw notImplemented('gather(): sparse_grad=True is not supported in agnb (it has no sparse tensors)');
      return engine.gather(a.tensor('input'), a.int('dim'), a.tensor('index'));
    },
  },
  index_select: { signature: 'input, dim, index', run: (a) => engine.indexSelect(a.tensor('input'), a.int('dim'), a.tensor('index')) },
  bmm: { signature: 'input, mat2', run: (a) => engine.bmm(a.tensor('input'), a.tensor('mat2')) },
};
