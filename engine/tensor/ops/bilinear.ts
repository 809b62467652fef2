// The bilinear form out[r, k] = Σ_j Σ_l x1[r, j] W[k, j, l] x2[r, l] of F.bilinear, as PyTorch's _trilinear
// computes it: for each output feature k, a matrix product over j, then one over l, each a sequential sum
// of rounded products (its small batched products and the reference BLAS add in that order). Its backward
// is _trilinear again with the roles exchanged, which fixes the order of each gradient's sums.
import { allocate, type DType, type Storage } from '../dtype';
import { Tensor } from '../tensor';
import { isGradEnabled } from '../autograd/gradMode';
import { mul } from './arithmetic';
import { record } from './record';
import { sum } from './reduce';
import { reshape } from './views';

const roundingOf = (dtype: DType) => (dtype === 'float32' ? Math.fround : (x: number) => x);

/** mixed[r, k, l] = Σ_j x1[r, j] W[k, j, l], summed over j in order. */
function mixedProducts(x1: Storage, w: Storage, rows: number, outFeatures: number, in1: number, in2: number, r: (x: number) => number): Float64Array {
  const mixed = new Float64Array(rows * outFeatures * in2);
  for (let row = 0; row < rows; row++) {
    for (let k = 0; k < outFeatures; k++) {
      for (let l = 0; l < in2; l++) {
        let total = 0;
        for (let j = 0; j < in1; j++) total = r(total + r(x1[row * in1 + j]! * w[(k * in1 + j) * in2 + l]!));
        mixed[(row * outFeatures + k) * in2 + l] = total;
      }
    }
  }
  return mixed;
}

/**
 * _trilinear(x1, W, x2) for x1 (rows, in1), W (out, in1, in2), x2 (rows, in2): the (rows, out) result,
 * recorded as TrilinearBackward0.
 */
export function trilinear(x1: Tensor, weight: Tensor, x2: Tensor): Tensor {
  const [outFeatures, in1, in2] = weight.shape as [number, number, number];
  const rows = x1.shape[0]!;
  const dtype = x1.dtype;
  const r = roundingOf(dtype);
  const a = x1.contiguousData();
  const w = weight.contiguousData();
  const b = x2.contiguousData();
  const mixed = mixedProducts(a, w, rows, outFeatures, in1, in2, r);
  const out = allocate(dtype, rows * outFeatures);
  for (let row = 0; row < rows; row++) {
    for (let k = 0; k < outFeatures; k++) {
      let total = 0;
      for (let l = 0; l < in2; l++) total = r(total + r(mixed[(row * outFeatures + k) * in2 + l]! * b[row * in2 + l]!));
      out[row * outFeatures + k] = total;
    }
  }
  const result = Tensor.fromStorage(out, [rows, outFeatures], dtype);
  record('TrilinearBackward0', [x1, weight, x2], result, ([grad], [s1, sw, s2]) => trilinearBackward(grad!, s1!, sw!, s2!), [x1, weight, x2]);
  return result;
}

/**
 * The gradients of x1, W and x2 in _trilinear's order:
 *   g1[r, j] = Σ_k (Σ_l (G[r, k] W[k, j, l]) x2[r, l]),  gW[k, j, l] = Σ_r (x1[r, j] G[r, k]) x2[r, l],
 *   g2[r, l] = Σ_k mixed[r, k, l] G[r, k].
 * When the backward itself is recorded (create_graph), the same sums from differentiable broadcast products.
 */
function trilinearBackward(grad: Tensor, x1: Tensor, weight: Tensor, x2: Tensor): Tensor[] {
  const [outFeatures, in1, in2] = weight.shape as [number, number, number];
  const rows = x1.shape[0]!;
  if (isGradEnabled()) {
    const g = reshape(grad, [rows, outFeatures, 1, 1]);
    const a = reshape(x1, [rows, 1, in1, 1]);
    const w = reshape(weight, [1, outFeatures, in1, in2]);
    const b = reshape(x2, [rows, 1, 1, in2]);
    return [sum(mul(mul(g, w), b), [1, 3]), sum(mul(mul(a, g), b), [0]), sum(mul(mul(a, w), g), [1, 2])];
  }
  const dtype = x1.dtype;
  const r = roundingOf(dtype);
  const g = grad.contiguousData();
  const a = x1.contiguousData();
  const w = weight.contiguousData();
  const b = x2.contiguousData();
  const grad1 = allocate(dtype, rows * in1);
  for (let row = 0; row < rows; row++) {
    for (let j = 0; j < in1; j++) {
      let total = 0;
      for (let k = 0; k < outFeatures; k++) {
        const scale = g[row * outFeatures + k]!;
        let inner = 0;
        for (let l = 0; l < in2; l++) inner = r(inner + r(r(scale * w[(k * in1 + j) * in2 + l]!) * b[row * in2 + l]!));
        total = r(total + inner);
      }
      grad1[row * in1 + j] = total;
    }
  }
  const gradWeight = allocate(dtype, outFeatures * in1 * in2);
  for (let k = 0; k < outFeatures; k++) {
    for (let j = 0; j < in1; j++) {
      for (let l = 0; l < in2; l++) {
        let total = 0;
        for (let row = 0; row < rows; row++) total = r(total + r(r(a[row * in1 + j]! * g[row * outFeatures + k]!) * b[row * in2 + l]!));
        gradWeight[(k * in1 + j) * in2 + l] = total;
      }
    }
  }
  const mixed = mixedProducts(a, w, rows, outFeatures, in1, in2, r);
  const grad2 = allocate(dtype, rows * in2);
  for (let row = 0; row < rows; row++) {
    for (let l = 0; l < in2; l++) {
      let total = 0;
      for (let k = 0; k < outFeatures; k++) total = r(total + r(mixed[(row * outFeatures + k) * in2 + l]! * g[row * outFeatures + k]!));
      grad2[row * in2 + l] = total;
    }
  }
  return [Tensor.fromStorage(grad1, [rows, in1], dtype), Tensor.fromStorage(gradWeight, [outFeatures, in1, in2], dtype), Tensor.fromStorage(grad2, [rows, in2], dtype)];
}
