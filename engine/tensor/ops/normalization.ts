// layer_norm and batch_norm, computed as PyTorch 1.13's CPU kernels (AVX2 build) compute them: row moments by
// PyTorch's vectorised Welford with cascade sums, vector lanes folded as vec::reduce_all does, and the
// multiply-adds the compiler fuses in those kernels evaluated as fused multiply-adds.
import { fma, fmaf } from '../../numeric/fma';
import { allocate, scalarTypeName, type DType, type Storage } from '../dtype';
import { runtimeError, TorchError, valueError } from '../errors';
import type { Tensor } from '../tensor';
import { add, addScalar, divScalar, mul, mulScalar, powScalar, sub } from './arithmetic';
import { ones } from './creation';
import { wrapNumber } from './elementwise';
import { record } from './record';
import { sum } from './reduce';
import { newTensor } from './statistics';
import { expand, reshape, unsqueeze } from './views';
import { normalizeDim } from '../shape';

interface Arithmetic {
  round: (x: number) => number;
  fma: (a: number, b: number, c: number) => number;
  /** Elements in one AVX2 vector. */
  lanes: number;
  /** vec_reduce_all folds float32 lanes in halves, quarters, neighbours (its AVX2 shuffles), others in order. */
  foldsInHalves: boolean;
}

const FLOAT32: Arithmetic = { round: Math.fround, fma: fmaf, lanes: 8, foldsInHalves: true };
const FLOAT64: Arithmetic = { round: (x) => x, fma, lanes: 4, foldsInHalves: false };
const arithmeticFor = (dtype: DType): Arithmetic => (dtype === 'float32' ? FLOAT32 : FLOAT64);

const sizeList = (shape: readonly number[]) => `[${shape.join(', ')}]`;

/**
 * vec::reduce_all / map2_reduce_all over a[aStart + i] (times b[bStart + i] when `b` is given): fewer terms
 * than a vector are added in order; otherwise the lanes take the first vector, accumulate the later ones
 * (products fused into the lanes, as the compiled kernels do), and are folded as `foldsInHalves` says.
 */
function laneSum(a: Storage, aStart: number, b: Storage | null, bStart: number, count: number, lanes: Float64Array, math: Arithmetic): number {
  const { round, fma } = math;
  const width = math.lanes;
  if (count < width) {
    let total = 0;
    for (let i = 0; i < count; i++) {
      const term = b ? round(a[aStart + i]! * b[bStart + i]!) : a[aStart + i]!;
      total = i === 0 ? term : round(total + term);
    }
    return total;
  }
  for (let k = 0; k < width; k++) lanes[k] = b ? round(a[aStart + k]! * b[bStart + k]!) : a[aStart + k]!;
  for (let d = width; d < count; d += width) {
    for (let k = 0; k < width && d + k < count; k++) {
      const i = d + k;
      lanes[k] = b ? fma(a[aStart + i]!, b[bStart + i]!, lanes[k]!) : round(lanes[k]! + a[aStart + i]!);
    }
  }
  if (!math.foldsInHalves) {
    let total = lanes[0]!;
    for (let k = 1; k < width; k++) total = round(total + lanes[k]!);
    return total;
  }
  for (let half = width / 2; half >= 1; half /= 2) for (let k = 0; k < half; k++) lanes[k] = round(lanes[k]! + lanes[k + half]!);
  return lanes[0]!;
}

// ---------------------------------------------------------------------------------------------------------
// Row moments (RowwiseMoments)

const CHUNK = 16;

/** Welford moments of the lanes: a count shared by all lanes, and each lane's mean and sum of squared deviations. */
interface LaneMoments {
  count: number;
  mean: Float64Array;
  m2: Float64Array;
}

/** AddMomentsVec: merges `add` into `into`, every step rounded. */
function mergeMoments(add: LaneMoments, into: LaneMoments, math: Arithmetic): void {
  const { round } = math;
  const n = into.count + add.count;
  const c = n === 0 ? 0 : round(add.count / n);
  for (let k = 0; k < into.mean.length; k++) {
    const delta = round(add.mean[k]! - into.mean[k]!);
    into.mean[k] = round(into.mean[k]! + round(c * delta));
    into.m2[k] = round(into.m2[k]! + round(add.m2[k]! + round(round(round(delta * delta) * c) * into.count)));
  }
  into.count = n;
}

const emptyMoments = (lanes: number): LaneMoments => ({ count: 0, mean: new Float64Array(lanes), m2: new Float64Array(lanes) });

function clearMoments(moments: LaneMoments): void {
  moments.count = 0;
  moments.mean.fill(0);
  moments.m2.fill(0);
}

/**
 * The mean and biased variance of x[start .. start+count) as RowwiseMoments computes them: whole vectors in
 * chunks of 16 (a Welford pass per lane), chunks merged along a binary cascade, then the leftover elements
 * one by one and the lanes merged into them.
 */
function rowMoments(x: Storage, start: number, count: number, math: Arithmetic): [number, number] {
  const { round, lanes } = math;
  const vectors = Math.floor(count / lanes);
  const chunks = Math.ceil(vectors / CHUNK);
  const depth = chunks <= 2 ? 1 : Math.ceil(Math.log2(chunks));
  const stack = Array.from({ length: depth }, () => emptyMoments(lanes));
  const chunk = emptyMoments(lanes);
  for (let i = 0; i < chunks; i++) {
    clearMoments(chunk);
    chunk.count = Math.min(CHUNK, vectors - i * CHUNK);
    for (let j = 0; j < chunk.count; j++) {
      const base = start + (i * CHUNK + j) * lanes;
      const weight = round(1 / (j + 1));
      for (let k = 0; k < lanes; k++) {
        const value = x[base + k]!;
        const delta = round(value - chunk.mean[k]!);
        chunk.mean[k] = round(chunk.mean[k]! + round(delta * weight));
        chunk.m2[k] = round(chunk.m2[k]! + round(delta * round(value - chunk.mean[k]!)));
      }
    }
    mergeMoments(chunk, stack[0]!, math);
    for (let level = 1, mask = i + 1; level < depth && (mask & 1) === 0; level++, mask >>= 1) {
      mergeMoments(stack[level - 1]!, stack[level]!, math);
      clearMoments(stack[level - 1]!);
    }
  }
  for (let level = 1; level < depth; level++) mergeMoments(stack[level]!, stack[0]!, math);
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = start + vectors * lanes; i < start + count; i++) {
    const delta = round(x[i]! - mean);
    n++;
    mean = round(mean + round(delta / n));
    m2 = round(m2 + round(delta * round(x[i]! - mean)));
  }
  const top = stack[0]!;
  for (let k = 0; k < lanes; k++) {
    const total = n + vectors;
    const c = total === 0 ? 0 : round(vectors / total);
    const delta = round(top.mean[k]! - mean);
    mean = round(mean + round(c * delta));
    m2 = round(m2 + round(top.m2[k]! + round(round(round(delta * delta) * c) * n)));
    n = total;
  }
  return [mean, round(m2 / count)];
}

// ---------------------------------------------------------------------------------------------------------
// layer_norm

function checkLayerNorm(input: Tensor, normalizedShape: readonly number[], weight: Tensor | null, bias: Tensor | null): void {
  const axis = input.ndim - normalizedShape.length;
  const matches = axis >= 0 && normalizedShape.every((size, d) => input.shape[axis + d] === size);
  if (normalizedShape.length === 0) throw runtimeError('Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, but got normalized_shape = []');
  if (weight && !sameShape(weight.shape, normalizedShape)) {
    throw runtimeError(`Expected weight to be of same shape as normalized_shape, but got weight of shape ${sizeList(weight.shape)} and normalized_shape = ${sizeList(normalizedShape)}`);
  }
  if (bias && !sameShape(bias.shape, normalizedShape)) {
    throw runtimeError(`Expected bias to be of same shape as normalized_shape, but got bias of shape ${sizeList(bias.shape)} and normalized_shape = ${sizeList(normalizedShape)}`);
  }
  if (!matches) {
    throw runtimeError(`Given normalized_shape=${sizeList(normalizedShape)}, expected input with shape [*, ${normalizedShape.join(', ')}], but got input of size${sizeList(input.shape)}`);
  }
}

const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((size, d) => size === b[d]);

/**
 * layer_norm(normalized_shape, weight, bias, eps): each row over the trailing normalized dims becomes
 * (x - mean) * rstd * weight + bias with rstd = 1 / sqrt(var + eps). Node NativeLayerNormBackward0.
 */
export function layerNorm(input: Tensor, normalizedShape: readonly number[], weight: Tensor | null, bias: Tensor | null, eps: number): Tensor {
  checkLayerNorm(input, normalizedShape, weight, bias);
  if (input.dtype !== 'float32' && input.dtype !== 'float64') throw runtimeError(`"LayerNormKernelImpl" not implemented for '${scalarTypeName(input.dtype)}'`);
  const math = arithmeticFor(input.dtype);
  const { round } = math;
  const n = normalizedShape.reduce((product, size) => product * size, 1);
  const rows = n === 0 ? 0 : input.numel / n;
  const x = input.contiguousData();
  const gamma = weight?.contiguousData() ?? null;
  const beta = bias?.contiguousData() ?? null;
  const epsilon = round(eps);
  const out = allocate(input.dtype, input.numel);
  const means = allocate(input.dtype, rows);
  const rstds = allocate(input.dtype, rows);
  for (let r = 0; r < rows; r++) {
    const start = r * n;
    const [mean, variance] = rowMoments(x, start, n, math);
    const rstd = round(1 / round(Math.sqrt(round(variance + epsilon))));
    const shift = round(-rstd * mean);
    for (let j = 0; j < n; j++) out[start + j] = math.fma(math.fma(x[start + j]!, rstd, shift), gamma ? gamma[j]! : 1, beta ? beta[j]! : 0);
    means[r] = mean;
    rstds[r] = rstd;
  }
  const result = newTensor(out, input.shape, input.dtype);
  record(
    'NativeLayerNormBackward0',
    [input, weight, bias],
    result,
    ([grad], [savedInput, savedWeight]) => {
      const g = grad!.contiguousData();
      const xs = savedInput!.contiguousData();
      const gammaData = savedWeight ? savedWeight.contiguousData() : null;
      const gradInput = input.requiresGrad ? allocate(input.dtype, input.numel) : null;
      const gradGamma = weight?.requiresGrad ? allocate(input.dtype, n) : null;
      const gradBeta = bias?.requiresGrad ? allocate(input.dtype, n) : null;
      const scale = round(1 / n);
      const lanes = new Float64Array(math.lanes);
      const scratch = allocate(input.dtype, n);
      for (let r = 0; r < rows; r++) {
        const start = r * n;
        const a = rstds[r]!;
        const mean = means[r]!;
        if (gradGamma) {
          const shift = round(-a * mean);
          for (let j = 0; j < n; j++) gradGamma[j] = math.fma(g[start + j]!, math.fma(a, xs[start + j]!, shift), gradGamma[j]!);
        }
        if (gradBeta) for (let j = 0; j < n; j++) gradBeta[j] = round(gradBeta[j]! + g[start + j]!);
        if (!gradInput) continue;
        // ds = Σ (dy * x) * gamma and db = Σ dy * gamma (without gamma: Σ dy * x and Σ dy).
        let ds: number;
        if (gammaData) {
          for (let j = 0; j < n; j++) scratch[j] = round(g[start + j]! * xs[start + j]!);
          ds = laneSum(scratch, 0, gammaData, 0, n, lanes, math);
        } else {
          ds = laneSum(g, start, xs, start, n, lanes, math);
        }
        const db = laneSum(g, start, gammaData, 0, n, lanes, math);
        const b = round(round(round(round(math.fma(db, mean, -ds) * a) * a) * a) * scale);
        const c = math.fma(-b, mean, -round(round(db * a) * scale));
        for (let j = 0; j < n; j++) {
          const scaled = round(a * g[start + j]!);
          gradInput[start + j] = round(math.fma(b, xs[start + j]!, gammaData ? round(scaled * gammaData[j]!) : scaled) + c);
        }
      }
      const grads = [
        gradInput ? newTensor(gradInput, input.shape, input.dtype) : null,
        gradGamma ? newTensor(gradGamma, weight!.shape, input.dtype) : null,
        gradBeta ? newTensor(gradBeta, bias!.shape, input.dtype) : null,
      ];
      const statistics: RowStatistics = { mean: newTensor(means, [rows, 1], input.dtype), rstd: newTensor(rstds, [rows, 1], input.dtype) };
      // The mean and rstd inputs of native_layer_norm_backward are not differentiable (no edges).
      record('NativeLayerNormBackwardBackward0', [grad!, input, null, null, weight, bias], grads, ([ggI, ggG, ggB]) => {
        const [gradGrad, inputGrad, weightGrad] = layerNormDoubleBackward(ggI ?? null, ggG ?? null, ggB ?? null, grad!, savedInput!, savedWeight ?? null, statistics);
        return [gradGrad, inputGrad, null, null, weightGrad, null];
      });
      return grads;
    },
    [input, ...(weight ? [weight] : [])],
  );
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// group_norm

function checkGroupNorm(input: Tensor, groups: number, weight: Tensor | null, bias: Tensor | null): void {
  const channels = input.shape[normalizeDim(1, input.ndim)]!;
  if (channels % groups !== 0) {
    throw runtimeError(`Expected number of channels in input to be divisible by num_groups, but got input of shape ${sizeList(input.shape)} and num_groups=${groups}`);
  }
  // PyTorch's bias message shows the weight's shape ([0] without a weight).
  const shown = weight ? sizeList(weight.shape) : '[0]';
  for (const [name, tensor] of [['weight', weight], ['bias', bias]] as const) {
    if (tensor && (tensor.ndim !== 1 || tensor.numel !== channels)) {
      throw runtimeError(`Expected ${name} to be a vector of size equal to the number of channels in input, but got ${name} of shape ${shown} and input of shape ${sizeList(input.shape)}`);
    }
  }
}

/**
 * Σ a[i] * b[i] (or Σ a[i] when `b` is null) over `count` elements as GroupNorm's backward vector loops add them:
 * the whole vectors' products fused into lanes, the lanes summed in order from zero, then the leftover elements
 * one by one, fused too.
 */
function vectorLoopSum(a: Storage, aStart: number, b: Storage | null, bStart: number, count: number, lanes: Float64Array, math: Arithmetic): number {
  const { round } = math;
  const whole = count - (count % lanes.length);
  lanes.fill(0);
  for (let i = 0; i < whole; i++) {
    const k = i % lanes.length;
    lanes[k] = b ? math.fma(a[aStart + i]!, b[bStart + i]!, lanes[k]!) : round(lanes[k]! + a[aStart + i]!);
  }
  let total = 0;
  for (let k = 0; k < lanes.length; k++) total = round(total + lanes[k]!);
  for (let i = whole; i < count; i++) total = b ? math.fma(a[aStart + i]!, b[bStart + i]!, total) : round(total + a[aStart + i]!);
  return total;
}

/**
 * group_norm(input, num_groups, weight, bias, eps) over (N, C, *): each group of C / num_groups channels of a
 * sample is normalized by its RowwiseMoments, then scaled and shifted per channel: y = fma(scale, x, shift) with
 * scale = rstd * gamma and shift = -scale * mean + beta (two roundings), or (x - mean) * rstd without weight and bias.
 * Node NativeGroupNormBackward0.
 */
export function groupNorm(input: Tensor, groups: number, weight: Tensor | null, bias: Tensor | null, eps: number): Tensor {
  checkGroupNorm(input, groups, weight, bias);
  if (input.dtype !== 'float32' && input.dtype !== 'float64') throw runtimeError(`"GroupNormKernelImpl" not implemented for '${scalarTypeName(input.dtype)}'`);
  const math = arithmeticFor(input.dtype);
  const { round } = math;
  const batch = input.shape[0]!;
  const channels = input.shape[1]!;
  const perGroup = channels / groups;
  const plane = batch * channels === 0 ? 0 : input.numel / (batch * channels);
  const groupSize = perGroup * plane;
  const x = input.contiguousData();
  const gamma = weight?.contiguousData() ?? null;
  const beta = bias?.contiguousData() ?? null;
  const epsilon = round(eps);
  const out = allocate(input.dtype, input.numel);
  const means = allocate(input.dtype, batch * groups);
  const rstds = allocate(input.dtype, batch * groups);
  for (let i = 0; i < batch * groups; i++) {
    const start = i * groupSize;
    const [mean, variance] = rowMoments(x, start, groupSize, math);
    const rstd = round(1 / round(Math.sqrt(round(Math.max(variance, 0) + epsilon))));
    if (!gamma && !beta) {
      for (let j = start; j < start + groupSize; j++) out[j] = round(round(x[j]! - mean) * rstd);
    } else {
      for (let d = 0; d < perGroup; d++) {
        const c = (i % groups) * perGroup + d;
        const scale = gamma ? round(rstd * gamma[c]!) : rstd;
        const shift = round(round(-scale * mean) + (beta ? beta[c]! : 0));
        for (let j = start + d * plane; j < start + (d + 1) * plane; j++) out[j] = math.fma(scale, x[j]!, shift);
      }
    }
    means[i] = mean;
    rstds[i] = rstd;
  }
  const result = newTensor(out, input.shape, input.dtype);
  record(
    'NativeGroupNormBackward0',
    [input, weight, bias],
    result,
    ([grad], [savedInput, savedWeight]) => {
      const g = grad!.contiguousData();
      const xs = savedInput!.contiguousData();
      const gammaData = savedWeight ? savedWeight.contiguousData() : null;
      const lanes = new Float64Array(math.lanes);
      // ComputeInternalGradients: per sample and channel, ds = Σ dy * x and db = Σ dy.
      const ds = allocate(input.dtype, batch * channels);
      const db = allocate(input.dtype, batch * channels);
      for (let i = 0; i < batch * channels; i++) {
        ds[i] = vectorLoopSum(g, i * plane, xs, i * plane, plane, lanes, math);
        db[i] = vectorLoopSum(g, i * plane, null, 0, plane, lanes, math);
      }
      let gradInput: Storage | null = null;
      if (input.requiresGrad) {
        gradInput = allocate(input.dtype, input.numel);
        const s = round(1 / groupSize);
        const ones = gammaData ? null : allocate(input.dtype, perGroup).fill(1);
        for (let i = 0; i < batch * groups; i++) {
          const group = i % groups;
          const gammaRow = gammaData ?? ones!;
          const gammaStart = gammaData ? group * perGroup : 0;
          const dsGroup = vectorLoopSum(ds, i * perGroup, gammaRow, gammaStart, perGroup, lanes, math);
          const dbGroup = vectorLoopSum(db, i * perGroup, gammaRow, gammaStart, perGroup, lanes, math);
          const mean = means[i]!;
          const rstd = rstds[i]!;
          const c2 = round(round(round(round(math.fma(dbGroup, mean, -dsGroup) * rstd) * rstd) * rstd) * s);
          const c3 = math.fma(-c2, mean, -round(round(dbGroup * rstd) * s));
          for (let d = 0; d < perGroup; d++) {
            const c1 = gammaData ? round(rstd * gammaData[group * perGroup + d]!) : rstd;
            const base = (i * perGroup + d) * plane;
            for (let k = base; k < base + plane; k++) gradInput[k] = round(math.fma(c1, g[k]!, round(c2 * xs[k]!)) + c3);
          }
        }
      }
      let gradGamma: Storage | null = null;
      if (weight?.requiresGrad) {
        gradGamma = allocate(input.dtype, channels);
        for (let i = 0; i < batch * groups; i++) {
          for (let d = 0; d < perGroup; d++) {
            const c = (i % groups) * perGroup + d;
            const at = i * perGroup + d;
            gradGamma[c] = math.fma(math.fma(-db[at]!, means[i]!, ds[at]!), rstds[i]!, gradGamma[c]!);
          }
        }
      }
      let gradBeta: Storage | null = null;
      if (bias?.requiresGrad) {
        gradBeta = allocate(input.dtype, channels);
        for (let n = 0; n < batch; n++) for (let c = 0; c < channels; c++) gradBeta[c] = round(gradBeta[c]! + db[n * channels + c]!);
      }
      const grads = [
        gradInput ? newTensor(gradInput, input.shape, input.dtype) : null,
        gradGamma ? newTensor(gradGamma, weight!.shape, input.dtype) : null,
        gradBeta ? newTensor(gradBeta, bias!.shape, input.dtype) : null,
      ];
      record('NativeGroupNormBackwardBackward0', [grad!, input, weight], grads, () => {
        throw new TorchError('NotImplementedError', 'agnb: the second derivative of group_norm is not supported yet');
      });
      return grads;
    },
    [input, ...(weight ? [weight] : [])],
  );
  return result;
}

/** The terms of a normalization's second derivatives, over groups of `count` values that `reduce` sums. */
interface NormalizedTerms {
  centered: Tensor;
  rstdSquared: Tensor;
  rstdCubed: Tensor;
  centeredRstdCubed: Tensor;
  count: number;
  reduce: (tensor: Tensor) => Tensor;
}

/**
 * The derivative of a normalization's input gradient by its input through the group statistics, given the
 * gradient's gradient `ggI` and the incoming gradient `g` (times gamma for layer_norm): the formula
 * layer_norm_double_backward and batchnorm_double_backward share, op for op.
 */
function statisticsSecondDerivative(ggI: Tensor, g: Tensor, { centered, rstdSquared, rstdCubed, centeredRstdCubed, count, reduce }: NormalizedTerms): Tensor {
  const gCenteredSum = reduce(mul(g, centered));
  const gSum = reduce(g);
  const ggISum = reduce(ggI);
  const ggICenteredSum = reduce(mul(ggI, centered));
  const allSub = add(sub(divScalar(mul(ggISum, gSum), count), reduce(mul(ggI, g))), mulScalar(mul(mul(rstdSquared, gCenteredSum), ggICenteredSum), 3 / count));
  const term0 = divScalar(mul(centeredRstdCubed, allSub), count);
  const term1 = mul(divScalar(mul(ggICenteredSum, rstdCubed), count), sub(divScalar(gSum, count), g));
  const term2 = mul(divScalar(mul(gCenteredSum, rstdCubed), count), sub(divScalar(ggISum, count), ggI));
  return add(add(term0, term1), term2);
}

/** A layer norm's saved statistics, one row each: (rows, 1). */
interface RowStatistics {
  mean: Tensor;
  rstd: Tensor;
}

/**
 * PyTorch's layer_norm_double_backward, op for op: from the gradients of the input, weight and bias gradients
 * (ggI, ggG, ggB), those of grad_output, the input and the weight, over the (rows, normalized size) view.
 */
function layerNormDoubleBackward(ggI: Tensor | null, ggG: Tensor | null, ggB: Tensor | null, gradOutput: Tensor, input: Tensor, weight: Tensor | null, { mean, rstd }: RowStatistics): [Tensor | null, Tensor | null, Tensor | null] {
  const rows = mean.shape[0]!;
  const n = rows === 0 ? 0 : input.numel / rows;
  const x = reshape(input, [rows, n]);
  const gO = reshape(gradOutput, [rows, n]);
  const gamma = weight ? reshape(weight, [1, n]) : ones([1], input.dtype);
  const ggIRows = ggI ? reshape(ggI, [rows, n]) : null;
  const ggGRow = weight && ggG ? reshape(ggG, [1, n]) : null;
  const ggBRow = weight && ggB ? reshape(ggB, [1, n]) : null;
  const centered = sub(x, mean);
  const rstdSquared = powScalar(rstd, wrapNumber(2, 'int64'));
  const rstdCubed = powScalar(rstd, wrapNumber(3, 'int64'));
  const centeredRstdCubed = mul(centered, rstdCubed);
  const rowSum = (t: Tensor) => sum(t, [1], true);

  let gradInput: Tensor | null = null;
  if (ggIRows) gradInput = statisticsSecondDerivative(ggIRows, mul(gO, gamma), { centered, rstdSquared, rstdCubed, centeredRstdCubed, count: n, reduce: rowSum });
  if (ggGRow) {
    const t0 = mul(mul(gO, ggGRow), rstd);
    const t1 = divScalar(mul(rstd, rowSum(mul(gO, ggGRow))), -n);
    const t2 = divScalar(mul(centeredRstdCubed, rowSum(mul(mul(gO, ggGRow), centered))), -n);
    const term = add(add(t0, t1), t2);
    gradInput = gradInput ? add(gradInput, term) : term;
  }

  // The first backward's input gradient for an incoming gradient `g` and a gamma.
  const firstInputGradient = (g: Tensor, gammaLike: Tensor) =>
    mul(divScalar(mul(gammaLike, rstd), n), sub(sub(mulScalar(g, n), rowSum(g)), mul(mul(centered, rstdSquared), rowSum(mul(g, centered)))));

  const gradWeight = weight && ggIRows ? reshape(sum(mul(gO, firstInputGradient(ggIRows, ones([], input.dtype))), [0]), weight.shape) : null;
  let gradGradOutput: Tensor | null = ggIRows ? firstInputGradient(ggIRows, gamma) : null;
  if (ggGRow) {
    const term = mul(mul(ggGRow, centered), rstd);
    gradGradOutput = gradGradOutput ? add(gradGradOutput, term) : term;
  }
  if (ggBRow) gradGradOutput = gradGradOutput ? add(gradGradOutput, ggBRow) : ggBRow;
  if (gradGradOutput) gradGradOutput = reshape(expand(gradGradOutput, [rows, n]), input.shape);
  return [gradGradOutput, gradInput ? reshape(gradInput, input.shape) : null, gradWeight];
}

// ---------------------------------------------------------------------------------------------------------
// batch_norm

export interface BatchNormOptions {
  training: boolean;
  momentum: number;
  eps: number;
}

function checkFeatures(name: string, features: number, tensor: Tensor | null, training: boolean): void {
  if (tensor === null) {
    if (!training && (name === 'running_mean' || name === 'running_var')) throw runtimeError(`${name} must be defined in evaluation mode`);
    return;
  }
  if (tensor.numel !== features) throw runtimeError(`${name} should contain ${features} elements not ${tensor.numel}`);
}

/** Per channel c: the values x[n, c, i] sit at n * channels * image + c * image + i. */
interface Planes {
  batch: number;
  channels: number;
  image: number;
}

const at = (p: Planes, n: number, c: number) => (n * p.channels + c) * p.image;

/**
 * Batch statistics (mean and the sum of squared deviations per channel). Inputs with one value per channel
 * per sample (N, C) use PyTorch's channels-last kernel: rows added in the dtype. Otherwise sums are in double.
 */
function batchStatistics(x: Storage, p: Planes, math: Arithmetic): { mean: Float64Array; varSum: Float64Array } {
  const { round } = math;
  const count = p.batch * p.image;
  const mean = new Float64Array(p.channels);
  const varSum = new Float64Array(p.channels);
  for (let c = 0; c < p.channels; c++) {
    let total = 0;
    for (let n = 0; n < p.batch; n++) for (let i = 0; i < p.image; i++) total = p.image === 1 ? round(total + x[at(p, n, c) + i]!) : total + x[at(p, n, c) + i]!;
    mean[c] = round(total / count);
    let squares = 0;
    for (let n = 0; n < p.batch; n++) {
      for (let i = 0; i < p.image; i++) {
        const deviation = round(x[at(p, n, c) + i]! - mean[c]!);
        squares = p.image === 1 ? math.fma(deviation, deviation, squares) : squares + round(deviation * deviation);
      }
    }
    varSum[c] = round(squares);
  }
  return { mean, varSum };
}

/**
 * batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps) over dim 1 of an
 * (N, C, ...) input. Training normalises with the batch's mean and biased variance and, where given, updates
 * the running statistics in place with the unbiased variance: running = momentum * batch + (1 - momentum) *
 * running. Evaluation uses the running statistics. Node NativeBatchNormBackward0.
 */
export function batchNorm(
  input: Tensor,
  runningMean: Tensor | null,
  runningVar: Tensor | null,
  weight: Tensor | null,
  bias: Tensor | null,
  { training, momentum, eps }: BatchNormOptions,
): Tensor {
  if (input.ndim < 2) throw runtimeError(`batch_norm(): expected input to have at least 2 dims, but got ${input.ndim}`);
  const p: Planes = { batch: input.shape[0]!, channels: input.shape[1]!, image: input.numel / ((input.shape[0]! * input.shape[1]!) || 1) };
  if (training && p.batch * p.image === 1) {
    throw valueError(`Expected more than 1 value per channel when training, got input size torch.Size(${sizeList(input.shape)})`);
  }
  checkFeatures('running_mean', p.channels, runningMean, training);
  checkFeatures('running_var', p.channels, runningVar, training);
  checkFeatures('weight', p.channels, weight, training);
  checkFeatures('bias', p.channels, bias, training);
  if (input.dtype !== 'float32' && input.dtype !== 'float64') throw runtimeError(`"batch_norm" not implemented for '${scalarTypeName(input.dtype)}'`);
  const math = arithmeticFor(input.dtype);
  const { round } = math;
  const x = input.contiguousData();
  const gamma = weight?.contiguousData() ?? null;
  const beta = bias?.contiguousData() ?? null;
  const count = p.batch * p.image;
  const means = new Float64Array(p.channels);
  const invstds = new Float64Array(p.channels);
  if (training) {
    const { mean, varSum } = batchStatistics(x, p, math);
    const factor = round(momentum);
    const keep = round(1 - factor);
    for (let c = 0; c < p.channels; c++) {
      means[c] = mean[c]!;
      invstds[c] = round(1 / Math.sqrt(round(varSum[c]! / count) + eps));
      // Running statistics are written in place, as PyTorch's kernel does (no version bump).
      if (runningMean) runningMean.storage[runningMean.offset + c * (runningMean.strides[0] ?? 1)] = round(round(factor * mean[c]!) + round(keep * runningMean.at(c)));
      if (runningVar) runningVar.storage[runningVar.offset + c * (runningVar.strides[0] ?? 1)] = round(factor * round(varSum[c]! / (count - 1)) + round(keep * runningVar.at(c)));
    }
  } else {
    for (let c = 0; c < p.channels; c++) {
      means[c] = runningMean!.at(c);
      invstds[c] = round(1 / round(Math.sqrt(round(runningVar!.at(c) + round(eps)))));
    }
  }
  const out = allocate(input.dtype, input.numel);
  for (let c = 0; c < p.channels; c++) {
    const alpha = round(invstds[c]! * (gamma ? gamma[c]! : 1));
    const shift = math.fma(-means[c]!, alpha, beta ? beta[c]! : 0);
    for (let n = 0; n < p.batch; n++) {
      const base = at(p, n, c);
      for (let i = 0; i < p.image; i++) out[base + i] = math.fma(x[base + i]!, alpha, shift);
    }
  }
  const result = newTensor(out, input.shape, input.dtype);
  const backwardInvstds = training ? invstds : Float64Array.from(means, (_, c) => round(1 / Math.sqrt(runningVar!.at(c) + eps)));
  record(
    'NativeBatchNormBackward0',
    [input, weight, bias],
    result,
    ([grad], [savedInput]) => {
      const g = grad!.contiguousData();
      const xs = savedInput!.contiguousData();
      const gradInput = input.requiresGrad ? allocate(input.dtype, input.numel) : null;
      const gradGamma = weight?.requiresGrad ? allocate(input.dtype, p.channels) : null;
      const gradBeta = bias?.requiresGrad ? allocate(input.dtype, p.channels) : null;
      const lanes = new Float64Array(math.lanes);
      const deviations = allocate(input.dtype, p.image);
      for (let c = 0; c < p.channels; c++) {
        const mean = means[c]!;
        const invstd = backwardInvstds[c]!;
        // Σ dy and Σ (x - mean) * dy: per channel in the dtype for (N, C) inputs, else per plane in vector
        // order and the planes added in double.
        let total = 0;
        let dot = 0;
        for (let n = 0; n < p.batch; n++) {
          const base = at(p, n, c);
          if (p.image === 1) {
            total = round(total + g[base]!);
            dot = math.fma(round(xs[base]! - mean), g[base]!, dot);
            continue;
          }
          for (let i = 0; i < p.image; i++) deviations[i] = round(xs[base + i]! - mean);
          total += laneSum(g, base, null, 0, p.image, lanes, math);
          dot += laneSum(deviations, 0, g, base, p.image, lanes, math);
        }
        if (gradGamma) gradGamma[c] = round(dot * invstd);
        if (gradBeta) gradBeta[c] = round(total);
        if (!gradInput) continue;
        const w = gamma ? gamma[c]! : 1;
        const k = round(round(round(round(dot) * invstd) * invstd) / count);
        const gradMean = round(total / count);
        for (let n = 0; n < p.batch; n++) {
          const base = at(p, n, c);
          for (let i = 0; i < p.image; i++) {
            gradInput[base + i] = training
              ? round(round(math.fma(-round(xs[base + i]! - mean), k, round(g[base + i]! - gradMean)) * invstd) * w)
              : round(round(g[base + i]! * invstd) * w);
          }
        }
      }
      const grads = [
        gradInput ? newTensor(gradInput, input.shape, input.dtype) : null,
        gradGamma ? newTensor(gradGamma, weight!.shape, input.dtype) : null,
        gradBeta ? newTensor(gradBeta, bias!.shape, input.dtype) : null,
      ];
      // Training normalises with the saved batch statistics, evaluation with the running ones.
      const perChannel = (values: Float64Array) => {
        const data = allocate(input.dtype, p.channels);
        data.set(values);
        return newTensor(data, [p.channels], input.dtype);
      };
      const statistics = training
        ? { mean: perChannel(means), invstd: perChannel(invstds) }
        : { mean: runningMean!, invstd: powScalar(addScalar(runningVar!, eps), wrapNumber(-0.5, 'float64')) };
      // The running statistics are inputs without gradients (edges None).
      record('NativeBatchNormBackwardBackward0', [grad!, input, weight, null, null], grads, ([ggI, ggG, ggB]) => [
        ...batchNormDoubleBackward(ggI ?? null, ggG ?? null, ggB ?? null, grad!, savedInput!, weight, statistics, training),
        null,
        null,
      ]);
      return grads;
    },
    [input],
  );
  return result;
}

/** The sum over every dim but 1, dim 0 first then the last ones backwards (PyTorch's sum_exclude_dim1). */
function sumExceptChannels(tensor: Tensor, keepdim = true): Tensor {
  let total = sum(tensor, [0], keepdim);
  for (let d = total.ndim - 1; d > (keepdim ? 1 : 0); d--) total = sum(total, [d], keepdim);
  return total;
}

/** A per-channel (C) tensor shaped to broadcast against an (N, C, ...) input: (1, C, 1, ...). */
function channelsView(tensor: Tensor, input: Tensor): Tensor {
  let shaped = tensor;
  while (shaped.ndim < input.ndim - 1) shaped = unsqueeze(shaped, 1);
  return shaped.ndim === input.ndim - 1 ? unsqueeze(shaped, 0) : shaped;
}

/** A per-channel (C) tensor expanded to the input's shape. */
function expandChannels(tensor: Tensor, input: Tensor): Tensor {
  let shaped = tensor;
  while (shaped.ndim < input.ndim - 1) shaped = unsqueeze(shaped, 1);
  return expand(shaped, input.shape);
}

/**
 * PyTorch's batchnorm_double_backward, op for op: from the gradients of the input, weight and bias gradients
 * (ggI, ggG, ggB), those of grad_output, the input and the weight. `mean` and `invstd` are per channel.
 */
function batchNormDoubleBackward(
  ggI: Tensor | null,
  ggG: Tensor | null,
  ggB: Tensor | null,
  gO: Tensor,
  input: Tensor,
  weight: Tensor | null,
  { mean, invstd }: { mean: Tensor; invstd: Tensor },
  training: boolean,
): [Tensor | null, Tensor | null, Tensor | null] {
  const gamma = weight ? expandChannels(weight, input) : ones([], input.dtype);
  const ggGExpanded = weight && ggG ? expandChannels(ggG, input) : null;
  const ggBExpanded = weight && ggB ? expandChannels(ggB, input) : null;
  const m = input.shape.reduce((product, size, d) => (d === 1 ? product : product * size), 1);
  const centered = sub(input, channelsView(mean, input));
  const rstd = channelsView(invstd, input);
  const rstdSquared = powScalar(rstd, wrapNumber(2, 'int64'));
  const rstdCubed = powScalar(rstd, wrapNumber(3, 'int64'));
  const centeredRstdCubed = mul(centered, rstdCubed);
  const gOSum = sumExceptChannels(gO);

  let gradInput: Tensor | null = null;
  if (ggI && training) {
    gradInput = mul(gamma, statisticsSecondDerivative(ggI, gO, { centered, rstdSquared, rstdCubed, centeredRstdCubed, count: m, reduce: sumExceptChannels }));
  }
  if (ggGExpanded) {
    let term: Tensor;
    if (training) {
      const t0 = mul(gO, rstd);
      const t1 = divScalar(mul(rstd, gOSum), -m);
      const t2 = divScalar(mul(centeredRstdCubed, sumExceptChannels(mul(gO, centered))), -m);
      term = mul(ggGExpanded, add(add(t0, t1), t2));
    } else {
      term = mul(mul(ggGExpanded, rstd), gO);
    }
    gradInput = gradInput ? add(gradInput, term) : term;
  }

  // The first backward's input gradient for an incoming gradient `g` and a gamma.
  const firstInputGradient = (g: Tensor, gammaLike: Tensor) =>
    mul(divScalar(mul(gammaLike, rstd), m), sub(sub(mulScalar(g, m), sumExceptChannels(g)), mul(mul(centered, rstdSquared), sumExceptChannels(mul(g, centered)))));

  let gradWeight: Tensor | null = null;
  if (weight && ggI) {
    gradWeight = training ? sumExceptChannels(mul(ggI, firstInputGradient(gO, ones([], input.dtype))), false) : sumExceptChannels(mul(mul(ggI, gO), rstd), false);
  }
  let gradGradOutput: Tensor | null = ggI ? (training ? firstInputGradient(ggI, gamma) : mul(mul(ggI, rstd), gamma)) : null;
  if (ggGExpanded) {
    const term = mul(mul(ggGExpanded, centered), rstd);
    gradGradOutput = gradGradOutput ? add(gradGradOutput, term) : term;
  }
  if (ggBExpanded) gradGradOutput = gradGradOutput ? add(gradGradOutput, ggBExpanded) : ggBExpanded;
  return [gradGradOutput, gradInput, gradWeight];
}
