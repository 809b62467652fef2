// torch.linalg: the norms (vector_norm, matrix_norm, norm over the same reductions as torch.norm, recorded
// as PyTorch 1.13 records them), matmul, multi_dot and diagonal. Decompositions, inverses and solvers are not
// here yet and raise AttributeError like any missing name.
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { isFloating, scalarTypeName } from '../tensor/dtype';
import { normalizeDim } from '../tensor/shape';
import { PyFloat, typeName, type PyValue } from '../python/objects/core';
import { PyList, PyTuple } from '../python/objects/containers';
import { RuntimeError, TypeError, notImplemented, pyError } from '../python/objects/exceptions';
import { str } from '../python/ops/convert';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';

/** The reductions torch.norm implements; other orders are refused by name. */
const VECTOR_ORDERS = new Set([1, 2, Infinity, -Infinity]);

function vectorNorm(input: Tensor, ord: number, dims: number[] | undefined, keepdim: boolean): Tensor {
  if (!isFloating(input.dtype)) throw pyError(RuntimeError, `linalg.vector_norm: Expected a floating point or complex tensor as input. Got ${scalarTypeName(input.dtype)}`);
  if (!VECTOR_ORDERS.has(ord)) throw notImplemented(`torch.linalg.vector_norm with ord=${str(new PyFloat(ord))} (supported: 1, 2, inf, -inf)`);
  return engine.norm(input, ord, dims, keepdim, 'LinalgVectorNormBackward0');
}

/** A number order, or the string orders of matrix norms ('fro', 'nuc'). */
type Order = number | string;

function orderOf(value: PyValue | undefined, fallback: Order): Order {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string') return value;
  if (value instanceof PyFloat) return value.value;
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return Number(value);
  throw pyError(TypeError, `linalg_norm(): argument 'ord' must be Number or str, not ${typeName(value)}`);
}

function orderText(ord: Order): string {
  return typeof ord === 'string' ? ord : str(Number.isInteger(ord) ? ord : new PyFloat(ord));
}

/**
 * linalg_matrix_norm: 'fro' is the 2-norm over both dims; ±1 and ±inf take the 1-norm along one dim (the rows'
 * dim for 1, the columns' for inf) and then amax / amin along the other.
 */
function matrixNorm(input: Tensor, ord: Order, dims: readonly number[], keepdim: boolean): Tensor {
  if (input.ndim < 2) throw pyError(RuntimeError, `linalg.matrix_norm: The input tensor A must have at least 2 dimensions.`);
  const [first, second] = dims.map((d) => normalizeDim(d, input.ndim)) as [number, number];
  if (ord === 'fro') return vectorNorm(input, 2, [first, second], keepdim);
  if (ord === 'nuc' || ord === 2 || ord === -2) throw notImplemented(`torch.linalg.matrix_norm with ord=${orderText(ord)} (it needs a singular value decomposition)`);
  if (typeof ord === 'string' || !(Math.abs(ord) === 1 || Math.abs(ord) === Infinity)) throw pyError(RuntimeError, `linalg.matrix_norm: Order ${orderText(ord)} not supported.`);
  let [summed, extreme] = Math.abs(ord) === Infinity ? [second, first] : [first, second];
  if (!keepdim && summed < extreme) extreme--;
  const rowNorms = vectorNorm(input, 1, [summed], keepdim);
  return ord > 0 ? engine.amax(rowNorms, [extreme], keepdim) : engine.amin(rowNorms, [extreme], keepdim);
}

function dimsOf(a: BoundArgs, name: string): number[] | undefined {
  const raw = a.raw(name);
  if (raw === undefined || raw === null) return undefined;
  return raw instanceof PyTuple || raw instanceof PyList ? raw.items.map(Number) : [Number(raw)];
}

/** linalg.norm: a vector norm for one dim (or none and no ord), a matrix norm for two dims or a 2-D input with an ord. */
function norm(a: BoundArgs): Tensor {
  const input = a.tensor('A');
  const dims = dimsOf(a, 'dim');
  const keepdim = a.bool('keepdim');
  const ordGiven = a.raw('ord') !== undefined && a.raw('ord') !== null;
  if (dims !== undefined) {
    if (dims.length === 1) return vectorNorm(input, orderOf(a.raw('ord'), 2) as number, dims, keepdim);
    if (dims.length === 2) return matrixNorm(input, orderOf(a.raw('ord'), 'fro'), dims, keepdim);
    throw pyError(RuntimeError, `linalg.norm: If dim is specified, it must be of length 1 or 2. Got [${dims.join(', ')}]`);
  }
  if (!ordGiven) return vectorNorm(input, 2, undefined, keepdim);
  if (input.ndim !== 1 && input.ndim !== 2) throw pyError(RuntimeError, `linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got ${input.ndim}D.`);
  const ord = orderOf(a.raw('ord'), 2);
  if (input.ndim === 2) return matrixNorm(input, ord, [0, 1], keepdim);
  if (typeof ord === 'string') throw pyError(RuntimeError, 'linalg.matrix_norm: The input tensor A must have at least 2 dimensions.');
  return vectorNorm(input, ord, undefined, keepdim);
}

function vectorOrder(a: BoundArgs): number {
  const raw = a.raw('ord');
  if (typeof raw === 'string') throw pyError(TypeError, `linalg_vector_norm(): argument 'ord' (position 2) must be Number, not str`);
  return orderOf(raw, 2) as number;
}

/** multi_dot: a chain of matrix products, left to right (1-D ends become a row / column vector). */
function multiDot(a: BoundArgs): Tensor {
  const tensors = a.tensors('tensors');
  if (tensors.length < 2) throw pyError(RuntimeError, `multi_dot(): expected at least 2 tensors but got ${tensors.length}`);
  return tensors.slice(1).reduce((product, next) => engine.matmul(product, next), tensors[0]!);
}

export const LINALG: Record<string, OpDefinition> = {
  vector_norm: { signature: 'x, ord=, dim=, keepdim=, *, dtype=', run: (a) => vectorNorm(a.tensor('x'), vectorOrder(a), dimsOf(a, 'dim'), a.bool('keepdim')) },
  matrix_norm: {
    signature: 'A, ord=, dim=, keepdim=, *, dtype=',
    run: (a) => matrixNorm(a.tensor('A'), orderOf(a.raw('ord'), 'fro'), dimsOf(a, 'dim') ?? [-2, -1], a.bool('keepdim')),
  },
  norm: { signature: 'A, ord=, dim=, keepdim=, *, dtype=', run: norm },
  matmul: { signature: 'input, other', run: (a) => engine.matmul(a.tensor('input'), a.tensor('other')) },
  multi_dot: { signature: 'tensors', run: multiDot },
  diagonal: { signature: 'A, *, offset=, dim1=, dim2=', run: (a) => engine.diagonal(a.tensor('A'), a.int('offset', 0), a.int('dim1', -2), a.int('dim2', -1)) },
};
