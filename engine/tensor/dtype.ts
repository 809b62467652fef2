// Element types and PyTorch's type promotion. int64 is stored in a Float64Array: exact for |v| <= 2**53, which
// covers indices, labels and counts (values beyond that are not exact: a known limit of this representation).
import { runtimeError } from './errors';

export type DType = 'bool' | 'int64' | 'float32' | 'float64';

export type Storage = Uint8Array | Float64Array | Float32Array;

/** Ordered by PyTorch's promotion lattice for these types: bool < int64 < float32 < float64. */
const RANK: Record<DType, number> = { bool: 0, int64: 1, float32: 2, float64: 3 };

export function isFloating(dtype: DType): boolean {
  return dtype === 'float32' || dtype === 'float64';
}

const BYTES: Record<DType, number> = { bool: 1, int64: 8, float32: 4, float64: 8 };

/** One tensor's storage may not exceed this (the kernel's worker has a few GiB in all); see setStorageLimit. */
let storageLimitBytes = 2 ** 32;

/** Sets the largest storage one tensor may allocate, in bytes (a host setting, e.g. from the editor). */
export function setStorageLimit(bytes: number): void {
  storageLimitBytes = bytes;
}

export function allocate(dtype: DType, length: number): Storage {
  const bytes = length * BYTES[dtype];
  try {
    if (bytes > storageLimitBytes) throw new RangeError('too large');
    switch (dtype) {
      case 'bool':
        return new Uint8Array(length);
      case 'float32':
        return new Float32Array(length);
      default:
        return new Float64Array(length);
    }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // PyTorch's allocator failure, word for word, so notebooks behave alike when memory runs out.
    throw runtimeError(
      `[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate ${bytes} bytes. Error code 12 (Cannot allocate memory)`,
    );
  }
}

/** The higher of two dtypes (promote_types). */
export function promote(a: DType, b: DType): DType {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * One operand of an operation, for torch.result_type: dimensioned tensors outrank zero-dim tensors, which
 * outrank Python scalars, unless a lower-ranked operand is of a higher category. A Python float is given as
 * the default float dtype, a Python int as int64, a bool as bool.
 */
export interface Operand {
  dtype: DType;
  kind: 'tensor' | 'zerodim' | 'scalar';
}

export function resultType(operands: readonly Operand[]): DType {
  const highest: Partial<Record<Operand['kind'], DType>> = {};
  for (const { dtype, kind } of operands) {
    const current = highest[kind];
    highest[kind] = current === undefined ? dtype : promote(current, dtype);
  }
  const result = combineCategories(highest.tensor, combineCategories(highest.zerodim, highest.scalar));
  if (result === undefined) throw new Error('resultType needs at least one operand');
  return result;
}

/** A lower-ranked dtype only matters if it brings a higher category (bool < integral < floating). */
function combineCategories(higher: DType | undefined, lower: DType | undefined): DType | undefined {
  if (higher === undefined) return lower;
  if (lower === undefined || isFloating(higher)) return higher;
  if (higher === 'bool' || isFloating(lower)) return promote(higher, lower);
  return higher;
}

/** Python-facing name: torch.float32. */
export function dtypeName(dtype: DType): string {
  return `torch.${dtype}`;
}

/** The C++ scalar type name PyTorch uses in messages ("expected scalar type Float but found Double"). */
export function scalarTypeName(dtype: DType): string {
  return { bool: 'Bool', int64: 'Long', float32: 'Float', float64: 'Double' }[dtype];
}

/** Rounds a computed value to what the dtype can hold. */
export function castValue(value: number, dtype: DType): number {
  switch (dtype) {
    case 'bool':
      return value !== 0 ? 1 : 0;
    case 'int64':
      return Math.trunc(value);
    case 'float32':
      return Math.fround(value);
    default:
      return value;
  }
}
