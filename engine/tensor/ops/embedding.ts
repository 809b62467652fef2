// Lookups and layouts of torch.nn.functional: embedding (rows of a weight picked by index), one_hot and
// constant padding, each with its derivative.
import { allocate, scalarTypeName } from '../dtype';
import { indexError, runtimeError } from '../errors';
import { numel } from '../shape';
import { Tensor } from '../tensor';
import { eq } from './comparison';
import { wrapNumber } from './elementwise';
import { indexSelect } from './gather';
import { maskedFill } from './indexing';
import { record } from './record';
import { narrow } from './reorder';
import { norm } from './statistics';
import { reshape, select, view } from './views';

/**
 * embedding(input, weight): weight[input], shaped input.shape + [dim]. EmbeddingBackward0 adds each upstream row
 * into the row it was read from, except padding_idx's, which gets no gradient.
 */
export function embedding(input: Tensor, weight: Tensor, paddingIdx?: number): Tensor {
  if (input.dtype !== 'int64') throw runtimeError(`Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.${scalarTypeName(input.dtype)}Tensor instead (while checking arguments for embedding)`);
  const [rows, dim] = weight.shape as [number, number];
  const indices = input.contiguousData();
  const table = weight.contiguousData();
  const out = allocate(weight.dtype, indices.length * dim);
  for (let i = 0; i < indices.length; i++) {
    const row = indices[i]!;
    if (row < 0 || row >= rows) throw indexError('index out of range in self');
    for (let k = 0; k < dim; k++) out[i * dim + k] = table[row * dim + k]!;
  }
  const result = Tensor.fromStorage(out, [...input.shape, dim], weight.dtype);
  record('EmbeddingBackward0', [weight], result, ([grad]) => {
    const g = grad!.contiguousData();
    const gradWeight = allocate(weight.dtype, rows * dim);
    for (let i = 0; i < indices.length; i++) {
      const row = indices[i]!;
      if (row === paddingIdx) continue;
      for (let k = 0; k < dim; k++) gradWeight[row * dim + k] += g[i * dim + k]!;
    }
    const gradResult = Tensor.fromStorage(gradWeight, [rows, dim], weight.dtype);
    // Differentiated again (PyTorch's embedding_dense_double_backward): the gradient's gradient read at the
    // indices, padding_idx's rows zeroed.
    record('EmbeddingDenseBackwardBackward0', [grad!], gradResult, ([gradGrad]) => {
      let picked = indexSelect(gradGrad!, 0, reshape(input, [-1]));
      if (paddingIdx !== undefined) picked = maskedFill(picked, reshape(eq(input, wrapNumber(paddingIdx, 'int64')), [-1, 1]), 0);
      return [view(picked, [...input.shape, -1])];
    });
    return [gradResult];
  });
  return result;
}

/**
 * embedding_renorm_(weight, input, max_norm, norm_type): each row of weight that input names (each once) whose
 * norm exceeds max_norm is scaled in place by max_norm / (norm + 1e-7), the scale rounded to weight's dtype as
 * PyTorch's `self[row] *= scale` rounds it. Not recorded; the version counter moves once, for the whole call.
 */
export function embeddingRenorm(weight: Tensor, input: Tensor, maxNorm: number, normType: number): Tensor {
  if (input.dtype !== 'int64' && input.dtype !== 'int32') {
    throw runtimeError(
      `Expected tensor for argument #2 'indices' to have one of the following scalar types: Long, Int; but got torch.${scalarTypeName(input.dtype)}Tensor instead (while checking arguments for embedding_renorm_)`,
    );
  }
  const round = weight.dtype === 'float32' ? Math.fround : (x: number) => x;
  const rows = [...new Set(input.contiguousData())].sort((a, b) => a - b);
  for (const row of rows) {
    const values = select(weight, 0, row);
    const rowNorm = norm(values, normType).storage[0]!;
    if (!(rowNorm > maxNorm)) continue;
    const scale = round(maxNorm / (rowNorm + 1e-7));
    const stride = values.strides[0] ?? 1;
    for (let k = 0, at = values.offset; k < values.numel; k++, at += stride) weight.storage[at] = round(weight.storage[at]! * scale);
  }
  weight.version.value++;
  return weight;
}

/** one_hot(tensor, num_classes): int64 zeros with a 1 at each index; num_classes -1 means max + 1. */
export function oneHot(input: Tensor, numClasses = -1): Tensor {
  if (input.dtype !== 'int64') throw runtimeError('one_hot is only applicable to index tensor.');
  const indices = input.contiguousData();
  let max = -1;
  for (let i = 0; i < indices.length; i++) {
    if (indices[i]! < 0) throw runtimeError('Class values must be non-negative.');
    max = Math.max(max, indices[i]!);
  }
  let classes = numClasses;
  if (classes === -1) {
    if (indices.length === 0) throw runtimeError('Can not infer total number of classes from empty tensor.');
    classes = max + 1;
  } else if (max >= classes) throw runtimeError('Class values must be smaller than num_classes.');
  const out = allocate('int64', indices.length * classes);
  for (let i = 0; i < indices.length; i++) out[i * classes + indices[i]!] = 1;
  return Tensor.fromStorage(out, [...input.shape, classes], 'int64');
}

/**
 * constant_pad_nd: `pads` holds (before, after) pairs from the last dim backwards; ConstantPadNdBackward0 takes
 * the input's region of the gradient. Negative pads (cropping) are not supported.
 */
export function constantPad(input: Tensor, pads: number[], value: number): Tensor {
  if (pads.some((p) => p < 0)) throw runtimeError('agnb: negative padding (cropping) is not supported yet');
  const shape = [...input.shape];
  const before = new Array<number>(shape.length).fill(0);
  for (let k = 0; k < pads.length / 2; k++) {
    const d = shape.length - 1 - k;
    before[d] = pads[2 * k]!;
    shape[d] = input.shape[d]! + pads[2 * k]! + pads[2 * k + 1]!;
  }
  const out = allocate(input.dtype, numel(shape));
  out.fill(value);
  const source = input.contiguousData();
  const inner = input.shape;
  const count = numel(inner);
  for (let i = 0; i < count; i++) {
    let rest = i;
    let offset = 0;
    let stride = 1;
    for (let d = inner.length - 1; d >= 0; d--) {
      offset += ((rest % inner[d]!) + before[d]!) * stride;
      rest = Math.floor(rest / inner[d]!);
      stride *= shape[d]!;
    }
    out[offset] = source[i]!;
  }
  const result = Tensor.fromStorage(out, shape, input.dtype);
  record('ConstantPadNdBackward0', [input], result, ([grad]) => {
    let region = grad!;
    for (let d = 0; d < shape.length; d++) if (shape[d] !== inner[d]) region = narrow(region, d, before[d]!, inner[d]!);
    return [region];
  });
  return result;
}

export type IndexPadMode = 'reflect' | 'replicate';

/**
 * reflection_pad / replication_pad over the last `pads.length / 2` dims: each output element reads the input
 * element its index reflects (without repeating the edge) or clamps to. The backward adds each upstream element
 * into the input element it was read from.
 */
export function indexPad(input: Tensor, pads: number[], mode: IndexPadMode): Tensor {
  const padded = pads.length / 2;
  const ndim = input.ndim;
  if (pads.some((p) => p < 0)) throw runtimeError('agnb: negative padding (cropping) is not supported yet');
  const shape = [...input.shape];
  const before = new Array<number>(ndim).fill(0);
  for (let k = 0; k < padded; k++) {
    const d = ndim - 1 - k;
    const size = input.shape[d]!;
    if (mode === 'reflect' && (pads[2 * k]! >= size || pads[2 * k + 1]! >= size)) {
      throw runtimeError(
        `Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (${pads[2 * k]}, ${pads[2 * k + 1]}) at dimension ${d} of input [${input.shape.join(', ')}]`,
      );
    }
    before[d] = pads[2 * k]!;
    shape[d] = size + pads[2 * k]! + pads[2 * k + 1]!;
  }
  const source = (d: number, i: number): number => {
    const size = input.shape[d]!;
    const j = i - before[d]!;
    if (mode === 'replicate') return Math.min(Math.max(j, 0), size - 1);
    return j < 0 ? -j : j >= size ? 2 * (size - 1) - j : j;
  };
  const count = numel(shape);
  const from = new Int32Array(count);
  for (let o = 0; o < count; o++) {
    let rest = o;
    let offset = 0;
    let stride = 1;
    for (let d = ndim - 1; d >= 0; d--) {
      offset += source(d, rest % shape[d]!) * stride;
      rest = Math.floor(rest / shape[d]!);
      stride *= input.shape[d]!;
    }
    from[o] = offset;
  }
  const data = input.contiguousData();
  const out = allocate(input.dtype, count);
  for (let o = 0; o < count; o++) out[o] = data[from[o]!]!;
  const result = Tensor.fromStorage(out, shape, input.dtype);
  const name = `${mode === 'reflect' ? 'Reflection' : 'Replication'}Pad${padded}DBackward0`;
  record(name, [input], result, ([grad]) => {
    const g = grad!.contiguousData();
    const gradInput = allocate(input.dtype, input.numel);
    for (let o = 0; o < count; o++) gradInput[from[o]!] += g[o]!;
    return [Tensor.fromStorage(gradInput, input.shape, input.dtype)];
  });
  return result;
}
