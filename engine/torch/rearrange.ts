// Shape helpers bound with PyTorch's signatures: hstack/vstack/row_stack/dstack/column_stack, tile,
// repeat_interleave, meshgrid, broadcast_to/broadcast_tensors, movedim/moveaxis, swapaxes/swapdims, ravel,
// tensor_split and h/v/dsplit, rot90, fliplr/flipud, Tensor.unfold and Tensor.new_tensor/new_full/new_empty.
// One table entry per operation (see ops.ts).
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { checkScalarFits, scalarTypeName } from '../tensor/dtype';
import { warn } from '../tensor/errors';
import { PyList, PyTuple } from '../python/objects/containers';
import type { BoundArgs } from './args';
import { tensorFromData } from './tensorData';
import type { OpDefinition } from './ops';
import { PyTensor } from './tensorObject';
import { checkDevice } from './values';

const joined = (fn: (tensors: readonly Tensor[]) => Tensor): OpDefinition => ({ signature: 'tensors', run: (a) => fn(a.tensors('tensors')), on: 'torch' });

/** An int or a sequence of ints (movedim's source and destination). */
const intOrInts = (a: BoundArgs, name: string): number[] => {
  const value = a.raw(name);
  return value instanceof PyTuple || value instanceof PyList ? a.ints(name) : [a.int(name)];
};

/** tensor_split's and h/v/dsplit's second argument: a number of sections, or indices as a sequence or tensor. */
function sectionsOrIndices(a: BoundArgs, name: string): number | number[] {
  const value = a.raw(name);
  if (value instanceof PyTensor) {
    const tensor = value.tensor;
    if (tensor.dtype !== 'int64') throw new engine.TorchError('RuntimeError', `tensor_split expected tensor_indices_or_sections to have dtype of long, but got ${scalarTypeName(tensor.dtype)}`);
    if (tensor.ndim > 1) {
      throw new engine.TorchError('RuntimeError', `tensor_split expected tensor_indices_or_sections to be a zero-dimensional or one-dimensional tensor, but got a tensor with ${tensor.ndim} dims`);
    }
    return tensor.ndim === 0 ? tensor.at(0) : [...tensor.contiguousData()];
  }
  return value instanceof PyTuple || value instanceof PyList ? a.ints(name) : a.int(name);
}

const directional = (name: 'hsplit' | 'vsplit' | 'dsplit'): OpDefinition => ({
  signature: 'input, indices_or_sections',
  run: (a) => engine.directionalSplit(name, a.tensor('input'), sectionsOrIndices(a, 'indices_or_sections')),
});

/** repeat_interleave(input, repeats, dim) or repeat_interleave(repeats): a number or a tensor of counts. */
function repeatInterleave(a: BoundArgs): Tensor {
  if (!a.has('repeats')) return engine.repeatInterleaveIndices(a.tensor('input'));
  const repeats = a.raw('repeats') instanceof PyTensor ? a.tensor('repeats') : a.int('repeats');
  return engine.repeatInterleave(a.tensor('input'), repeats, a.optionalInt('dim'));
}

const movedim: OpDefinition = { signature: 'input, source, destination', run: (a) => engine.movedim(a.tensor('input'), intOrInts(a, 'source'), intOrInts(a, 'destination')) };

/** Tensor.new_full / new_empty: self's dtype unless dtype= says otherwise. */
function newTensorOf(a: BoundArgs, fill: number): Tensor {
  checkDevice(a.raw('device'));
  const out = engine.full(a.ints('size'), fill, a.dtype() ?? a.tensor('input').dtype);
  if (a.bool('requires_grad')) out.requiresGrad = true;
  return out;
}

const NEW_OPTIONS = '*, dtype=, device=, requires_grad=, layout=, pin_memory=';

export const REARRANGE_OPS: Record<string, OpDefinition> = {
  hstack: joined(engine.hstack),
  vstack: joined(engine.vstack),
  row_stack: joined(engine.vstack),
  dstack: joined(engine.dstack),
  column_stack: joined(engine.columnStack),
  atleast_1d: { signature: 'input', run: (a) => engine.atleast1d(a.tensor('input')), on: 'torch' },
  atleast_2d: { signature: 'input', run: (a) => engine.atleast2d(a.tensor('input')), on: 'torch' },
  atleast_3d: { signature: 'input', run: (a) => engine.atleast3d(a.tensor('input')), on: 'torch' },
  tile: {
    signature: 'input, dims',
    run: (a) => engine.tile(a.tensor('input'), a.ints('dims')),
    method: { signature: 'input, *dims', run: (a) => engine.tile(a.tensor('input'), a.ints('dims')) },
  },
  repeat_interleave: { signature: 'input, repeats=, dim=, *, output_size=', run: repeatInterleave },
  meshgrid: {
    signature: '*tensors, indexing=',
    run: (a) => engine.meshgrid(a.tensors('tensors'), a.has('indexing') ? a.string('indexing', 'ij') : undefined),
    on: 'torch',
  },
  broadcast_to: { signature: 'input, size', run: (a) => engine.broadcastTo(a.tensor('input'), a.ints('size')) },
  broadcast_tensors: { signature: '*tensors', run: (a) => engine.broadcastTensors(a.tensors('tensors')), on: 'torch' },
  movedim,
  moveaxis: movedim,
  swapaxes: { signature: 'input, axis0, axis1', run: (a) => engine.transpose(a.tensor('input'), a.int('axis0'), a.int('axis1')) },
  swapdims: { signature: 'input, dim0, dim1', run: (a) => engine.transpose(a.tensor('input'), a.int('dim0'), a.int('dim1')) },
  ravel: { signature: 'input', run: (a) => engine.ravel(a.tensor('input')) },
  tensor_split: {
    signature: 'input, indices_or_sections, dim=',
    run: (a) => engine.tensorSplit(a.tensor('input'), sectionsOrIndices(a, 'indices_or_sections'), a.int('dim', 0)),
  },
  hsplit: directional('hsplit'),
  vsplit: directional('vsplit'),
  dsplit: directional('dsplit'),
  rot90: { signature: 'input, k=, dims=', run: (a) => engine.rot90(a.tensor('input'), a.int('k', 1), a.dims('dims') ?? [0, 1]) },
  fliplr: { signature: 'input', run: (a) => engine.fliplr(a.tensor('input')) },
  flipud: { signature: 'input', run: (a) => engine.flipud(a.tensor('input')) },
  unfold: { signature: 'input, dimension, size, step', run: (a) => engine.unfold(a.tensor('input'), a.int('dimension'), a.int('size'), a.int('step')), on: 'tensor' },
  new_tensor: {
    signature: `input, data, ${NEW_OPTIONS}`,
    run: (a) => {
      checkDevice(a.raw('device'));
      if (a.raw('data') instanceof PyTensor) {
        warn(
          'To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach() or sourceTensor.clone().detach().requires_grad_(True), rather than tensor.new_tensor(sourceTensor).',
        );
      }
      const out = tensorFromData(a.raw('data')!, a.dtype() ?? a.tensor('input').dtype);
      if (a.bool('requires_grad')) out.requiresGrad = true;
      return out;
    },
    on: 'tensor',
  },
  new_full: {
    signature: `input, size, fill_value, ${NEW_OPTIONS}`,
    run: (a) => {
      const dtype = a.dtype() ?? a.tensor('input').dtype;
      checkScalarFits(a.number('fill_value'), dtype);
      return newTensorOf(a, a.number('fill_value'));
    },
    on: 'tensor',
  },
  new_empty: { signature: `input, *size, ${NEW_OPTIONS}`, run: (a) => newTensorOf(a, 0), on: 'tensor' },
};
