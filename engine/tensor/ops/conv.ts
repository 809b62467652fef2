// conv1d and conv2d (PyTorch's `convolution`, node ConvolutionBackward0). PyTorch 1.13 on CPU computes a
// float32 convolution with one of two backends, and each adds in its own order, so the engine picks the
// backend as PyTorch's select_conv_backend does and reproduces that backend's order:
// - oneDNN (direct JIT kernels, AVX-512: 16 channels to a vector block): each output is a chain of fused
//   multiply-adds over (kernel row, kernel column, input channel) per block of 16 input channels; the first
//   block's sum gets the bias, later blocks are added to it. The depthwise kernel and the 1x1 kernel (an
//   unstrided, unpadded 1x1 convolution) start from the bias and chain over all input channels; the 1x1
//   kernel's input gradient chains over all output channels and its weight gradient adds one chain per
//   batch element. The input gradient chains over (kernel row, kernel column, output channel) per block of
//   16 output channels, the blocks added up in order; the weight gradient chains over (batch, output row,
//   output column), and the bias gradient adds grad_output in that order. Grouped convolutions use smaller
//   blocks or oneDNN's im2col + JIT sgemm (see backendsOf): its products are fused multiply-adds in im2col
//   order with the bias added last, and its weight gradient sums 16 lanes of output positions per batch
//   element; only its bias gradient's order is not reproduced and may differ in the last bits.
// - slow_conv2d (im2col, then the reference BLAS's sgemm): each output starts from the bias and adds the
//   rounded products in (input channel, kernel row, kernel column) order; the input gradient sums over the
//   output channels into columns that col2im adds back in (kernel row, kernel column) order; the weight
//   gradient is one dot product over the output positions per batch element, added to the previous ones;
//   the bias gradient is sum(grad_output, (0, 2, 3)).
// float64 always takes the second path. conv1d runs as conv2d over a height-1 view, as PyTorch does.
// oneDNN picks its kernels by the CPU: these orders are those of an AVX-512 machine (the one the fixtures
// come from); on an AVX2-only CPU PyTorch itself blocks channels by 8 and may round differently.
import { fmaf } from '../../numeric/fma';
import { allocate, cppTypeName, scalarTypeName, type DType, type Storage } from '../dtype';
import { runtimeError, TorchError, warn } from '../errors';
import { Tensor } from '../tensor';
import { add } from './arithmetic';
import { contiguous } from './copy';
import { cat } from './join';
import { record } from './record';
import { narrow } from './reorder';
import { expand, squeeze, transpose, unsqueeze, view } from './views';
import { sum } from './reduce';
import { newTensor } from './statistics';

export interface ConvOptions {
  stride: readonly number[];
  padding: readonly number[];
  dilation: readonly number[];
  groups: number;
}

/** A 2-d window sliding over a height x width plane (convolutions and pooling). */
export interface SlidingWindow {
  height: number;
  width: number;
  outH: number;
  outW: number;
  kernelH: number;
  kernelW: number;
  strideH: number;
  strideW: number;
  padH: number;
  padW: number;
  dilationH: number;
  dilationW: number;
}

/** The sizes of one convolution, always as 2-d (conv1d has height 1 and a 1-row kernel). */
interface Geometry extends SlidingWindow {
  batch: number;
  inChannels: number;
  outChannels: number;
  groups: number;
}

/** oneDNN's AVX-512 channel block. */
const BLOCK = 16;

const sizeList = (shape: readonly number[]) => `[${shape.join(', ')}]`;


function expandParam(name: string, values: readonly number[], dims: number): number[] {
  if (values.length === 1) return Array<number>(dims).fill(values[0]!);
  if (values.length !== dims) {
    throw runtimeError(`expected ${name} to be a single integer value or a list of ${dims} values to match the convolution dimensions, but got ${name}=${sizeList(values)}`);
  }
  return [...values];
}

/** PyTorch's check_shape_forward, with its messages, and the output geometry. */
function geometryOf(input: Tensor, weight: Tensor, bias: Tensor | null, options: ConvOptions): Geometry {
  const dims = weight.ndim - 2;
  const stride = expandParam('stride', options.stride, dims);
  const padding = expandParam('padding', options.padding, dims);
  const dilation = expandParam('dilation', options.dilation, dims);
  const { groups } = options;
  if (stride.some((s) => s <= 0)) throw runtimeError('non-positive stride is not supported');
  if (padding.some((p) => p < 0)) throw runtimeError('negative padding is not supported');
  if (dilation.some((d) => d <= 0)) throw runtimeError(`dilation should be greater than zero, but got ${sizeList(dilation)}`);
  if (groups <= 0) throw runtimeError('non-positive groups is not supported');
  if (input.ndim !== weight.ndim) {
    throw runtimeError(`Expected ${weight.ndim}-dimensional input for ${weight.ndim}-dimensional weight ${sizeList(weight.shape)}, but got ${input.ndim}-dimensional input of size ${sizeList(input.shape)} instead`);
  }
  const outChannels = weight.shape[0]!;
  if (outChannels % groups !== 0) {
    throw runtimeError(`Given groups=${groups}, expected weight to be divisible by ${groups} at dimension 0, but got weight of size [${sizeList(weight.shape)}] instead`);
  }
  if (input.shape[1] !== weight.shape[1]! * groups) {
    throw runtimeError(`Given groups=${groups}, weight of size ${sizeList(weight.shape)}, expected input${sizeList(input.shape)} to have ${weight.shape[1]! * groups} channels, but got ${input.shape[1]} channels instead`);
  }
  if (bias && (bias.ndim !== 1 || bias.shape[0] !== outChannels)) {
    throw runtimeError(`Given weight of size ${sizeList(weight.shape)}, expected bias to be 1-dimensional with ${outChannels} elements, but got bias of size ${sizeList(bias.shape)} instead`);
  }
  const spatial = input.shape.slice(2);
  const padded = spatial.map((size, d) => size + 2 * padding[d]!);
  const kernel = weight.shape.slice(2).map((size, d) => dilation[d]! * (size - 1) + 1);
  if (padded.some((size, d) => size < kernel[d]!)) {
    throw runtimeError(`Calculated padded input size per channel: (${padded.join(' x ')}). Kernel size: (${kernel.join(' x ')}). Kernel size can't be greater than actual input size`);
  }
  if (input.dtype !== weight.dtype) throw runtimeError(`expected scalar type ${scalarTypeName(input.dtype)} but found ${scalarTypeName(weight.dtype)}`);
  if (bias && bias.dtype !== input.dtype) throw runtimeError(`Input type (${cppTypeName(input.dtype)}) and bias type (${cppTypeName(bias.dtype)}) should be the same`);
  const out = spatial.map((_, d) => Math.floor((padded[d]! - kernel[d]!) / stride[d]!) + 1);
  // conv1d: the height dim of the 2-d view has size 1 and a kernel, stride and dilation of 1.
  const h = dims === 2 ? 0 : -1;
  const at = (values: readonly number[], d: number, fallback: number) => (d < 0 ? fallback : values[d]!);
  return {
    batch: input.shape[0]!,
    inChannels: input.shape[1]!,
    height: at(spatial, h, 1),
    width: spatial[dims - 1]!,
    outChannels,
    kernelH: at(weight.shape.slice(2), h, 1),
    kernelW: weight.shape[weight.ndim - 1]!,
    outH: at(out, h, 1),
    outW: out[dims - 1]!,
    strideH: at(stride, h, 1),
    strideW: stride[dims - 1]!,
    padH: at(padding, h, 0),
    padW: padding[dims - 1]!,
    dilationH: at(dilation, h, 1),
    dilationW: dilation[dims - 1]!,
    groups,
  };
}

/**
 * PyTorch's use_mkldnn (single-threaded): float32, not an unstrided undilated 1x1 kernel on a batch under 16,
 * and grouped, a kernel over 3x3, a batch over 1 or an input over 20480 elements.
 */
function usesOnednn(g: Geometry, dtype: DType): boolean {
  if (dtype !== 'float32') return false;
  const strided = g.strideH !== 1 || g.strideW !== 1;
  const dilated = g.dilationH !== 1 || g.dilationW !== 1;
  const pointwise = g.kernelH === 1 && g.kernelW === 1;
  if (!(strided || dilated || g.batch >= 16 || !pointwise)) return false;
  return g.groups > 1 || (g.kernelW > 3 && g.kernelH > 3) || g.batch > 1 || g.batch * g.inChannels * g.height * g.width > 20480;
}

/**
 * How each pass of a convolution is computed: PyTorch's slow_conv2d over the reference BLAS, or a oneDNN
 * kernel, which oneDNN picks per pass. Its direct kernels block channels by 16; for grouped convolutions by
 * the largest of 16, 8, 4 that divides both channel counts per group (the weight gradient then goes through
 * im2col + sgemm unless that block is 16, or 8 without dilation), and an input of fewer than 4 channels per group with output
 * channels per group a multiple of 8 gets the AVX2 kernel for flat inputs (which starts from the bias)
 * forward only. Everything else runs oneDNN's im2col + sgemm.
 */
type Kernel = { kind: 'blas' } | { kind: 'direct'; block: number; biasFirst: boolean } | { kind: 'gemm' };

interface Backends {
  forward: Kernel;
  gradInput: Kernel;
  gradWeight: Kernel;
}

const everyPass = (kernel: Kernel): Backends => ({ forward: kernel, gradInput: kernel, gradWeight: kernel });

function backendsOf(g: Geometry, dtype: DType): Backends {
  if (!usesOnednn(g, dtype)) return everyPass({ kind: 'blas' });
  const cg = g.inChannels / g.groups;
  const og = g.outChannels / g.groups;
  const gemm: Kernel = { kind: 'gemm' };
  if (g.groups === 1 || (cg === 1 && og === 1)) return everyPass({ kind: 'direct', block: BLOCK, biasFirst: false });
  const block = [16, 8, 4].find((size) => cg % size === 0 && og % size === 0);
  if (block) {
    const direct: Kernel = { kind: 'direct', block, biasFirst: false };
    const dilated = g.dilationH !== 1 || g.dilationW !== 1;
    return { forward: direct, gradInput: direct, gradWeight: block === BLOCK || (block === 8 && !dilated) ? direct : gemm };
  }
  if (og % 8 === 0 && cg < 4) return { forward: { kind: 'direct', block: 8, biasFirst: true }, gradInput: gemm, gradWeight: gemm };
  return everyPass(gemm);
}

// ---------------------------------------------------------------------------------------------------------
// oneDNN order (float32)

/** Whether oneDNN runs its 1x1 kernel: a 1x1 convolution without stride or padding. */
const isPointwise = (g: Geometry) => g.kernelH === 1 && g.kernelW === 1 && g.strideH === 1 && g.strideW === 1 && g.padH === 0 && g.padW === 0;

function forwardOnednn(x: Float32Array, w: Float32Array, bias: Storage | null, out: Float32Array, g: Geometry, block: number, startsFromBias: boolean): void {
  const cg = g.inChannels / g.groups;
  const og = g.outChannels / g.groups;
  const kernelSize = g.kernelH * g.kernelW;
  // The depthwise kernel (one input and one output channel per group) and the 1x1 kernel start from the
  // bias and chain over all input channels in one block.
  const pointwise = isPointwise(g);
  const biasFirst = startsFromBias || (cg === 1 && og === 1) || pointwise;
  const blockSize = pointwise ? Math.max(cg, 1) : block;
  let at = 0;
  for (let n = 0; n < g.batch; n++) {
    for (let o = 0; o < g.outChannels; o++) {
      const inBase = (n * g.inChannels + Math.floor(o / og) * cg) * g.height * g.width;
      const wBase = o * cg * kernelSize;
      for (let oy = 0; oy < g.outH; oy++) {
        for (let ox = 0; ox < g.outW; ox++) {
          let total = 0;
          for (let first = 0; first < cg; first += blockSize) {
            const blockEnd = Math.min(cg, first + blockSize);
            let acc = biasFirst && bias ? bias[o]! : 0;
            for (let p = 0; p < g.kernelH; p++) {
              const iy = oy * g.strideH - g.padH + p * g.dilationH;
              if (iy < 0 || iy >= g.height) continue;
              for (let q = 0; q < g.kernelW; q++) {
                const ix = ox * g.strideW - g.padW + q * g.dilationW;
                if (ix < 0 || ix >= g.width) continue;
                const pixel = inBase + iy * g.width + ix;
                const tap = wBase + p * g.kernelW + q;
                for (let c = first; c < blockEnd; c++) acc = fmaf(w[tap + c * kernelSize]!, x[pixel + c * g.height * g.width]!, acc);
              }
            }
            total = first === 0 ? (bias && !biasFirst ? Math.fround(acc + bias[o]!) : acc) : Math.fround(acc + total);
          }
          out[at++] = total;
        }
      }
    }
  }
}

function gradInputOnednn(grad: Float32Array, w: Float32Array, out: Float32Array, g: Geometry, block: number): void {
  const cg = g.inChannels / g.groups;
  const og = g.outChannels / g.groups;
  const kernelSize = g.kernelH * g.kernelW;
  const outPlane = g.outH * g.outW;
  const blockSize = isPointwise(g) ? Math.max(og, 1) : block;
  let at = 0;
  for (let n = 0; n < g.batch; n++) {
    for (let c = 0; c < g.inChannels; c++) {
      const group = Math.floor(c / cg);
      const gradBase = (n * g.outChannels + group * og) * outPlane;
      const wBase = (group * og * cg + (c - group * cg)) * kernelSize;
      for (let iy = 0; iy < g.height; iy++) {
        for (let ix = 0; ix < g.width; ix++) {
          let total = 0;
          for (let first = 0; first < og; first += blockSize) {
            const blockEnd = Math.min(og, first + blockSize);
            let acc = 0;
            for (let p = 0; p < g.kernelH; p++) {
              const rowOffset = iy + g.padH - p * g.dilationH;
              if (rowOffset < 0 || rowOffset % g.strideH !== 0) continue;
              const oy = rowOffset / g.strideH;
              if (oy >= g.outH) continue;
              for (let q = 0; q < g.kernelW; q++) {
                const columnOffset = ix + g.padW - q * g.dilationW;
                if (columnOffset < 0 || columnOffset % g.strideW !== 0) continue;
                const ox = columnOffset / g.strideW;
                if (ox >= g.outW) continue;
                const position = gradBase + oy * g.outW + ox;
                const tap = wBase + p * g.kernelW + q;
                for (let o = first; o < blockEnd; o++) acc = fmaf(grad[position + o * outPlane]!, w[tap + o * cg * kernelSize]!, acc);
              }
            }
            total = first === 0 ? acc : Math.fround(acc + total);
          }
          out[at++] = total;
        }
      }
    }
  }
}

function gradWeightOnednn(grad: Float32Array, x: Float32Array, out: Float32Array, g: Geometry): void {
  const cg = g.inChannels / g.groups;
  const og = g.outChannels / g.groups;
  const plane = g.height * g.width;
  const outPlane = g.outH * g.outW;
  // The 1x1 kernel sums each batch element's chain into the total; the others chain through the batch.
  const perSample = isPointwise(g);
  let at = 0;
  for (let o = 0; o < g.outChannels; o++) {
    const group = Math.floor(o / og);
    for (let c = 0; c < cg; c++) {
      for (let p = 0; p < g.kernelH; p++) {
        for (let q = 0; q < g.kernelW; q++) {
          let total = 0;
          let acc = 0;
          for (let n = 0; n < g.batch; n++) {
            if (perSample) acc = 0;
            const gradBase = (n * g.outChannels + o) * outPlane;
            const inBase = (n * g.inChannels + group * cg + c) * plane;
            for (let oy = 0; oy < g.outH; oy++) {
              const iy = oy * g.strideH - g.padH + p * g.dilationH;
              if (iy < 0 || iy >= g.height) continue;
              for (let ox = 0; ox < g.outW; ox++) {
                const ix = ox * g.strideW - g.padW + q * g.dilationW;
                if (ix < 0 || ix >= g.width) continue;
                acc = fmaf(grad[gradBase + oy * g.outW + ox]!, x[inBase + iy * g.width + ix]!, acc);
              }
            }
            if (perSample) total = n === 0 ? acc : Math.fround(acc + total);
          }
          out[at++] = perSample ? total : acc;
        }
      }
    }
  }
}

function gradBiasOnednn(grad: Float32Array, g: Geometry): Float32Array {
  const out = new Float32Array(g.outChannels);
  const outPlane = g.outH * g.outW;
  for (let o = 0; o < g.outChannels; o++) {
    let acc = 0;
    for (let n = 0; n < g.batch; n++) {
      const base = (n * g.outChannels + o) * outPlane;
      for (let i = 0; i < outPlane; i++) acc = Math.fround(acc + grad[base + i]!);
    }
    out[o] = acc;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// im2col + gemm: the reference BLAS (float32 and float64; products rounded, then added; the bias first) or
// oneDNN's sgemm (fused multiply-adds; the bias added to the finished sum)

/** Rounds a double to the dtype: float32's rounding, or none for float64. */
export const roundingFor = (dtype: DType): ((x: number) => number) => (dtype === 'float32' ? Math.fround : (x) => x);

interface Im2colArithmetic {
  /** acc + a * b as the gemm adds one product. */
  accumulate: (acc: number, a: number, b: number) => number;
  round: (x: number) => number;
  biasFirst: boolean;
  /** Accumulators of a weight gradient's dot product (position i in lane i mod lanes), folded in halves. */
  lanes: number;
}

const referenceBlas = (dtype: DType): Im2colArithmetic => {
  const round = roundingFor(dtype);
  return { accumulate: (acc, a, b) => round(acc + round(a * b)), round, biasFirst: true, lanes: 1 };
};

const ONEDNN_GEMM: Im2colArithmetic = { accumulate: (acc, a, b) => fmaf(a, b, acc), round: Math.fround, biasFirst: false, lanes: BLOCK };

/** The input value under kernel tap (p, q) for output (oy, ox), 0 in the padding (what im2col writes). */
function columnValue(x: Storage, base: number, oy: number, ox: number, p: number, q: number, g: Geometry): number {
  const iy = oy * g.strideH - g.padH + p * g.dilationH;
  const ix = ox * g.strideW - g.padW + q * g.dilationW;
  return iy < 0 || iy >= g.height || ix < 0 || ix >= g.width ? 0 : x[base + iy * g.width + ix]!;
}

function forwardIm2col(x: Storage, w: Storage, bias: Storage | null, out: Storage, g: Geometry, { accumulate, round, biasFirst }: Im2colArithmetic): void {
  const cg = g.inChannels / g.groups;
  const og = g.outChannels / g.groups;
  const plane = g.height * g.width;
  let at = 0;
  for (let n = 0; n < g.batch; n++) {
    for (let o = 0; o < g.outChannels; o++) {
      const inBase = (n * g.inChannels + Math.floor(o / og) * cg) * plane;
      const wBase = o * cg * g.kernelH * g.kernelW;
      for (let oy = 0; oy < g.outH; oy++) {
        for (let ox = 0; ox < g.outW; ox++) {
          let acc = bias && biasFirst ? bias[o]! : 0;
          let tap = wBase;
          for (let c = 0; c < cg; c++) {
            for (let p = 0; p < g.kernelH; p++) {
              for (let q = 0; q < g.kernelW; q++) acc = accumulate(acc, w[tap++]!, columnValue(x, inBase + c * plane, oy, ox, p, q, g));
            }
          }
          out[at++] = bias && !biasFirst ? round(acc + bias[o]!) : acc;
        }
      }
    }
  }
}

function gradInputIm2col(grad: Storage, w: Storage, out: Storage, g: Geometry, { accumulate, round }: Im2colArithmetic): void {
  const cg = g.inChannels / g.groups;
  const og = g.outChannels / g.groups;
  const kernelSize = g.kernelH * g.kernelW;
  const outPlane = g.outH * g.outW;
  for (let n = 0; n < g.batch; n++) {
    for (let c = 0; c < g.inChannels; c++) {
      const group = Math.floor(c / cg);
      const gradBase = (n * g.outChannels + group * og) * outPlane;
      const outBase = (n * g.inChannels + c) * g.height * g.width;
      for (let p = 0; p < g.kernelH; p++) {
        for (let q = 0; q < g.kernelW; q++) {
          const tap = (group * og * cg + (c - group * cg)) * kernelSize + p * g.kernelW + q;
          for (let oy = 0; oy < g.outH; oy++) {
            const iy = oy * g.strideH - g.padH + p * g.dilationH;
            for (let ox = 0; ox < g.outW; ox++) {
              const ix = ox * g.strideW - g.padW + q * g.dilationW;
              if (iy < 0 || iy >= g.height || ix < 0 || ix >= g.width) continue;
              let column = 0;
              for (let o = 0; o < og; o++) column = accumulate(column, w[tap + o * cg * kernelSize]!, grad[gradBase + o * outPlane + oy * g.outW + ox]!);
              const target = outBase + iy * g.width + ix;
              out[target] = round(out[target]! + column);
            }
          }
        }
      }
    }
  }
}

/** Each weight's dot product over the output positions per batch element, added to the previous elements'. */
function gradWeightIm2col(grad: Storage, x: Storage, out: Storage, g: Geometry, { accumulate, round, lanes: width }: Im2colArithmetic): void {
  const cg = g.inChannels / g.groups;
  const og = g.outChannels / g.groups;
  const plane = g.height * g.width;
  const outPlane = g.outH * g.outW;
  const lanes = new Float64Array(width);
  for (let n = 0; n < g.batch; n++) {
    let at = 0;
    for (let o = 0; o < g.outChannels; o++) {
      const gradBase = (n * g.outChannels + o) * outPlane;
      for (let c = 0; c < cg; c++) {
        const inBase = (n * g.inChannels + Math.floor(o / og) * cg + c) * plane;
        for (let p = 0; p < g.kernelH; p++) {
          for (let q = 0; q < g.kernelW; q++) {
            lanes.fill(0);
            for (let i = 0, oy = 0, ox = 0; i < outPlane; i++) {
              lanes[i % width] = accumulate(lanes[i % width]!, columnValue(x, inBase, oy, ox, p, q, g), grad[gradBase + i]!);
              if (++ox === g.outW) (ox = 0), oy++;
            }
            for (let half = width / 2; half >= 1; half /= 2) for (let k = 0; k < half; k++) lanes[k] = round(lanes[k]! + lanes[k + half]!);
            out[at] = round(lanes[0]! + out[at]!);
            at++;
          }
        }
      }
    }
  }
}

/** The bias gradient of oneDNN's im2col + sgemm: per batch element a 16-lane sum folded in halves, added in order. */
function gradBiasGemm(grad: Float32Array, g: Geometry): Float32Array {
  const out = new Float32Array(g.outChannels);
  const outPlane = g.outH * g.outW;
  const lanes = new Float32Array(BLOCK);
  for (let o = 0; o < g.outChannels; o++) {
    for (let n = 0; n < g.batch; n++) {
      const base = (n * g.outChannels + o) * outPlane;
      lanes.fill(0);
      for (let i = 0; i < outPlane; i++) lanes[i % BLOCK] = lanes[i % BLOCK]! + grad[base + i]!;
      for (let half = BLOCK / 2; half >= 1; half /= 2) for (let k = 0; k < half; k++) lanes[k] = lanes[k]! + lanes[k + half]!;
      out[o] = n === 0 ? lanes[0]! : Math.fround(lanes[0]! + out[o]!);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The op

/**
 * convolution(input, weight, bias, stride, padding, dilation, groups) for batched 1-d (N, C, L) and 2-d
 * (N, C, H, W) inputs. Checks the shapes as PyTorch does, with its messages.
 */
export function convolution(input: Tensor, weight: Tensor, bias: Tensor | null, options: ConvOptions): Tensor {
  const g = geometryOf(input, weight, bias, options);
  const dtype = input.dtype;
  const backends = backendsOf(g, dtype);
  const blas = referenceBlas(dtype);
  const outShape = [g.batch, g.outChannels, ...(weight.ndim === 4 ? [g.outH] : []), g.outW];
  const out = allocate(dtype, g.batch * g.outChannels * g.outH * g.outW);
  const x = input.contiguousData();
  const w = weight.contiguousData();
  const b = bias ? bias.contiguousData() : null;
  const { forward } = backends;
  if (forward.kind === 'direct') forwardOnednn(x as Float32Array, w as Float32Array, b, out as Float32Array, g, forward.block, forward.biasFirst);
  else forwardIm2col(x, w, b, out, g, forward.kind === 'gemm' ? ONEDNN_GEMM : blas);
  const result = newTensor(out, outShape, dtype);
  record(
    'ConvolutionBackward0',
    [input, weight, bias],
    result,
    ([grad], [savedInput, savedWeight]) => convolutionBackward(grad!, savedInput!, savedWeight!, options, [input.requiresGrad, weight.requiresGrad, bias?.requiresGrad === true]),
    [input, weight],
  );
  return result;
}

type ConvGradients = [Tensor | null, Tensor | null, Tensor | null];

/**
 * convolution_backward: the gradients of input, weight and bias that `mask` asks for, each by the kernel of its
 * pass. Under create_graph they are differentiable again (node ConvolutionBackwardBackward0).
 */
function convolutionBackward(grad: Tensor, input: Tensor, weight: Tensor, options: ConvOptions, mask: readonly [boolean, boolean, boolean]): ConvGradients {
  const g = geometryOf(input, weight, null, options);
  const dtype = input.dtype;
  const blas = referenceBlas(dtype);
  const { gradInput: inputKernel, gradWeight: weightKernel } = backendsOf(g, dtype);
  const gradData = grad.contiguousData();
  const grads: ConvGradients = [null, null, null];
  if (mask[0]) {
    const data = allocate(dtype, input.numel);
    if (inputKernel.kind === 'direct') gradInputOnednn(gradData as Float32Array, weight.contiguousData() as Float32Array, data as Float32Array, g, inputKernel.block);
    else gradInputIm2col(gradData, weight.contiguousData(), data, g, inputKernel.kind === 'gemm' ? ONEDNN_GEMM : blas);
    grads[0] = newTensor(data, input.shape, dtype);
  }
  if (mask[1]) {
    const data = allocate(dtype, weight.numel);
    if (weightKernel.kind === 'direct') gradWeightOnednn(gradData as Float32Array, input.contiguousData() as Float32Array, data as Float32Array, g);
    else gradWeightIm2col(gradData, input.contiguousData(), data, g, weightKernel.kind === 'gemm' ? ONEDNN_GEMM : blas);
    grads[1] = newTensor(data, weight.shape, dtype);
  }
  // The bias gradient comes from the pass that computes the weight gradient.
  if (mask[2]) {
    if (weightKernel.kind === 'blas') grads[2] = sum(newTensor(gradData, [g.batch, g.outChannels, g.outH, g.outW], dtype), [0, 2, 3]);
    else grads[2] = newTensor((weightKernel.kind === 'gemm' ? gradBiasGemm : gradBiasOnednn)(gradData as Float32Array, g), [g.outChannels], dtype);
  }
  record('ConvolutionBackwardBackward0', [grad, input, weight], grads, (gradGrads, [savedGrad, savedInput, savedWeight]) => convolutionDoubleBackward(gradGrads, savedGrad!, savedInput!, savedWeight!, options), [grad, input, weight]);
  return grads;
}

/**
 * PyTorch's _convolution_double_backward: from the gradients of the input, weight and bias gradients (ggI, ggW,
 * ggb), those of grad_output (conv(ggI, w) + conv(input, ggW) + ggb), of the input (the transposed convolution
 * of grad_output by ggW) and of the weight (ggI convolved with grad_output over the batch, stride and dilation
 * swapped, group by group), all with differentiable convolutions.
 */
function convolutionDoubleBackward([ggI, ggW, ggb]: Array<Tensor | null>, gradOutput: Tensor, input: Tensor, weight: Tensor, options: ConvOptions): ConvGradients {
  const dims = weight.ndim - 2;
  const stride = expandParam('stride', options.stride, dims);
  const padding = expandParam('padding', options.padding, dims);
  const dilation = expandParam('dilation', options.dilation, dims);
  const { groups } = options;
  let ggO: Tensor | null = ggI ? convolution(ggI, weight, null, options) : null;
  if (ggW) {
    const term = convolution(input, ggW, null, options);
    ggO = ggO ? add(ggO, term) : term;
  }
  if (ggb) {
    const shape = gradOutput.shape.map((_, d) => (d === 1 ? ggb.numel : 1));
    const expanded = expand(view(contiguous(ggb), shape), gradOutput.shape);
    ggO = ggO ? add(ggO, expanded) : expanded;
  }
  let gradWeight: Tensor | null = null;
  if (ggI) {
    const gradOutputT = transpose(gradOutput, 0, 1);
    const ggIT = transpose(ggI, 0, 1);
    const swapped: ConvOptions = { stride: dilation, padding, dilation: stride, groups: 1 };
    const inPerGroup = ggIT.shape[0]! / groups;
    const outPerGroup = gradOutputT.shape[0]! / groups;
    const perGroup = Array.from({ length: groups }, (_, k) =>
      convolution(groups === 1 ? ggIT : narrow(ggIT, 0, k * inPerGroup, inPerGroup), groups === 1 ? gradOutputT : narrow(gradOutputT, 0, k * outPerGroup, outPerGroup), null, swapped),
    );
    gradWeight = transpose(groups === 1 ? perGroup[0]! : cat(perGroup, 1), 0, 1);
    for (let d = 2; d < weight.ndim; d++) if (gradWeight.shape[d]! > weight.shape[d]!) gradWeight = narrow(gradWeight, d, 0, weight.shape[d]!);
  }
  const gradInput = ggW ? transposedConvolution(gradOutput, ggW, input, options) : null;
  return [ggO, gradInput, gradWeight];
}

/**
 * The transposed convolution of `gradOutput` by `weight` back to the input's sizes: the input-gradient pass of the
 * convolution as an op, its output padding the rows and columns the strided convolution dropped.
 */
function transposedConvolution(gradOutput: Tensor, weight: Tensor, input: Tensor, options: ConvOptions): Tensor {
  const dims = weight.ndim - 2;
  const stride = expandParam('stride', options.stride, dims);
  const padding = expandParam('padding', options.padding, dims);
  const dilation = expandParam('dilation', options.dilation, dims);
  const outputPadding = input.shape.slice(2).map((size, d) => size - ((gradOutput.shape[d + 2]! - 1) * stride[d]! - 2 * padding[d]! + dilation[d]! * (weight.shape[d + 2]! - 1) + 1));
  return convolutionTranspose(gradOutput, weight, null, { ...options, outputPadding });
}

// ---------------------------------------------------------------------------------------------------------
// Transposed convolution

export interface ConvTransposeOptions extends ConvOptions {
  outputPadding: readonly number[];
}

/**
 * The checks of PyTorch's check_shape_forward for transposed=True and of slow_conv_transpose2d's shape check (on
 * the 2-d view, so conv_transpose1d reports a height of 1), with their messages. The geometry is that of the
 * convolution it transposes: its input is the transposed convolution's output and its output the input.
 */
function transposedGeometryOf(input: Tensor, weight: Tensor, bias: Tensor | null, options: ConvTransposeOptions): Geometry {
  const dims = weight.ndim - 2;
  const stride = expandParam('stride', options.stride, dims);
  const padding = expandParam('padding', options.padding, dims);
  const outputPadding = expandParam('output_padding', options.outputPadding, dims);
  const dilation = expandParam('dilation', options.dilation, dims);
  const { groups } = options;
  if (padding.some((p) => p < 0)) throw runtimeError('negative padding is not supported');
  if (outputPadding.some((p) => p < 0)) throw runtimeError('negative output_padding is not supported');
  if (stride.some((s) => s <= 0)) throw runtimeError('non-positive stride is not supported');
  if (groups <= 0) throw runtimeError('non-positive groups is not supported');
  if (input.ndim !== weight.ndim) {
    throw runtimeError(`Expected ${weight.ndim}-dimensional input for ${weight.ndim}-dimensional weight ${sizeList(weight.shape)}, but got ${input.ndim}-dimensional input of size ${sizeList(input.shape)} instead`);
  }
  if (weight.shape[0]! % groups !== 0) {
    throw runtimeError(`Given groups=${groups}, expected weight to be divisible by ${groups} at dimension 0, but got weight of size [${sizeList(weight.shape)}] instead`);
  }
  const outChannels = weight.shape[1]! * groups;
  if (input.shape[1] !== weight.shape[0]) {
    throw runtimeError(`Given transposed=1, weight of size ${sizeList(weight.shape)}, expected input${sizeList(input.shape)} to have ${weight.shape[0]} channels, but got ${input.shape[1]} channels instead`);
  }
  if (bias && (bias.ndim !== 1 || bias.shape[0] !== outChannels)) {
    throw runtimeError(`Given transposed=1, weight of size ${sizeList(weight.shape)}, expected bias to be 1-dimensional with ${outChannels} elements, but got bias of size ${sizeList(bias.shape)} instead`);
  }
  if (input.dtype !== weight.dtype) throw runtimeError(`expected scalar type ${scalarTypeName(input.dtype)} but found ${scalarTypeName(weight.dtype)}`);
  if (bias && bias.dtype !== input.dtype) throw runtimeError(`expected scalar type ${scalarTypeName(input.dtype)} but found ${scalarTypeName(bias.dtype)}`);
  // slow_conv_transpose2d's view: conv_transpose1d has a height of 1 and a kernel, stride and dilation of 1.
  const plane = (values: readonly number[], fallback: number): [number, number] => (dims === 2 ? [values[0]!, values[1]!] : [fallback, values[0]!]);
  const [kernelH, kernelW] = plane(weight.shape.slice(2), 1);
  const [strideH, strideW] = plane(stride, 1);
  const [padH, padW] = plane(padding, 0);
  const [outputPadH, outputPadW] = plane(outputPadding, 0);
  const [dilationH, dilationW] = plane(dilation, 1);
  const [inputH, inputW] = plane(input.shape.slice(2), 1);
  if (kernelH <= 0 || kernelW <= 0) throw runtimeError(`kernel size should be greater than zero, but got kernel_height: ${kernelH} kernel_width: ${kernelW}`);
  if (dilationH <= 0 || dilationW <= 0) throw runtimeError(`dilation should be greater than zero, but got dilation_height: ${dilationH}, dilation_width: ${dilationW}`);
  if (!((outputPadW < strideW || outputPadW < dilationW) && (outputPadH < strideH || outputPadH < dilationH))) {
    throw runtimeError(
      `output padding must be smaller than either stride or dilation, but got output_padding_height: ${outputPadH} output_padding_width: ${outputPadW} ` +
        `stride_height: ${strideH} stride_width: ${strideW} dilation_height: ${dilationH} dilation_width: ${dilationW}`,
    );
  }
  const height = (inputH - 1) * strideH - 2 * padH + dilationH * (kernelH - 1) + outputPadH + 1;
  const width = (inputW - 1) * strideW - 2 * padW + dilationW * (kernelW - 1) + outputPadW + 1;
  if (height < 1 || width < 1) {
    throw runtimeError(`Given input size per channel: (${inputH} x ${inputW}). Calculated output size per channel: (${height} x ${width}). Output size is too small`);
  }
  return {
    batch: input.shape[0]!,
    inChannels: outChannels,
    height,
    width,
    outChannels: weight.shape[0]!,
    outH: inputH,
    outW: inputW,
    kernelH,
    kernelW,
    strideH,
    strideW,
    padH,
    padW,
    dilationH,
    dilationW,
    groups,
  };
}

/**
 * convolution(..., transposed=True) for batched 1-d and 2-d inputs, weight (in_channels, out_channels / groups,
 * kernel...). PyTorch 1.13 runs it on slow_conv_transpose2d in every dtype, group by group: the reference BLAS's
 * gemm of weight and input into columns, which col2im adds up in (kernel row, kernel column) order, then the bias
 * added to the finished sum. That is the order of the convolution's input gradient (gradInputIm2col); its input
 * gradient is the convolution's forward order without bias, its weight gradient the convolution's with the roles
 * of input and grad_output swapped, and its bias gradient sum(grad_output, (0, 2, 3)).
 */
export function convolutionTranspose(input: Tensor, weight: Tensor, bias: Tensor | null, options: ConvTransposeOptions): Tensor {
  const g = transposedGeometryOf(input, weight, bias, options);
  const dtype = input.dtype;
  const arithmetic = referenceBlas(dtype);
  const plane = g.height * g.width;
  const out = allocate(dtype, g.batch * g.inChannels * plane);
  gradInputIm2col(input.contiguousData(), weight.contiguousData(), out, g, arithmetic);
  if (bias) {
    const b = bias.contiguousData();
    for (let i = 0; i < out.length; i++) out[i] = arithmetic.round(out[i]! + b[Math.floor(i / plane) % g.inChannels]!);
  }
  const result = newTensor(out, [g.batch, g.inChannels, ...(weight.ndim === 4 ? [g.height] : []), g.width], dtype);
  record(
    'ConvolutionBackward0',
    [input, weight, bias],
    result,
    ([grad], [savedInput, savedWeight]) => convolutionTransposeBackward(grad!, savedInput!, savedWeight!, options, [input.requiresGrad, weight.requiresGrad, bias?.requiresGrad === true]),
    [input, weight],
  );
  return result;
}

function convolutionTransposeBackward(grad: Tensor, input: Tensor, weight: Tensor, options: ConvTransposeOptions, mask: readonly [boolean, boolean, boolean]): ConvGradients {
  const g = transposedGeometryOf(input, weight, null, options);
  const dtype = input.dtype;
  const arithmetic = referenceBlas(dtype);
  const gradData = grad.contiguousData();
  const grads: ConvGradients = [null, null, null];
  if (mask[0]) {
    const data = allocate(dtype, input.numel);
    forwardIm2col(gradData, weight.contiguousData(), null, data, g, arithmetic);
    grads[0] = newTensor(data, input.shape, dtype);
  }
  if (mask[1]) {
    const data = allocate(dtype, weight.numel);
    gradWeightIm2col(input.contiguousData(), gradData, data, g, arithmetic);
    grads[1] = newTensor(data, weight.shape, dtype);
  }
  if (mask[2]) grads[2] = sum(newTensor(gradData, [g.batch, g.inChannels, g.height, g.width], dtype), [0, 2, 3]);
  record('ConvolutionBackwardBackward0', [grad, input, weight], grads, () => {
    throw new TorchError('NotImplementedError', 'agnb: the second derivative of a transposed convolution is not supported yet');
  });
  return grads;
}

// ---------------------------------------------------------------------------------------------------------
// conv1d / conv2d: unbatched inputs and string paddings

export type ConvPadding = readonly number[] | 'same' | 'valid';

export interface ConvArguments {
  stride?: readonly number[];
  padding?: ConvPadding;
  dilation?: readonly number[];
  groups?: number;
}

/**
 * A zero-padded copy with `after[d]` zeros appended along spatial dim d (constant_pad_nd, node
 * ConstantPadNdBackward0), for padding='same' when the total padding of a dim is odd.
 */
function padAfter(input: Tensor, after: readonly number[]): Tensor {
  const spatial = input.shape.slice(2);
  const paddedSpatial = spatial.map((size, d) => size + after[d]!);
  const rows = input.shape[0]! * input.shape[1]!;
  const height = spatial.length === 2 ? spatial[0]! : 1;
  const width = spatial[spatial.length - 1]!;
  const paddedHeight = paddedSpatial.length === 2 ? paddedSpatial[0]! : 1;
  const paddedWidth = paddedSpatial[paddedSpatial.length - 1]!;
  const source = input.contiguousData();
  const out = allocate(input.dtype, rows * paddedHeight * paddedWidth);
  for (let r = 0; r < rows; r++) {
    for (let y = 0; y < height; y++) {
      out.set(source.subarray((r * height + y) * width, (r * height + y + 1) * width), (r * paddedHeight + y) * paddedWidth);
    }
  }
  const result = newTensor(out, [input.shape[0]!, input.shape[1]!, ...paddedSpatial], input.dtype);
  record('ConstantPadNdBackward0', [input], result, ([grad]) => {
    let cropped = grad!;
    spatial.forEach((size, d) => (cropped = narrow(cropped, d + 2, 0, size)));
    return [cropped];
  });
  return result;
}

let warnedEvenSame = false;

/** padding='same': half the dilated kernel on each side; an odd total puts the extra zero after. */
function samePadding(input: Tensor, weight: Tensor, stride: readonly number[], dilation: readonly number[]): { input: Tensor; padding: number[] } {
  const dims = weight.ndim - 2;
  if (stride.some((s) => s !== 1)) throw runtimeError("padding='same' is not supported for strided convolutions");
  const total = weight.shape.slice(2).map((size, d) => (dilation.length === 1 ? dilation[0]! : dilation[d]!) * (size - 1));
  const padding = total.map((pad) => Math.floor(pad / 2));
  const extra = total.map((pad, d) => pad - 2 * padding[d]!);
  if (extra.every((e) => e === 0)) return { input, padding };
  if (!warnedEvenSame) {
    warnedEvenSame = true;
    warn(
      "Using padding='same' with even kernel lengths and odd dilation may require a zero-padded copy of the input be created " +
        '(Triggered internally at  ./aten/src/ATen/native/Convolution.cpp:895.)',
    );
  }
  return { input: padAfter(input, extra.slice(0, dims)), padding };
}

/** Runs a batched convolution on an unbatched input too, as PyTorch's batchify does. */
function batchified(name: string, dims: number, input: Tensor, run: (batched: Tensor) => Tensor): Tensor {
  if (input.ndim !== dims + 1 && input.ndim !== dims + 2) {
    throw runtimeError(`Expected ${dims + 1}D (unbatched) or ${dims + 2}D (batched) input to ${name}, but got input of size: ${sizeList(input.shape)}`);
  }
  const batched = input.ndim === dims + 2;
  const out = run(batched ? input : unsqueeze(input, 0));
  return batched ? out : squeeze(out, 0);
}

function convNd(name: 'conv1d' | 'conv2d', dims: number, input: Tensor, weight: Tensor, bias: Tensor | null, args: ConvArguments): Tensor {
  return batchified(name, dims, input, (batched) => {
    let x = batched;
    const stride = args.stride ?? [1];
    const dilation = args.dilation ?? [1];
    let padding: readonly number[];
    if (args.padding === 'same') ({ input: x, padding } = samePadding(x, weight, stride, dilation));
    else if (args.padding === 'valid' || args.padding === undefined) padding = [0];
    else padding = args.padding;
    return convolution(x, weight, bias, { stride, padding, dilation, groups: args.groups ?? 1 });
  });
}

/** F.conv2d on (N, C, H, W) or unbatched (C, H, W) input. */
export const conv2d = (input: Tensor, weight: Tensor, bias: Tensor | null = null, args: ConvArguments = {}): Tensor => convNd('conv2d', 2, input, weight, bias, args);

/** F.conv1d on (N, C, L) or unbatched (C, L) input. */
export const conv1d = (input: Tensor, weight: Tensor, bias: Tensor | null = null, args: ConvArguments = {}): Tensor => convNd('conv1d', 1, input, weight, bias, args);

export interface ConvTransposeArguments {
  stride?: readonly number[];
  padding?: readonly number[];
  outputPadding?: readonly number[];
  groups?: number;
  dilation?: readonly number[];
}

function convTransposeNd(name: string, dims: number, input: Tensor, weight: Tensor, bias: Tensor | null, args: ConvTransposeArguments): Tensor {
  const options = { stride: args.stride ?? [1], padding: args.padding ?? [0], outputPadding: args.outputPadding ?? [0], dilation: args.dilation ?? [1], groups: args.groups ?? 1 };
  return batchified(name, dims, input, (batched) => convolutionTranspose(batched, weight, bias, options));
}

/** F.conv_transpose2d on (N, C, H, W) or unbatched (C, H, W) input. */
export const convTranspose2d = (input: Tensor, weight: Tensor, bias: Tensor | null = null, args: ConvTransposeArguments = {}): Tensor =>
  convTransposeNd('conv_transpose2d', 2, input, weight, bias, args);

/** F.conv_transpose1d on (N, C, L) or unbatched (C, L) input. */
export const convTranspose1d = (input: Tensor, weight: Tensor, bias: Tensor | null = null, args: ConvTransposeArguments = {}): Tensor =>
  convTransposeNd('conv_transpose1d', 1, input, weight, bias, args);
