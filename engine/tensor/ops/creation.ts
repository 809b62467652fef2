// Tensors made from values: zeros, ones, full, arange, and tensor() from nested lists.
import { fma, fmaf } from '../../numeric/fma';
import { allocate, BYTES, castValue, checkedScalar, checkScalarFits, isIntegral, overflowError, overflows, type DType } from '../dtype';
import { runtimeError, valueError } from '../errors';
import { numel, type Shape } from '../shape';
import { Tensor } from '../tensor';

/** full(shape, value): a value the dtype cannot hold raises PyTorch's overflow error (see checkedScalar). */
export function full(shape: Shape, value: number, dtype: DType): Tensor {
  for (const size of shape) if (size < 0) throw runtimeError(`Trying to create tensor with negative dimension ${size}: [${shape.join(', ')}]`);
  const storage = allocate(dtype, numel(shape));
  if (value !== 0) storage.fill(checkedScalar(value, dtype));
  return Tensor.fromStorage(storage, shape, dtype);
}

export const zeros = (shape: Shape, dtype: DType): Tensor => full(shape, 0, dtype);
export const ones = (shape: Shape, dtype: DType): Tensor => full(shape, 1, dtype);

/**
 * arange(start, end, step): the count is computed in double, as PyTorch does. Integer dtypes count in int64
 * from the truncated bounds and step (int64 also takes its count from them; int32 from the given values).
 */
export function arange(start: number, end: number, step: number, dtype: DType): Tensor {
  // Integer arange accumulates in int64, whose exact range here is limited (see castValue).
  const accumulated = (value: number) => (isIntegral(dtype) ? castValue(value, 'int64') : value);
  const from = accumulated(start);
  const to = accumulated(end);
  const by = accumulated(step);
  if (by === 0) throw runtimeError('step must be nonzero');
  if (!((by > 0 && to >= from) || (by < 0 && to <= from))) throw runtimeError('upper bound and larger bound inconsistent with step sign');
  const count = Math.ceil(dtype === 'int64' ? (to - from) / by : (end - start) / step);
  const storage = allocate(dtype, count);
  for (let i = 0; i < count; i++) storage[i] = castValue(from + i * by, dtype);
  return Tensor.fromStorage(storage, [count], dtype);
}

/** A nested list of numbers/booleans as the language layer hands it over. */
export type NestedValues = number | boolean | NestedValues[];

/** The dtype torch.tensor infers: bool if all bools, int64 if all ints, else the default float. */
export function inferDtype(values: NestedValues, isInteger: (value: number) => boolean, defaultFloat: DType): DType {
  let sawFloat = false;
  let sawInt = false;
  let sawBool = false;
  const visit = (value: NestedValues): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'boolean') sawBool = true;
    else if (isInteger(value)) sawInt = true;
    else sawFloat = true;
  };
  visit(values);
  return sawFloat ? defaultFloat : sawInt ? 'int64' : sawBool ? 'bool' : defaultFloat;
}

/**
 * torch.tensor(data): checks the nesting is rectangular, as PyTorch does, and copies the values (a value an
 * integer dtype cannot hold raises; floats round, to infinity if need be).
 */
export function fromNested(values: NestedValues, dtype: DType): Tensor {
  const shape: number[] = [];
  for (let level: NestedValues = values; Array.isArray(level); level = level[0]!) {
    shape.push(level.length);
    if (level.length === 0) break;
  }
  const storage = allocate(dtype, numel(shape));
  let written = 0;
  const visit = (value: NestedValues, depth: number): void => {
    if (!Array.isArray(value)) {
      if (depth !== shape.length) throw valueError(`expected sequence of length ${shape[depth]} at dim ${depth} (got ${value})`);
      const number = typeof value === 'boolean' ? Number(value) : value;
      if (isIntegral(dtype) && overflows(number, dtype)) throw overflowError(dtype);
      storage[written++] = castValue(number, dtype);
      return;
    }
    if (depth >= shape.length || value.length !== shape[depth]) {
      throw valueError(`expected sequence of length ${shape[depth] ?? 0} at dim ${depth} (got ${value.length})`);
    }
    for (const item of value) visit(item, depth + 1);
  };
  visit(values, 0);
  return Tensor.fromStorage(storage, shape, dtype);
}

/** The width of PyTorch's AVX2 vectors; linspace's vector path works in pairs of them. */
const VECTOR_BYTES = 32;

/**
 * linspace(start, end, steps), as PyTorch's CPU kernel computes it in the output dtype: step = (end - start) /
 * (steps - 1); the first half counts up from start, the second half down from end. Blocks of two vectors take
 * the vector path, where each vector is its first element plus multiples of step; the tail goes one by one.
 * `start + step * i` was compiled into a fused multiply-add (one rounding), the lanes' additions were not.
 */
export function linspace(start: number, end: number, steps: number, dtype: DType): Tensor {
  if (steps < 0) throw runtimeError('number of steps must be non-negative');
  const round = dtype === 'float32' ? Math.fround : (x: number) => x;
  // Integer dtypes take their bounds as integers and step in double.
  const integral = isIntegral(dtype);
  const storage = allocate(dtype, steps);
  // The kernel converts both bounds to the dtype, checked; with no steps it never runs.
  if (steps > 0) {
    checkScalarFits(start, dtype);
    checkScalarFits(end, dtype);
  }
  if (steps === 1) storage[0] = castValue(start, dtype);
  if (steps > 1) {
    const from = integral ? castValue(start, dtype) : round(start);
    const to = integral ? castValue(end, dtype) : round(end);
    const step = integral ? (to - from) / (steps - 1) : round(round(to - from) / (steps - 1));
    const halfway = Math.floor(steps / 2);
    const fused = dtype === 'float32' ? fmaf : fma;
    const scalarAt = (i: number) => (i < halfway ? fused(step, i, from) : fused(-step, steps - i - 1, to));
    const vector = VECTOR_BYTES / BYTES[dtype];
    const vectorized = steps - (steps % (2 * vector));
    for (let base = 0; base < vectorized; base += vector) {
      const first = castValue(scalarAt(base), dtype);
      for (let lane = 0; lane < vector; lane++) storage[base + lane] = castValue(lane === 0 ? first : round(first + round(step * lane)), dtype);
    }
    for (let i = vectorized; i < steps; i++) storage[i] = castValue(scalarAt(i), dtype);
  }
  return Tensor.fromStorage(storage, [steps], dtype);
}

/**
 * logspace(start, end, steps, base) as PyTorch's CPU loop computes it: the exponent in double from bounds in the
 * output dtype (the first half counting up from start, the second half down from end), base ** exponent in
 * double, then converted. Integer dtypes take the base as a float. `Math.pow` stands for glibc's pow, which it
 * matches for float32 and integer results and may miss by an ulp in float64 (as float64 pow does elsewhere).
 */
export function logspace(start: number, end: number, steps: number, base: number, dtype: DType): Tensor {
  if (steps < 0) throw runtimeError('number of steps must be non-negative');
  const storage = allocate(dtype, steps);
  if (steps === 1) storage[0] = castValue(Math.pow(base, start), dtype);
  if (steps > 1) {
    const integral = isIntegral(dtype);
    const from = castValue(start, dtype);
    const to = castValue(end, dtype);
    const step = castValue(to - from, dtype) / (steps - 1);
    const powerOf = integral ? Math.fround(base) : base;
    const halfway = Math.floor(steps / 2);
    for (let i = 0; i < steps; i++) storage[i] = castValue(Math.pow(powerOf, i < halfway ? from + step * i : to - step * (steps - i - 1)), dtype);
  }
  return Tensor.fromStorage(storage, [steps], dtype);
}

/** eye(n, m): ones on the main diagonal. */
export function eye(n: number, m: number, dtype: DType): Tensor {
  if (n < 0) throw runtimeError(`n must be greater or equal to 0, got ${n}`);
  if (m < 0) throw runtimeError(`m must be greater or equal to 0, got ${m}`);
  const out = zeros([n, m], dtype);
  for (let i = 0; i < Math.min(n, m); i++) out.storage[i * m + i] = 1;
  return out;
}
