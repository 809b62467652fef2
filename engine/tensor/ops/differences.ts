// Finite differences and trapezoid integration: diff, trapezoid and cumulative_trapezoid, composed of the same
// operations ATen composes them of (narrow and sub, sums, the Scalar-overload mul and div), so values round and
// grad_fn chains read as PyTorch's.
import { runtimeError } from '../errors';
import { normalizeDim } from '../shape';
import type { Tensor } from '../tensor';
import { add, divScalar, mul, mulScalar, sub } from './arithmetic';
import { logicalXor } from './comparison';
import { zeros } from './creation';
import { copyInPlace } from './inplace';
import { cat } from './join';
import { sum } from './reduce';
import { narrow } from './reorder';
import { cumsum } from './statistics';
import { select, slice, view } from './views';

function checkAppended(input: Tensor, other: Tensor | undefined, dim: number): void {
  if (other === undefined) return;
  const d = normalizeDim(dim, input.ndim);
  if (other.ndim !== input.ndim) throw runtimeError('diff expects prepend or append to be the same dimension as input');
  input.shape.forEach((size, i) => {
    if (i !== d && other.shape[i] !== size) {
      throw runtimeError(
        `diff expects the shape of tensor to prepend or append to match that of input except along the differencing dimension; input.size(${i}) = ${size}, but got tensor.size(${i}) = ${other.shape[i]}`,
      );
    }
  });
}

/** diff: the n-th forward difference along dim (logical xor for bools), after joining prepend and append. */
export function diff(input: Tensor, n = 1, dim = -1, prepend?: Tensor, append?: Tensor): Tensor {
  if (input.ndim < 1) throw runtimeError('diff expects input to be at least one-dimensional');
  checkAppended(input, prepend, dim);
  checkAppended(input, append, dim);
  // n == 0 ignores prepend and append and returns a copy, as zeros_like(self).copy_(self).
  if (n === 0) return copyInPlace(zeros(input.shape, input.dtype), input);
  let result = prepend || append ? cat([prepend, input, append].filter((part): part is Tensor => part !== undefined), dim) : input;
  const d = normalizeDim(dim, result.ndim);
  const steps = Math.min(n, result.shape[d]!);
  for (let i = 0; i < steps; i++) {
    const length = result.shape[d]! - 1;
    const [later, earlier] = [narrow(result, d, 1, length), narrow(result, d, 0, length)];
    result = result.dtype === 'bool' ? logicalXor(later, earlier) : sub(later, earlier);
  }
  return result;
}

/** x given for trapezoid: a 1-d x lies along dim, a shorter one gains leading dimensions of size 1. */
function spacingOf(y: Tensor, x: Tensor, dim: number, name: string): Tensor {
  let viewed = x;
  if (x.ndim === 1) {
    if (x.shape[0] !== y.shape[dim]) throw runtimeError(`${name}: There must be one \`x\` value for each sample point`);
    const shape = y.shape.map(() => 1);
    shape[dim] = x.shape[0]!;
    viewed = view(x, shape);
  } else if (x.ndim < y.ndim) {
    viewed = view(x, [...Array<number>(y.ndim - x.ndim).fill(1), ...x.shape]);
  }
  const length = viewed.shape[dim]! - 1;
  return sub(slice(viewed, dim, 1, length + 1), slice(viewed, dim, 0, length));
}

/** The neighbouring pairs' sums along dim: y[..., :-1] + y[..., 1:]. */
function pairSums(y: Tensor, dim: number): Tensor {
  const length = y.shape[dim]! - 1;
  return add(slice(y, dim, 0, length), slice(y, dim, 1, length + 1));
}

function checkNotBool(y: Tensor, x: Tensor | undefined, name: string): void {
  if (y.dtype === 'bool' || x?.dtype === 'bool') {
    throw runtimeError(`${name}: received a bool input for ${x ? '`x` or `y`' : '`y`'}, but bool is not supported`);
  }
}

/** trapezoid(y, x or dx, dim): with a constant spacing dx * (sum(y) - (y_first + y_last) * 0.5). */
export function trapezoid(y: Tensor, spacing: Tensor | number, dim = -1): Tensor {
  const d = normalizeDim(dim, y.ndim);
  if (y.shape[d] === 0) return zeros(y.shape.filter((_, i) => i !== d), y.dtype);
  checkNotBool(y, typeof spacing === 'number' ? undefined : spacing, 'trapezoid');
  if (typeof spacing === 'number') return mulScalar(sub(sum(y, [d]), mulScalar(add(select(y, d, 0), select(y, d, -1)), 0.5)), spacing);
  return divScalar(sum(mul(pairSums(y, d), spacingOf(y, spacing, d, 'trapezoid')), [d]), 2);
}

/** cumulative_trapezoid(y, x or dx, dim): the running sums of the trapezoids' areas. */
export function cumulativeTrapezoid(y: Tensor, spacing: Tensor | number, dim = -1): Tensor {
  const d = normalizeDim(dim, y.ndim);
  checkNotBool(y, typeof spacing === 'number' ? undefined : spacing, 'cumulative_trapezoid');
  if (typeof spacing === 'number') return cumsum(mulScalar(pairSums(y, d), spacing / 2), d);
  return divScalar(cumsum(mul(pairSums(y, d), spacingOf(y, spacing, d, 'cumulative_trapezoid')), d), 2);
}
