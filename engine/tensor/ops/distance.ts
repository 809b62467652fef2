// Distances: cdist (PyTorch 1.13's two CPU paths: the direct kernel _cdist_forward, and for p=2 over more than 25
// rows the matmul-based _euclidean_dist) and dist (the p-norm of a difference). Each backward follows PyTorch's
// formula or kernel, written right after its forward.
import { fma, fmaf } from '../../numeric/fma';
import { allocate, isFloating, scalarTypeName, type Storage } from '../dtype';
import { runtimeError, TorchError } from '../errors';
import { withGradMode } from '../autograd/gradMode';
import { broadcastShapes, numel } from '../shape';
import { Tensor } from '../tensor';
import { div, mul, mulScalar, neg, sub } from './arithmetic';
import { clampMin } from './clamp';
import { eq } from './comparison';
import { contiguous, detach } from './copy';
import { ones } from './creation';
import { wrapNumber } from './elementwise';
import { maskedFill } from './indexing';
import { cat } from './join';
import { matmul } from './linalg';
import { record } from './record';
import { sum, sumToShape } from './reduce';
import { norm, normBackward } from './statistics';
import { sqrt } from './unaryMath';
import { expand, transpose, unsqueeze, view } from './views';

/** The values of p the direct kernel is reproduced for (PyTorch's zdist, odist, tdist and idist). */
const SUPPORTED_P = new Set([0, 1, 2, Infinity]);

/** The batch dims of both operands broadcast, and their product. */
function batchOf(x1: Tensor, x2: Tensor): { batch: number[]; count: number } {
  const batch = broadcastShapes(x1.shape.slice(0, -2), x2.shape.slice(0, -2));
  return { batch, count: numel(batch) };
}

/** An operand expanded to the broadcast batch and flattened to (batch, rows, columns), copied if it must be. */
function flattenBatch(x: Tensor, batch: readonly number[], count: number): Tensor {
  const [rows, columns] = x.shape.slice(-2) as [number, number];
  return view(contiguous(expand(x, [...batch, rows, columns])), [count, rows, columns]);
}

/**
 * The direct kernel (run_parallel_cdist): for each pair of rows, the map of |a - b| reduced in order in the
 * dtype (sum for p = 0, 1, 2; max for inf), then finished (sqrt for p = 2). The compiler vectorises the squares
 * of p = 2 over whole groups of 4 float32 or 2 float64 elements, each square rounded before it is added; the
 * elements after the last group are added by fused multiply-adds (measured against PyTorch).
 */
function cdistKernel(t1: Storage, t2: Storage, count: number, r1: number, r2: number, m: number, p: number, out: Storage, float32: boolean): void {
  const round = float32 ? Math.fround : (x: number) => x;
  const fused = float32 ? fmaf : fma;
  const groupedEnd = m - (m % (float32 ? 4 : 2));
  for (let l = 0; l < count; l++) {
    for (let i = 0; i < r1; i++) {
      const a = (l * r1 + i) * m;
      for (let j = 0; j < r2; j++) {
        const b = (l * r2 + j) * m;
        let total = 0;
        for (let x = 0; x < m; x++) {
          const diff = Math.abs(round(t1[a + x]! - t2[b + x]!));
          if (p === 2) total = x < groupedEnd ? round(total + round(diff * diff)) : fused(diff, diff, total);
          else if (p === 1) total = round(total + diff);
          else if (p === 0) total = round(total + Math.min(Math.ceil(diff), 1));
          else total = total < diff ? diff : total;
        }
        out[(l * r1 + i) * r2 + j] = p === 2 ? round(Math.sqrt(total)) : total;
      }
    }
  }
}

/** sign() as PyTorch's distance kernels compute it: clamp(ceil(v), 0, 1) + clamp(floor(v), -1, 0). */
const kernelSign = (v: number): number => Math.min(Math.max(0, Math.ceil(v)), 1) + Math.min(Math.max(-1, Math.floor(v)), 0);

/**
 * _cdist_backward's kernel (run_backward_parallel_cdist): the gradient of each element of t1, the terms for
 * every row of t2 added in order, each term the p-norm's derivative at t1 - t2.
 */
function cdistBackwardKernel(grad: Storage, t1: Storage, t2: Storage, dist: Storage, count: number, r1: number, r2: number, m: number, p: number, out: Storage, float32: boolean): void {
  const round = float32 ? Math.fround : (x: number) => x;
  if (p === 0) return;
  for (let l = 0; l < count; l++) {
    for (let i = 0; i < r1; i++) {
      const a = (l * r1 + i) * m;
      for (let x = 0; x < m; x++) {
        let total = 0;
        for (let j = 0; j < r2; j++) {
          const diff = round(t1[a + x]! - t2[(l * r2 + j) * m + x]!);
          const k = (l * r1 + i) * r2 + j;
          const g = grad[k]!;
          const d = dist[k]!;
          let term: number;
          if (p === 1) term = round(g * kernelSign(diff));
          else if (p === 2) term = d === 0 ? 0 : round(round(g * diff) / d);
          else term = round(round(g * kernelSign(diff)) * (1 - Math.min(1, Math.ceil(Math.abs(round(Math.abs(diff) - d))))));
          total = round(total + term);
        }
        out[a + x] = total;
      }
    }
  }
}

/** The sizes of a cdist of x1 and x2, and both operands' values flattened to (batch, rows, columns), untracked. */
function cdistOperands(x1: Tensor, x2: Tensor) {
  const { batch, count } = batchOf(x1, x2);
  const [r1, m] = x1.shape.slice(-2) as [number, number];
  const r2 = x2.shape[x2.ndim - 2]!;
  const values = () => withGradMode(false, () => [flattenBatch(x1, batch, count), flattenBatch(x2, batch, count)].map((t) => t.contiguousData()) as [Storage, Storage]);
  return { batch, count, r1, r2, m, values };
}

/** _cdist_backward(grad, x1, x2, p, cdist): the gradient for x1 at its batch-expanded size. */
function cdistBackward(grad: Tensor, x1: Tensor, x2: Tensor, p: number, dist: Tensor): Tensor {
  const { batch, count, r1, r2, m, values } = cdistOperands(x1, x2);
  const shape = [...batch, r1, m];
  const out = allocate(x1.dtype, numel(shape));
  if (out.length > 0 && r2 > 0) {
    const [t1, t2] = values();
    cdistBackwardKernel(contiguous(grad).contiguousData(), t1, t2, contiguous(dist).contiguousData(), count, r1, r2, m, p, out, x1.dtype === 'float32');
  }
  return Tensor.fromStorage(out, shape, x1.dtype);
}

/** _cdist_forward: the direct kernel over the broadcast batch, recorded as CdistBackward0. */
function cdistDirect(x1: Tensor, x2: Tensor, p: number): Tensor {
  const { batch, count, r1, r2, m, values } = cdistOperands(x1, x2);
  const shape = [...batch, r1, r2];
  const distances = allocate(x1.dtype, numel(shape));
  if (distances.length > 0 && m > 0) {
    const [t1, t2] = values();
    cdistKernel(t1, t2, count, r1, r2, m, p, distances, x1.dtype === 'float32');
  }
  const out = Tensor.fromStorage(distances, shape, x1.dtype);
  const [shape1, shape2] = [[...x1.shape], [...x2.shape]];
  record(
    'CdistBackward0',
    [x1, x2],
    out,
    ([grad], [saved1, saved2, result]) => [
      x1.requiresGrad ? sumToShape(cdistBackward(grad!, saved1!, saved2!, p, result!), shape1) : null,
      x2.requiresGrad ? sumToShape(cdistBackward(transpose(grad!, -1, -2), saved2!, saved1!, p, transpose(result!, -1, -2)), shape2) : null,
    ],
    [x1, x2, out],
  );
  return out;
}

/**
 * _euclidean_dist: sqrt(clamp_min([-2 x1, |x1|², 1] @ [x2, 1, |x2|²]ᵀ, 1e-30)), computed untracked and recorded
 * as EuclideanDistBackward0.
 */
function euclideanDist(x1: Tensor, x2: Tensor): Tensor {
  const out = withGradMode(false, () => {
    const [a, b] = [detach(x1), detach(x2)];
    const norm1 = sum(mul(a, a), [-1], true);
    const norm2 = sum(mul(b, b), [-1], true);
    const left = cat([mulScalar(a, -2), norm1, ones(norm1.shape, a.dtype)], -1);
    const right = cat([b, ones(norm2.shape, b.dtype), norm2], -1);
    return sqrt(clampMin(matmul(left, transpose(right, -1, -2)), 1e-30));
  });
  record(
    'EuclideanDistBackward0',
    [x1, x2],
    out,
    ([grad], [saved1, saved2, result]) => {
      // A zero distance gets the subgradient 0.
      const ratio = maskedFill(div(grad!, result!), eq(result!, wrapNumber(0, 'int64')), 0);
      return [
        x1.requiresGrad ? sub(mul(saved1!, sum(ratio, [-1], true)), matmul(ratio, saved2!)) : null,
        x2.requiresGrad ? sub(mul(saved2!, unsqueeze(sum(ratio, [-2]), -1)), matmul(transpose(ratio, -1, -2), saved1!)) : null,
      ];
    },
    [x1, x2, out],
  );
  return out;
}

/**
 * cdist(x1, x2, p, computeMode): 0 uses the matmul path for p = 2 when either operand has more than 25 rows
 * (use_mm_for_euclid_dist_if_necessary), 1 always for p = 2, 2 never.
 */
export function cdist(x1: Tensor, x2: Tensor, p = 2, computeMode = 0): Tensor {
  if (x1.ndim < 2) throw runtimeError(`cdist only supports at least 2D tensors, X1 got: ${x1.ndim}D`);
  if (x2.ndim < 2) throw runtimeError(`cdist only supports at least 2D tensors, X2 got: ${x2.ndim}D`);
  const [r1, c1] = x1.shape.slice(-2) as [number, number];
  const [r2, c2] = x2.shape.slice(-2) as [number, number];
  if (c1 !== c2) throw runtimeError(`X1 and X2 must have the same number of columns. X1: ${c1} X2: ${c2}`);
  if (!isFloating(x1.dtype)) throw runtimeError(`cdist only supports floating-point dtypes, X1 got: ${scalarTypeName(x1.dtype)}`);
  if (!isFloating(x2.dtype)) throw runtimeError(`cdist only supports floating-point dtypes, X2 got: ${scalarTypeName(x2.dtype)}`);
  if (!(p >= 0)) throw runtimeError('cdist only supports non-negative p values');
  if (x1.dtype !== x2.dtype) throw runtimeError(`expected scalar type ${scalarTypeName(x1.dtype)} but found ${scalarTypeName(x2.dtype)}`);
  if (computeMode < 0 || computeMode > 2) throw runtimeError(`possible modes: 0, 1, 2, but was: ${computeMode}`);
  if (!SUPPORTED_P.has(p)) throw new TorchError('NotImplementedError', `cdist with p=${p} is not supported in agnb yet (p must be 0, 1, 2 or inf)`);
  const { batch, count } = batchOf(x1, x2);
  const useMatmul = p === 2 && (computeMode === 1 || (computeMode === 0 && (r1 > 25 || r2 > 25)));
  if (x1.numel === 0 || x2.numel === 0 || !useMatmul) return cdistDirect(x1, x2, p);
  const distances = count === 1 ? euclideanDist(x1, x2) : euclideanDist(flattenBatch(x1, batch, count), flattenBatch(x2, batch, count));
  return view(distances, [...batch, r1, r2]);
}

/** dist(input, other, p): the p-norm of input - other, recorded as DistBackward0 (norm's gradient, negated for other). */
export function dist(input: Tensor, other: Tensor, p = 2): Tensor {
  const out = withGradMode(false, () => norm(sub(detach(input), detach(other)), p));
  const [shape1, shape2] = [[...input.shape], [...other.shape]];
  record(
    'DistBackward0',
    [input, other],
    out,
    ([grad], [saved1, saved2, result]) => {
      const difference = sub(saved1!, saved2!);
      const dims = difference.shape.map((_, d) => d);
      const gradient = normBackward(grad!, difference, result!, p, dims, false, true);
      return [input.requiresGrad ? sumToShape(gradient, shape1) : null, other.requiresGrad ? sumToShape(neg(gradient), shape2) : null];
    },
    [input, other, out],
  );
  return out;
}
