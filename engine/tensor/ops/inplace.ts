// In-place ops (add_, mul_, copy_, ...). Each computes its result with the out-of-place op, checks it the way
// PyTorch does (leaf and view rules, memory overlap, broadcast shape, castable dtype), writes it into self's
// storage (bumping the version counter self shares with its views) and rebases self's history onto the op's
// node; for a view, its base's history is rebased onto a CopySlices node instead, as PyTorch does.
import { fma, fmaf } from '../../numeric/fma';
import { allocate, castValue, checkedScalar, cppTypeName, isFloating, scalarTypeName, type DType, type Storage } from '../dtype';
import { runtimeError } from '../errors';
import { withGradMode } from '../autograd/gradMode';
import { edgeOf, FunctionNode, Node } from '../autograd/node';
import { broadcastShapes, contiguousStrides, numel, sameShape, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { add, checkNotBoolSubtraction, div, mul, neg, sub } from './arithmetic';
import { clamp } from './clamp';
import { clone, copyInto, toDtype } from './copy';
import { full, zeros } from './creation';
import { contiguousBlock, materialize, promoteOperands, WrappedNumber, writeInto } from './elementwise';
import { ELU_DEFAULTS, eluGradient, eluWith, leakyRelu, leakyReluGradient, type EluParameters, type Gradient } from './activation';
import { wasmBinary } from '../kernels/wasm/elementwise';
import { needsGrad, record, zeroGradient } from './record';
import { sum, sumToShape } from './reduce';

// ---- the checks PyTorch makes before writing

/** Nodes whose outputs are several views of one input: PyTorch forbids modifying those views in place. */
const MULTI_OUTPUT_VIEW_NODES = new Set(['UnbindBackward0', 'SplitBackward0', 'SplitWithSizesBackward0']);

/** Nodes of custom Functions whose outputs are views of their inputs (returned as-is): PyTorch forbids writing to those. */
const customFunctionViewNodes = new WeakSet<Node>();

export function markCustomFunctionViews(node: Node): void {
  customFunctionViewNodes.add(node);
}

/** A view taken in no_grad mode may not be written to while grad mode records the write. */
export function checkNotViewWithoutGrad(self: Tensor): void {
  if (self.viewWithoutGrad) {
    throw runtimeError(
      "A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).",
    );
  }
}

/** check_inplace: the rules for writing into a tensor while the write is recorded. */
function checkRecordable(self: Tensor): void {
  checkNotViewWithoutGrad(self);
  if (self.base && self.gradFn && customFunctionViewNodes.has(self.gradFn)) {
    throw runtimeError(
      `Output ${self.outputNr} of ${self.gradFn.name} is a view and is being modified inplace. This view was created inside a custom Function (or because an input was returned as-is) ` +
        'and the autograd logic to handle view+inplace would override the custom backward associated with the custom Function, leading to incorrect gradients. This behavior is forbidden. ' +
        'You can fix this by cloning the output of the custom Function.',
    );
  }
  if (self.base && self.gradFn && MULTI_OUTPUT_VIEW_NODES.has(self.gradFn.name)) {
    throw runtimeError(
      `Output ${self.outputNr} of ${self.gradFn.name} is a view and is being modified inplace. This view is the output of a function that returns ` +
        'multiple views. Such functions do not allow the output views to be modified inplace. You should replace the inplace operation by an out-of-place one.',
    );
  }
  if (self.base && self.requiresGrad && self.base.isLeaf) throw runtimeError('a view of a leaf Variable that requires grad is being used in an in-place operation.');
  if (self.requiresGrad && self.isLeaf) throw runtimeError('a leaf Variable that requires grad is being used in an in-place operation.');
}

/** Whether the elements tile one block of memory exactly once (PyTorch's is_non_overlapping_and_dense). */
function isDense(tensor: Tensor): boolean {
  const dims = tensor.shape.map((size, d) => ({ size, stride: tensor.strides[d]! })).filter(({ size }) => size !== 1);
  dims.sort((x, y) => x.stride - y.stride);
  let expected = 1;
  for (const { size, stride } of dims) {
    if (stride !== expected) return false;
    expected *= size;
  }
  return true;
}

/** A written-to tensor may not reach one memory location through two of its elements (an expanded tensor). */
function checkNoInternalOverlap(self: Tensor): void {
  if (!isDense(self) && self.shape.some((size, d) => size > 1 && self.strides[d] === 0)) {
    throw runtimeError(
      'unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.',
    );
  }
}

/** An input may be the written-to tensor itself, or disjoint from it, but not partly overlap it. */
function checkNoPartialOverlap(self: Tensor, input: Tensor): void {
  if (input.storage !== self.storage || self.numel === 0 || input.numel === 0 || !isDense(self) || !isDense(input)) return;
  // Dense tensors cover [offset, offset + numel) of their storage.
  const disjoint = input.offset >= self.offset + self.numel || self.offset >= input.offset + input.numel;
  const identical =
    input.offset === self.offset && input.numel === self.numel && input.ndim === self.ndim && self.strides.every((stride, d) => stride === input.strides[d]);
  if (disjoint || identical) return;
  throw runtimeError(
    'unsupported operation: some elements of the input tensor and the written-to tensor refer to a single memory location. Please clone() the tensor before performing the operation.',
  );
}

/** Floating results cannot be written into integer or bool tensors, nor non-bool results into bool ones. */
const castable = (from: DType, to: DType): boolean => !(isFloating(from) && !isFloating(to)) && !(to === 'bool' && from !== 'bool');

export function checkCastable(from: DType, to: DType): void {
  if (!castable(from, to)) throw runtimeError(`result type ${scalarTypeName(from)} can't be cast to the desired output type ${scalarTypeName(to)}`);
}

// ---- the write and the history

/**
 * Runs an in-place op: `compute` is the out-of-place op applied to `input`, which stands for self. When the op
 * saves self for its backward (`savesSelf`), `input` is a copy carrying self's place in the graph, as PyTorch
 * saves a clone of the original self; otherwise it is self.
 */
function inPlace(self: Tensor, inputs: readonly Tensor[], savesSelf: boolean, compute: (input: Tensor) => Tensor, checkCast = checkCastable): Tensor {
  const recording = needsGrad([self, ...inputs]);
  if (recording) checkRecordable(self);
  checkNoInternalOverlap(self);
  for (const input of inputs) checkNoPartialOverlap(self, input);
  const result = compute(recording && savesSelf ? originalOf(self) : self);
  if (!sameShape(result.shape, self.shape)) {
    throw runtimeError(`output with shape [${self.shape.join(', ')}] doesn't match the broadcast shape [${result.shape.join(', ')}]`);
  }
  checkCast(result.dtype, self.dtype);
  writeInto(self, materialize(result, self.shape, self.dtype));
  if (recording && result.gradFn) rebaseHistory(self, result.gradFn);
  return self;
}

/** A copy of self's current values that takes self's place in the graph. */
function originalOf(self: Tensor): Tensor {
  const copy = withGradMode(false, () => clone(self));
  copy.gradFn = self.gradFn;
  copy.outputNr = self.outputNr;
  return copy;
}

/** Makes `node` the producer of self; a view's base gets a CopySlices node and the view a view of it. */
function rebaseHistory(self: Tensor, node: Node): void {
  const base = self.base;
  if (!base) {
    setHistory(self, node);
    return;
  }
  const view = geometryOf(self);
  const copySlices = new CopySlices(base, view, node);
  setHistory(base, copySlices);
  setHistory(self, asStridedNode(geometryOf(base), view, copySlices));
}

/** retain_grad() follows the tensor to its new node; hooks registered earlier stay with the old one. */
function setHistory(tensor: Tensor, node: Node): void {
  if (tensor.retainsGrad && tensor.gradFn) {
    tensor.gradFn.retainedOutputs.delete(tensor.outputNr);
    node.retainedOutputs.set(0, tensor);
  }
  tensor.gradFn = node;
  tensor.outputNr = 0;
}

interface Geometry {
  shape: Shape;
  strides: readonly number[];
  offset: number;
}

const geometryOf = (tensor: Tensor): Geometry => ({ shape: [...tensor.shape], strides: [...tensor.strides], offset: tensor.offset });

/** Zeros laid out like `base` (same strides), and `view` placed over the same memory. */
function baseLayout(base: Geometry, view: Geometry, dtype: DType): { whole: Tensor; part: Tensor } {
  let span = numel(base.shape) === 0 ? 0 : 1;
  base.shape.forEach((size, d) => (span += (size - 1) * base.strides[d]!));
  const storage = allocate(dtype, span);
  return {
    whole: new Tensor(storage, [...base.shape], [...base.strides], 0, dtype),
    part: new Tensor(storage, [...view.shape], [...view.strides], view.offset - base.offset, dtype),
  };
}

/**
 * The node a base gets when one of its views is modified in place: the base's gradient passes through
 * unchanged outside the view, and through the in-place op's node (`fn`) inside it. Its edges are the base's
 * previous producer, then the op's other inputs.
 */
class CopySlices extends Node {
  private readonly baseGeometry: Geometry;

  constructor(
    base: Tensor,
    private readonly view: Geometry,
    private readonly fn: Node,
  ) {
    super('CopySlices', [edgeOf(base), ...fn.nextFunctions.slice(1)]);
    this.baseGeometry = geometryOf(base);
    this.inputDtypes = [base.dtype, ...fn.inputDtypes.slice(1)];
  }

  apply([grad]: Array<Tensor | null>): Array<Tensor | null> {
    const { whole, part } = baseLayout(this.baseGeometry, this.view, grad!.dtype);
    copyInto(whole, grad!);
    const [viewGrad, ...otherGrads] = this.fn.apply([clone(part)]);
    copyInto(part, viewGrad ?? zeros([], grad!.dtype));
    return [whole, ...otherGrads];
  }

  override release(): void {
    this.fn.release();
  }
}

/** The view's node after an in-place change: its gradient lands at the view's place in a zero base. */
function asStridedNode(base: Geometry, view: Geometry, copySlices: Node): Node {
  const node = new FunctionNode('AsStridedBackward0', [[copySlices, 0]], [], ([grad]) => {
    const { whole, part } = baseLayout(base, view, grad!.dtype);
    copyInto(part, grad!);
    return [whole];
  });
  node.inputDtypes = [copySlices.inputDtypes[0]];
  return node;
}

// ---- the ops

const trackedGrad = (input: Tensor, grad: Tensor): Tensor | null => (input instanceof WrappedNumber || !input.requiresGrad ? null : sumToShape(grad, input.shape));

/** add_(other, alpha=): `alpha` is a wrapped Python number, as the other scalars. */
export function addInPlace(self: Tensor, other: Tensor, alpha?: Tensor): Tensor {
  if (!alpha || !checkAlpha(alpha, promoteOperands(self, other))) {
    return addInto(self, other, 1) ? self : inPlace(self, [other], false, (input) => add(input, other));
  }
  if (addInto(self, other, alpha.storage[0]!)) return self;
  return inPlace(self, [other], false, (input) => recordedScaledSum(input, other, alpha, false));
}

export function subInPlace(self: Tensor, other: Tensor, alpha?: Tensor): Tensor {
  checkNotBoolSubtraction(self, other);
  if (!alpha || !checkAlpha(alpha, promoteOperands(self, other))) return inPlace(self, [other], false, (input) => sub(input, other));
  return inPlace(self, [other], false, (input) => recordedScaledSum(input, other, alpha, true));
}

/** add(input, other, alpha=) and sub(..., alpha=) out of place: input ± alpha * other, fused as PyTorch computes it. */
export function addScaled(input: Tensor, other: Tensor, alpha: Tensor, subtract: boolean): Tensor {
  if (subtract) checkNotBoolSubtraction(input, other);
  if (!checkAlpha(alpha, promoteOperands(input, other))) return subtract ? sub(input, other) : add(input, other);
  return recordedScaledSum(input, other, alpha, subtract);
}

function recordedScaledSum(input: Tensor, other: Tensor, alpha: Tensor, subtract: boolean): Tensor {
  const out = scaledSum(input, other, subtract ? -alpha.storage[0]! : alpha.storage[0]!);
  record(subtract ? 'SubBackward0' : 'AddBackward0', [input, other], out, ([grad]) => [
    trackedGrad(input, grad!),
    other.requiresGrad ? trackedGrad(other, mul(subtract ? neg(grad!) : grad!, alpha)) : null,
  ]);
  return out;
}

/**
 * self += alpha * other computed straight into self's storage (an optimizer's update, a gradient accumulated:
 * no result to allocate and copy back), when nothing records it and both are contiguous floats of one shape and
 * dtype; false otherwise. With alpha 1 the sum is plain (the fused a + 1*b rounds alike).
 */
function addInto(self: Tensor, other: Tensor, alpha: number): boolean {
  if (needsGrad([self, other]) || !isFloating(self.dtype) || other.dtype !== self.dtype || !sameShape(self.shape, other.shape)) return false;
  const target = contiguousBlock(self);
  const source = contiguousBlock(other);
  if (!target || !source) return false;
  checkNoPartialOverlap(self, other);
  if (alpha === 1) {
    if (!wasmBinary('add', target, source, target, target.length)) for (let i = 0; i < target.length; i++) target[i] = target[i]! + source[i]!;
  } else {
    fusedScaledSum(target, source, castValue(alpha, self.dtype), target, self.dtype === 'float32', 1);
  }
  self.version.value++;
  return true;
}

/** PyTorch's checks on alpha against the result dtype; true when alpha actually scales (is not 1). */
function checkAlpha(alpha: Tensor, dtype: DType): boolean {
  if (alpha.dtype === 'bool' && dtype !== 'bool') throw runtimeError('Boolean alpha only supported for Boolean results.');
  if (!isFloating(dtype) && isFloating(alpha.dtype)) throw runtimeError('For integral input tensors, argument alpha must not be a floating point number.');
  return alpha.storage[0] !== 1;
}

export const mulInPlace = (self: Tensor, other: Tensor): Tensor => inPlace(self, [other], true, (input) => mul(input, other));
export const divInPlace = (self: Tensor, other: Tensor): Tensor => inPlace(self, [other], true, (input) => div(input, other));

/** clamp_(min=, max=): bounds are wrapped Python numbers; at least one must be given. */
export function clampInPlace(self: Tensor, min?: Tensor, max?: Tensor): Tensor {
  if (!min && !max) throw runtimeError("torch.clamp: At least one of 'min' or 'max' must not be None");
  const bounds = [min, max].filter((bound): bound is Tensor => bound !== undefined);
  const resultDtype = promoteOperands(self, ...bounds);
  // clamp_ names the C++ type of self in its cast error.
  const checkCast = (): void => {
    if (!castable(resultDtype, self.dtype)) throw runtimeError(`result type ${scalarTypeName(resultDtype)} can't be cast to the desired output type ${cppTypeName(self.dtype)}`);
  };
  const bound = (value: Tensor | undefined, absent: number): number => (value ? checkedScalar(value.storage[0]!, self.dtype) : absent);
  return inPlace(self, [], true, (input) => clamp(input, bound(min, -Infinity), bound(max, Infinity)), checkCast);
}

export function zeroInPlace(self: Tensor): Tensor {
  const block = needsGrad([self]) ? null : contiguousBlock(self);
  if (block) {
    block.fill(0);
    self.version.value++;
    return self;
  }
  return inPlace(self, [], false, (input) => {
    const out = zeros(self.shape, self.dtype);
    record('ZeroBackward0', [input], out, ([grad]) => [zeroGradient(grad!.shape, grad!.dtype)]);
    return out;
  });
}

/** fill_(value): a wrapped Python number, or a 0-dim tensor (whose gradient is the sum of the upstream). */
export function fillInPlace(self: Tensor, value: Tensor): Tensor {
  const fromNumber = value instanceof WrappedNumber;
  if (!fromNumber && value.ndim !== 0) throw runtimeError(`fill_ only supports 0-dimension value tensor but got tensor with ${value.ndim} dimensions.`);
  return inPlace(self, fromNumber ? [] : [value], false, (input) => {
    const out = full(self.shape, value.storage[value.offset]!, self.dtype);
    if (fromNumber) record('FillBackward2', [input], out, ([grad]) => [zeroGradient(grad!.shape, grad!.dtype)]);
    else record('FillBackward3', [input, value], out, ([grad]) => [zeroGradient(grad!.shape, grad!.dtype), value.requiresGrad ? sum(grad!) : null]);
    return out;
  });
}

/**
 * copy_(src): src broadcast to self's shape and converted to self's dtype. Recorded only into floating
 * tensors; the gradient reaching src is converted back to src's dtype before being summed to its shape.
 */
export function copyInPlace(self: Tensor, src: Tensor): Tensor {
  return inPlace(self, [src], false, (input) => {
    const shape = broadcastShapes(self.shape, src.shape);
    const out = new Tensor(materialize(src, shape, self.dtype), shape, contiguousStrides(shape), 0, self.dtype);
    if (isFloating(self.dtype)) {
      record('CopyBackwards', [input, src], out, ([grad]) => [zeroGradient(grad!.shape, grad!.dtype), src.requiresGrad ? sumToShape(toDtype(grad!, src.dtype), src.shape) : null]);
    }
    return out;
  });
}

/**
 * An out-of-place op applied in place (neg_, sin_, ...): `savesSelf` when its backward needs its input. Not
 * for ops whose backward needs their result (exp_, sigmoid_, ...): the node would keep the op's own result
 * rather than self, so a later in-place change of self would not be detected.
 */
export const applyInPlace = (self: Tensor, op: (input: Tensor) => Tensor, savesSelf: boolean): Tensor => inPlace(self, [], savesSelf, op);

/**
 * An out-of-place op whose backward needs its result (exp_, sigmoid_, relu_, ...) applied in place: the node
 * saves self, which now holds the result, so a later in-place change of self is detected as in PyTorch.
 */
export function applyInPlaceSavingResult(self: Tensor, op: (input: Tensor) => Tensor): Tensor {
  let result: Tensor | undefined;
  inPlace(self, [], false, (input) => (result = op(input)));
  if (result?.gradFn instanceof FunctionNode) result.gradFn.saveResultAsSelf(result, self);
  return self;
}

// ---- activations whose in-place variants compute their gradient from the result

/** The activation's values, then `name`'s node (input -> result) whose gradient reads the result. */
function activationFromResult(input: Tensor, values: Tensor, name: string, gradient: Gradient): Tensor {
  record(name, [input], values, ([grad], [result]) => [gradient(grad!, result!)], [values]);
  return values;
}

const roundingOf = (dtype: DType) => (dtype === 'float32' ? Math.fround : (x: number) => x);

/** leaky_relu_: LeakyReluBackward1 lets the gradient through where the result is positive, else scales it. */
export function leakyReluInPlace(self: Tensor, negativeSlope: number): Tensor {
  return applyInPlaceSavingResult(self, (input) =>
    activationFromResult(input, withGradMode(false, () => leakyRelu(input, negativeSlope)), 'LeakyReluBackward1', (grad, result) => {
      if (negativeSlope < 0) {
        throw runtimeError(
          'In-place leakyReLu backward calculation is triggered with a negative slope which is not supported. This is caused by calling in-place forward function with a negative slope, please call out-of-place version instead. File an issue at https://github.com/pytorch/pytorch if you do require supporting in-place leakRelu backward calculation with negative slope',
        );
      }
      return leakyReluGradient(roundingOf(result.dtype)(negativeSlope))(grad, result);
    }),
  );
}

/**
 * elu_, selu_ and celu_ (`name` CeluBackward1): the node computes grad * inputScale * (result + alpha * scale)
 * where the result is not positive (PyTorch's is_result path).
 */
export function eluInPlace(self: Tensor, parameters: EluParameters = ELU_DEFAULTS, name = 'EluBackward1'): Tensor {
  return applyInPlaceSavingResult(self, (input) =>
    activationFromResult(input, withGradMode(false, () => eluWith(input, parameters)), name, (grad, result) => {
      if (parameters.alpha < 0) {
        throw runtimeError(
          'In-place elu backward calculation is triggered with a negative slope which is not supported. This is caused by calling in-place forward function with a negative slope, please call out-of-place version instead.',
        );
      }
      return eluGradient(parameters, true)(grad, result);
    }),
  );
}

// ---- a + alpha * b

/**
 * a + alpha * b rounded as PyTorch's CPU kernel does: a fused multiply-add (one rounding), except where b is
 * one value repeated along the innermost rows (a Python number, or broadcast). There, in the tail of each row
 * that the vector loop leaves over, the first element is fused, then groups of 16 bytes add round(alpha * b)
 * computed once, and the rest is fused again.
 */
function scaledSum(a: Tensor, b: Tensor, alpha: number): Tensor {
  const dtype = promoteOperands(a, b);
  const shape = broadcastShapes(a.shape, b.shape);
  const x = materialize(a, shape, dtype);
  const y = materialize(b, shape, dtype);
  const scale = castValue(alpha, dtype);
  const out = allocate(dtype, x.length);
  if (dtype === 'bool') {
    for (let i = 0; i < out.length; i++) out[i] = x[i] || (scale && y[i]) ? 1 : 0;
  } else if (dtype === 'int64') {
    for (let i = 0; i < out.length; i++) out[i] = x[i]! + scale * y[i]!;
  } else {
    fusedScaledSum(x, y, scale, out, dtype === 'float32', repeatedRowLength(shape, b.shape));
  }
  return new Tensor(out, shape, contiguousStrides(shape), 0, dtype);
}

/** How many consecutive output elements share one value of b (1 when b varies along the innermost dim). */
function repeatedRowLength(shape: Shape, bShape: Shape): number {
  let length = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    if (shape[d] === 1) continue;
    const bSize = bShape[bShape.length - shape.length + d] ?? 1;
    if (bSize !== 1) break;
    length *= shape[d]!;
  }
  return length;
}

function fusedScaledSum(x: Storage, y: Storage, scale: number, out: Storage, float32: boolean, rowLength: number): void {
  const n = out.length;
  if (rowLength === 1) {
    // One loop per type, so each call site sees one function to inline.
    if (float32) for (let i = 0; i < n; i++) out[i] = fmaf(y[i]!, scale, x[i]!);
    else for (let i = 0; i < n; i++) out[i] = fma(y[i]!, scale, x[i]!);
    return;
  }
  const fused = float32 ? fmaf : fma;
  // The vector loop takes 2 vectors of 32 bytes per step; the tail's unfused groups are 16 bytes wide.
  const perStep = float32 ? 16 : 8;
  const perGroup = float32 ? 4 : 2;
  const tailStart = rowLength - (rowLength % perStep);
  const unfusedStart = Math.min(tailStart + 1, rowLength);
  const unfusedEnd = unfusedStart + Math.floor((rowLength - unfusedStart) / perGroup) * perGroup;
  for (let row = 0; row < n; row += rowLength) {
    const repeated = y[row]!;
    const product = float32 ? Math.fround(scale * repeated) : scale * repeated;
    for (let j = 0; j < rowLength; j++) {
      const i = row + j;
      out[i] = j >= unfusedStart && j < unfusedEnd ? x[i]! + product : fused(repeated, scale, x[i]!);
    }
  }
}

// ---- Tensor.data

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * `tensor.data = source` (PyTorch's set_data): self takes source's storage, shape, strides, offset and dtype, and
 * keeps its identity, version counter, requires_grad, grad and history. The only place a tensor's data changes.
 */
export function setData(self: Tensor, source: Tensor): void {
  if (self.requiresGrad && !isFloating(source.dtype)) throw runtimeError('data set to a tensor that requires gradients must be floating point or complex dtype');
  const target = self as Writable<Tensor>;
  target.storage = source.storage;
  target.shape = [...source.shape];
  target.strides = [...source.strides];
  target.offset = source.offset;
  target.dtype = source.dtype;
}

/** `tensor.data`: the same values, outside autograd, with a version counter of its own (unlike detach()). */
export const variableData = (tensor: Tensor): Tensor => new Tensor(tensor.storage, [...tensor.shape], [...tensor.strides], tensor.offset, tensor.dtype);
