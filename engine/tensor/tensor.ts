// The tensor: a strided view of a storage, plus its autograd metadata. Operations live in ops/; this file
// only holds what every tensor is.
import { isGradEnabled, isInferenceMode } from './autograd/gradMode';
import { allocate, type DType, type Storage } from './dtype';
import { contiguousStrides, numel, type Shape } from './shape';
import type { Node } from './autograd/node';

/** Shared by a tensor and all its views: in-place writes bump it so saved tensors can detect them. */
export interface VersionCounter {
  value: number;
}

export class Tensor {
  /** True only on leaves the user asked to track; non-leaves require grad through their gradFn. */
  private leafRequiresGrad = false;
  /** The node that produced this tensor (null for leaves), and which of its outputs this is. */
  gradFn: Node | null = null;
  outputNr = 0;
  /** Accumulated gradient of a leaf, or of a non-leaf that called retain_grad(). */
  gradValue: Tensor | null = null;
  retainsGrad = false;
  /** The tensor this one is a view of (PyTorch's _base), for in-place checks on views. */
  base: Tensor | null = null;
  /** A leaf's AccumulateGrad node once a graph used it (see gradAccumulator): one per leaf, shared by every use. */
  gradAccumulator: Node | null = null;
  /**
   * A view taken in no_grad mode of a tensor that requires grad (PyTorch's CreationMeta::NO_GRAD_MODE): it
   * requires grad but is a leaf without a gradient of its own, and may not be modified in place while grad is on.
   */
  viewWithoutGrad = false;
  /** Set on nn.Parameter instances: changes the repr and module registration. */
  isParameter = false;
  /** Created inside torch.inference_mode() (Tensor.is_inference()). */
  readonly isInference = isInferenceMode();
  /**
   * The object a language binding shows this tensor as, created on first use and kept for the tensor's life, so
   * the tensor is always the same object there (a field rather than a weak map: no table entry per tensor).
   */
  boundObject: object | null = null;

  constructor(
    readonly storage: Storage,
    readonly shape: number[],
    readonly strides: number[],
    readonly offset: number,
    readonly dtype: DType,
    readonly version: VersionCounter = { value: 0 },
  ) {}

  static empty(shape: Shape, dtype: DType): Tensor {
    return Tensor.fromStorage(allocate(dtype, numel(shape)), shape, dtype);
  }

  static fromStorage(storage: Storage, shape: Shape, dtype: DType): Tensor {
    return new Tensor(storage, [...shape], contiguousStrides(shape), 0, dtype);
  }

  get requiresGrad(): boolean {
    return this.gradFn !== null || this.leafRequiresGrad;
  }

  set requiresGrad(value: boolean) {
    this.leafRequiresGrad = value;
  }

  get isLeaf(): boolean {
    return this.gradFn === null;
  }

  get ndim(): number {
    return this.shape.length;
  }

  get numel(): number {
    return numel(this.shape);
  }

  isContiguous(): boolean {
    let expected = 1;
    for (let i = this.shape.length - 1; i >= 0; i--) {
      const size = this.shape[i]!;
      if (size === 1) continue;
      if (this.strides[i] !== expected) return false;
      expected *= size;
    }
    return true;
  }

  /** A view sharing storage, version counter and autograd-free: callers attach a gradFn if needed. */
  viewAs(shape: Shape, strides: readonly number[], offset: number): Tensor {
    const view = new Tensor(this.storage, [...shape], [...strides], offset, this.dtype, this.version);
    view.base = this.base ?? this;
    // Views of such a view keep the mark, as PyTorch propagates the creation meta.
    if (this.viewWithoutGrad || (this.requiresGrad && !isGradEnabled())) {
      view.viewWithoutGrad = true;
      view.requiresGrad = true;
    }
    return view;
  }

  /** The elements in row-major order as one contiguous array: the storage itself when already laid out so. */
  contiguousData(): Storage {
    const n = this.numel;
    if (this.isContiguous() && this.offset === 0 && this.storage.length === n) return this.storage;
    const out = allocate(this.dtype, n);
    copyStrided(this, out);
    return out;
  }

  /** Reads element i of the row-major order (slow path: for printing, item() and tolist()). */
  at(flatIndex: number): number {
    let offset = this.offset;
    let rest = flatIndex;
    for (let d = this.shape.length - 1; d >= 0; d--) {
      const size = this.shape[d]!;
      offset += (rest % size) * this.strides[d]!;
      rest = Math.floor(rest / size);
    }
    return this.storage[offset]!;
  }
}

/** Copies a strided tensor's elements into `out` in row-major order. */
export function copyStrided(source: Tensor, out: Storage): void {
  const { storage } = source;
  forEachRow(source, (start, stride, length, written) => {
    for (let i = 0, at = start; i < length; i++, at += stride) out[written + i] = storage[at]!;
  });
}

/** Writes `values` (row-major) into a strided tensor's elements. */
export function scatterStrided(target: Tensor, values: Storage): void {
  const { storage } = target;
  forEachRow(target, (start, stride, length, written) => {
    for (let i = 0, at = start; i < length; i++, at += stride) storage[at] = values[written + i]!;
  });
}

/**
 * Visits a tensor's elements one innermost row at a time, in row-major order: the row's first storage index,
 * its stride, its length, and how many elements came before it.
 */
function forEachRow(tensor: Tensor, visit: (start: number, stride: number, length: number, written: number) => void): void {
  const { shape, strides } = tensor;
  const rank = shape.length;
  const n = numel(shape);
  if (n === 0) return;
  if (rank === 0) {
    visit(tensor.offset, 1, 1, 0);
    return;
  }
  const inner = shape[rank - 1]!;
  const innerStride = strides[rank - 1]!;
  const index = new Array<number>(rank).fill(0);
  let base = tensor.offset;
  for (let written = 0; written < n; written += inner) {
    visit(base, innerStride, inner, written);
    // Advance the multi-index over the outer dims, carrying like an odometer.
    for (let d = rank - 2; d >= 0; d--) {
      index[d]!++;
      base += strides[d]!;
      if (index[d]! < shape[d]!) break;
      base -= strides[d]! * shape[d]!;
      index[d] = 0;
    }
  }
}
