// 2-d pooling over the last two dims of (N, C, H, W) or (C, H, W) inputs: max_pool2d (with indices),
// avg_pool2d and adaptive_avg_pool2d, computed plane by plane in the order of PyTorch's CPU kernels
// (each window's sum added up row by row in the dtype; backward adds into grad_input output by output).
import { allocate, scalarTypeName, type Storage } from '../dtype';
import { indexError, runtimeError } from '../errors';
import type { Tensor } from '../tensor';
import { roundingFor, type SlidingWindow } from './conv';
import { contiguous } from './copy';
import { gather } from './gather';
import { mean } from './reduce';
import { record, zeroGradient } from './record';
import { newTensor } from './statistics';
import { view } from './views';

export interface PoolOptions {
  kernelSize: readonly number[];
  /** Defaults to the kernel size (also when empty, as PyTorch treats stride=[]). */
  stride?: readonly number[];
  padding?: readonly number[];
  dilation?: readonly number[];
  ceilMode?: boolean;
}

/** The sizes of a pooling over `planes` planes of height x width. */
interface Window extends SlidingWindow {
  planes: number;
}

/** A pooling argument given as one int or a pair, as (height, width). */
function pair(name: string, values: readonly number[]): [number, number] {
  if (values.length !== 1 && values.length !== 2) throw runtimeError(`${name} must either be a single int, or a tuple of two ints`);
  return [values[0]!, values[values.length - 1]!];
}

/** PyTorch's pooling_output_shape: floor or ceil of the window count; a ceil window must start inside the input or left padding. */
function outputSize(size: number, kernel: number, pad: number, stride: number, dilation: number, ceilMode: boolean): number {
  let out = Math.floor((size + 2 * pad - dilation * (kernel - 1) - 1 + (ceilMode ? stride - 1 : 0)) / stride) + 1;
  if (ceilMode && (out - 1) * stride >= size + pad) out--;
  return out;
}

/** The checks of max_pool2d / avg_pool2d (pool2d_shape_check), with PyTorch's messages. */
function windowOf(name: string, input: Tensor, options: PoolOptions, dilated: boolean): Window {
  const [kernelH, kernelW] = pair('kernel_size', options.kernelSize);
  const [strideH, strideW] = options.stride && options.stride.length > 0 ? pair('stride', options.stride) : [kernelH, kernelW];
  const [padH, padW] = pair('padding', options.padding ?? [0]);
  const [dilationH, dilationW] = dilated ? pair('dilation', options.dilation ?? [1]) : [1, 1];
  if (input.ndim !== 3 && input.ndim !== 4) {
    if (name === 'max_pool2d') throw runtimeError('non-empty 3D or 4D (batch mode) tensor expected for input');
    throw indexError(`Dimension out of range (expected to be in range of [${-Math.max(input.ndim, 1)}, ${Math.max(input.ndim, 1) - 1}], but got -3)`);
  }
  if (strideH === 0 || strideW === 0) throw runtimeError('stride should not be zero');
  if (kernelH <= 0 || kernelW <= 0) throw runtimeError(`kernel size should be greater than zero, but got kH: ${kernelH} kW: ${kernelW}`);
  if (strideH < 0 || strideW < 0) throw runtimeError(`stride should be greater than zero, but got dH: ${strideH} dW: ${strideW}`);
  if (dilationH <= 0 || dilationW <= 0) throw runtimeError(`dilation should be greater than zero, but got dilationH: ${dilationH} dilationW: ${dilationW}`);
  if (padW > kernelW / 2 || padH > kernelH / 2) {
    throw runtimeError(`pad should be at most half of kernel size, but got pad=${padW} and kernel_size=${kernelW}`);
  }
  const [height, width] = input.shape.slice(-2) as [number, number];
  const channels = input.shape[input.ndim - 3]!;
  const ceilMode = options.ceilMode ?? false;
  const outH = outputSize(height, kernelH, padH, strideH, dilationH, ceilMode);
  const outW = outputSize(width, kernelW, padW, strideW, dilationW, ceilMode);
  if (outH < 1 || outW < 1) {
    throw runtimeError(`Given input size: (${channels}x${height}x${width}). Calculated output size: (${channels}x${outH}x${outW}). Output size is too small`);
  }
  const planes = input.numel / (height * width || 1);
  return { planes, height, width, outH, outW, kernelH, kernelW, strideH, strideW, padH, padW, dilationH, dilationW };
}

function checkFloating(name: string, input: Tensor): void {
  if (input.dtype !== 'float32' && input.dtype !== 'float64') throw runtimeError(`"${name}" not implemented for '${scalarTypeName(input.dtype)}'`);
}

const outputShape = (input: Tensor, w: { outH: number; outW: number }) => [...input.shape.slice(0, -2), w.outH, w.outW];

// ---------------------------------------------------------------------------------------------------------
// max_pool2d

/**
 * max_pool2d_with_indices: each window's largest value (a NaN wins) and its flat index in the plane, the first
 * of equal values. Node MaxPool2DWithIndicesBackward0, whose backward adds each output's gradient at its index.
 */
export function maxPool2dWithIndices(input: Tensor, options: PoolOptions): [Tensor, Tensor] {
  const w = windowOf('max_pool2d', input, options, true);
  checkFloating('max_pool2d', input);
  const x = input.contiguousData();
  const planeSize = w.height * w.width;
  const outPlane = w.outH * w.outW;
  const values = allocate(input.dtype, w.planes * outPlane);
  const indices = new Float64Array(w.planes * outPlane);
  let at = 0;
  for (let plane = 0; plane < w.planes; plane++) {
    const base = plane * planeSize;
    for (let oy = 0; oy < w.outH; oy++) {
      let y0 = oy * w.strideH - w.padH;
      const y1 = Math.min(y0 + (w.kernelH - 1) * w.dilationH + 1, w.height);
      while (y0 < 0) y0 += w.dilationH;
      for (let ox = 0; ox < w.outW; ox++) {
        let x0 = ox * w.strideW - w.padW;
        const x1 = Math.min(x0 + (w.kernelW - 1) * w.dilationW + 1, w.width);
        while (x0 < 0) x0 += w.dilationW;
        let maxIndex = y0 * w.width + x0;
        let maxValue = -Infinity;
        for (let y = y0; y < y1; y += w.dilationH) {
          for (let xx = x0; xx < x1; xx += w.dilationW) {
            const index = y * w.width + xx;
            const value = x[base + index]!;
            if (value > maxValue || value !== value) {
              maxValue = value;
              maxIndex = index;
            }
          }
        }
        values[at] = maxValue;
        indices[at++] = maxIndex;
      }
    }
  }
  const shape = outputShape(input, w);
  const out = newTensor(values, shape, input.dtype);
  const indexTensor = newTensor(indices, shape, 'int64');
  record('MaxPool2DWithIndicesBackward0', [input], out, ([grad]) => {
    const g = grad!.contiguousData();
    const gradInput = allocate(input.dtype, input.numel);
    const round = roundingFor(input.dtype);
    for (let plane = 0; plane < w.planes; plane++) {
      for (let i = 0; i < outPlane; i++) {
        const target = plane * planeSize + indices[plane * outPlane + i]!;
        gradInput[target] = round(gradInput[target]! + g[plane * outPlane + i]!);
      }
    }
    const result = newTensor(gradInput, input.shape, input.dtype);
    // Differentiated again: the gradient's gradient read at each window's index (PyTorch's max_pool_double_backward).
    record('MaxPool2DWithIndicesBackwardBackward0', [grad!, input], result, ([gradGrad]) => [gatherAtIndices(gradGrad!, indexTensor), zeroGradient(input.shape, input.dtype)]);
    return [result];
  });
  return [out, indexTensor];
}

/** `planes` (..., H, W) read at `indices` (..., outH, outW), flat indices into each plane: gather along the flattened plane. */
function gatherAtIndices(planes: Tensor, indices: Tensor): Tensor {
  const flatShape = [...indices.shape.slice(0, -2), -1];
  return view(gather(view(contiguous(planes), flatShape), -1, view(indices, flatShape)), indices.shape);
}

export const maxPool2d = (input: Tensor, options: PoolOptions): Tensor => maxPool2dWithIndices(input, options)[0];

// ---------------------------------------------------------------------------------------------------------
// avg_pool2d

export interface AvgPoolOptions extends PoolOptions {
  countIncludePad?: boolean;
  divisorOverride?: number;
}

/** The part of window (oy, ox) inside the input, and what its sum is divided by. */
interface AvgWindow {
  y0: number;
  y1: number;
  x0: number;
  x1: number;
  divisor: number;
}

function avgWindow(w: Window, oy: number, ox: number, options: AvgPoolOptions, into: AvgWindow): AvgWindow {
  let y0 = oy * w.strideH - w.padH;
  let x0 = ox * w.strideW - w.padW;
  let y1 = Math.min(y0 + w.kernelH, w.height + w.padH);
  let x1 = Math.min(x0 + w.kernelW, w.width + w.padW);
  const poolSize = (y1 - y0) * (x1 - x0);
  y0 = Math.max(y0, 0);
  x0 = Math.max(x0, 0);
  y1 = Math.min(y1, w.height);
  x1 = Math.min(x1, w.width);
  into.y0 = y0;
  into.y1 = y1;
  into.x0 = x0;
  into.x1 = x1;
  into.divisor = options.divisorOverride ?? ((options.countIncludePad ?? true) ? poolSize : (y1 - y0) * (x1 - x0));
  return into;
}

/**
 * avg_pool2d(kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override): each window's sum
 * in the dtype divided by the divisor. Node AvgPool2DBackward0: grad / divisor added over each window.
 */
export function avgPool2d(input: Tensor, options: AvgPoolOptions): Tensor {
  const w = windowOf('avg_pool2d', input, options, false);
  if (options.divisorOverride === 0) throw runtimeError('divisor must be not zero');
  if (input.dtype !== 'int64') checkFloating('avg_pool2d', input);
  const x = input.contiguousData();
  // int64 sums divide as C++ integers do, truncating.
  const round = input.dtype === 'int64' ? Math.trunc : roundingFor(input.dtype);
  const planeSize = w.height * w.width;
  const outPlane = w.outH * w.outW;
  const out = allocate(input.dtype, w.planes * outPlane);
  const window: AvgWindow = { y0: 0, y1: 0, x0: 0, x1: 0, divisor: 1 };
  let at = 0;
  for (let plane = 0; plane < w.planes; plane++) {
    const base = plane * planeSize;
    for (let oy = 0; oy < w.outH; oy++) {
      for (let ox = 0; ox < w.outW; ox++) {
        const { y0, y1, x0, x1, divisor } = avgWindow(w, oy, ox, options, window);
        let total = 0;
        if (y0 < y1 && x0 < x1) {
          for (let y = y0; y < y1; y++) for (let xx = x0; xx < x1; xx++) total = round(total + x[base + y * w.width + xx]!);
          total = round(total / divisor);
        }
        out[at++] = total;
      }
    }
  }
  const result = newTensor(out, outputShape(input, w), input.dtype);
  record('AvgPool2DBackward0', [input], result, ([grad]) => {
    const g = grad!.contiguousData();
    const gradInput = allocate(input.dtype, input.numel);
    for (let plane = 0; plane < w.planes; plane++) {
      const base = plane * planeSize;
      for (let oy = 0; oy < w.outH; oy++) {
        for (let ox = 0; ox < w.outW; ox++) {
          const { y0, y1, x0, x1, divisor } = avgWindow(w, oy, ox, options, window);
          const delta = round(g[plane * outPlane + oy * w.outW + ox]! / divisor);
          for (let y = y0; y < y1; y++) {
            for (let xx = x0; xx < x1; xx++) gradInput[base + y * w.width + xx] = round(gradInput[base + y * w.width + xx]! + delta);
          }
        }
      }
    }
    const gradResult = newTensor(gradInput, input.shape, input.dtype);
    // Linear in the gradient: differentiated again, it is avg_pool2d of the gradient's gradient.
    record('AvgPool2DBackwardBackward0', [grad!, input], gradResult, ([gradGrad]) => [avgPool2d(gradGrad!, options), zeroGradient(input.shape, input.dtype)]);
    return [gradResult];
  });
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// adaptive_avg_pool2d

/** Where adaptive window o of `outSize` starts and ends along a dim of `inSize`: [floor(o*in/out), ceil((o+1)*in/out)). */
function adaptiveBounds(outSize: number, inSize: number): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(outSize);
  const ends = new Int32Array(outSize);
  for (let o = 0; o < outSize; o++) {
    starts[o] = Math.floor((o * inSize) / outSize);
    ends[o] = Math.ceil(((o + 1) * inSize) / outSize);
  }
  return { starts, ends };
}

/**
 * adaptive_avg_pool2d(output_size): window o along a dim spans [floor(o*in/out), ceil((o+1)*in/out)); its sum is
 * divided by the window's height, then by its width. An output of 1x1 is mean over the last two dims, as in
 * PyTorch (node MeanBackward1); otherwise the node is AdaptiveAvgPool2DBackward0.
 */
export function adaptiveAvgPool2d(input: Tensor, size: readonly [number | null, number | null]): Tensor {
  if (input.ndim !== 3 && input.ndim !== 4) throw runtimeError(`adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got [${input.shape.join(', ')}]`);
  for (let d = input.ndim - 3; d < input.ndim; d++) {
    if (input.shape[d] === 0) {
      throw runtimeError(`adaptive_avg_pool2d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes [${input.shape.join(', ')}] with dimension ${d} being empty`);
    }
  }
  const [height, width] = input.shape.slice(-2) as [number, number];
  const outH = size[0] ?? height;
  const outW = size[1] ?? width;
  if (outH === 1 && outW === 1) return mean(input, [-1, -2], true);
  checkFloating('adaptive_avg_pool2d', input);
  const x = input.contiguousData();
  const round = roundingFor(input.dtype);
  const planes = input.numel / (height * width);
  const rows = adaptiveBounds(outH, height);
  const columns = adaptiveBounds(outW, width);
  const out = allocate(input.dtype, planes * outH * outW);
  let at = 0;
  for (let plane = 0; plane < planes; plane++) {
    const base = plane * height * width;
    for (let oy = 0; oy < outH; oy++) {
      const y0 = rows.starts[oy]!;
      const y1 = rows.ends[oy]!;
      for (let ox = 0; ox < outW; ox++) {
        const x0 = columns.starts[ox]!;
        const x1 = columns.ends[ox]!;
        let total = 0;
        for (let y = y0; y < y1; y++) for (let xx = x0; xx < x1; xx++) total = round(total + x[base + y * width + xx]!);
        out[at++] = round(round(total / (y1 - y0)) / (x1 - x0));
      }
    }
  }
  const result = newTensor(out, outputShape(input, { outH, outW }), input.dtype);
  record('AdaptiveAvgPool2DBackward0', [input], result, ([grad]) => {
    const g: Storage = grad!.contiguousData();
    const gradInput = allocate(input.dtype, input.numel);
    let at = 0;
    for (let plane = 0; plane < planes; plane++) {
      const base = plane * height * width;
      for (let oy = 0; oy < outH; oy++) {
        for (let ox = 0; ox < outW; ox++) {
          const delta = round(round(g[at++]! / (rows.ends[oy]! - rows.starts[oy]!)) / (columns.ends[ox]! - columns.starts[ox]!));
          for (let y = rows.starts[oy]!; y < rows.ends[oy]!; y++) {
            for (let xx = columns.starts[ox]!; xx < columns.ends[ox]!; xx++) gradInput[base + y * width + xx] = round(gradInput[base + y * width + xx]! + delta);
          }
        }
      }
    }
    const gradResult = newTensor(gradInput, input.shape, input.dtype);
    record('AdaptiveAvgPool2DBackwardBackward0', [grad!, input], gradResult, ([gradGrad]) => [adaptiveAvgPool2d(gradGrad!, [outH, outW]), zeroGradient(input.shape, input.dtype)]);
    return [gradResult];
  });
  return result;
}
