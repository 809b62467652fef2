// torch.nn.init: in-place initialisations, drawing from the default generator exactly as PyTorch's do (the
// bounds and standard deviations computed in double, like the Python code of torch/nn/init.py).
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import * as random from '../../random/index';
import { PyFloat } from '../../python/objects/core';
import { ValueError, pyError } from '../../python/objects/exceptions';
import { floatValue, repr, str } from '../../python/ops/convert';
import type { BoundArgs } from '../args';
import type { OpDefinition } from '../ops';

/** Writes `fill`'s values into the tensor without recording autograd (PyTorch runs init under no_grad). */
function fillWith(tensor: Tensor, fill: (scratch: Tensor) => void): Tensor {
  if (tensor.dtype !== 'float32' && tensor.dtype !== 'float64') throw pyError(ValueError, `agnb: torch.nn.init supports float32 and float64 tensors, not ${tensor.dtype}`);
  const scratch = engine.zeros(tensor.shape, tensor.dtype);
  fill(scratch);
  engine.withGradMode(false, () => engine.copyInPlace(tensor, scratch));
  return tensor;
}

function uniform(tensor: Tensor, low: number, high: number): Tensor {
  return fillWith(tensor, (scratch) => random.uniform(random.defaultGenerator, scratch.storage as Float32Array | Float64Array, low, high));
}

function normal(tensor: Tensor, mean: number, std: number): Tensor {
  // A non-contiguous tensor takes the scalar path, as its normal_ does in PyTorch.
  return fillWith(tensor, (scratch) => random.normal(random.defaultGenerator, scratch.storage as Float32Array | Float64Array, mean, std, tensor.isContiguous()));
}

/** The nonlinearities whose gain is the int 1. */
const UNIT_GAIN = new Set(['linear', 'conv1d', 'conv2d', 'conv3d', 'conv_transpose1d', 'conv_transpose2d', 'conv_transpose3d', 'sigmoid']);

/** calculate_gain(nonlinearity, param): the recommended gain for a nonlinearity. */
export function calculateGain(nonlinearity: string, param?: number): number {
  if (UNIT_GAIN.has(nonlinearity)) return 1;
  switch (nonlinearity) {
    case 'tanh':
      return 5.0 / 3;
    case 'relu':
      return Math.sqrt(2.0);
    case 'leaky_relu': {
      const slope = param ?? 0.01;
      return Math.sqrt(2.0 / (1 + slope ** 2));
    }
    case 'selu':
      return 3.0 / 4;
  }
  throw pyError(ValueError, `Unsupported nonlinearity ${nonlinearity}`);
}

/** _calculate_fan_in_and_fan_out: dims 1 and 0 times the receptive field (the product of the other dims). */
function fans(tensor: Tensor): { fanIn: number; fanOut: number } {
  if (tensor.ndim < 2) throw pyError(ValueError, 'Fan in and fan out can not be computed for tensor with fewer than 2 dimensions');
  const receptive = tensor.shape.slice(2).reduce((a, b) => a * b, 1);
  return { fanIn: tensor.shape[1]! * receptive, fanOut: tensor.shape[0]! * receptive };
}

function fanFor(tensor: Tensor, mode: string): number {
  const normalized = mode.toLowerCase();
  if (normalized !== 'fan_in' && normalized !== 'fan_out') throw pyError(ValueError, `Mode ${mode} not supported, please use one of ['fan_in', 'fan_out']`);
  const { fanIn, fanOut } = fans(tensor);
  return normalized === 'fan_in' ? fanIn : fanOut;
}

/** The gain's param argument: a number, or None for the default slope. */
function gainParam(a: BoundArgs, name: string): number | undefined {
  const value = a.raw(name);
  if (value === undefined) return undefined;
  const number = typeof value === 'boolean' ? undefined : floatValue(value);
  if (number === undefined) throw pyError(ValueError, `negative_slope ${str(value)} not a valid number`);
  return number;
}

/** kaiming_*: std = gain(nonlinearity, a) / sqrt(fan). */
function kaimingStd(a: BoundArgs): { tensor: Tensor; std: number } {
  const tensor = a.tensor('tensor');
  const fan = fanFor(tensor, a.string('mode', 'fan_in'));
  const gain = calculateGain(a.string('nonlinearity', 'leaky_relu'), gainParam(a, 'a') ?? 0);
  return { tensor, std: gain / Math.sqrt(fan) };
}

function xavierStd(a: BoundArgs): { tensor: Tensor; std: number } {
  const tensor = a.tensor('tensor');
  const { fanIn, fanOut } = fans(tensor);
  return { tensor, std: a.number('gain', 1) * Math.sqrt(2.0 / (fanIn + fanOut)) };
}

export const NN_INIT: Record<string, OpDefinition> = {
  calculate_gain: {
    signature: 'nonlinearity, param=',
    run: (a) => {
      const nonlinearity = a.raw('nonlinearity');
      const name = typeof nonlinearity === 'string' ? nonlinearity : repr(nonlinearity ?? '');
      const gain = calculateGain(name, gainParam(a, 'param'));
      return UNIT_GAIN.has(name) ? gain : new PyFloat(gain);
    },
  },
  uniform_: { signature: 'tensor, a=, b=', run: (a) => uniform(a.tensor('tensor'), a.number('a', 0), a.number('b', 1)) },
  normal_: { signature: 'tensor, mean=, std=', run: (a) => normal(a.tensor('tensor'), a.number('mean', 0), a.number('std', 1)) },
  constant_: { signature: 'tensor, val', run: (a) => fillWith(a.tensor('tensor'), (s) => s.storage.fill(a.number('val'))) },
  ones_: { signature: 'tensor', run: (a) => fillWith(a.tensor('tensor'), (s) => s.storage.fill(1)) },
  zeros_: { signature: 'tensor', run: (a) => fillWith(a.tensor('tensor'), (s) => s.storage.fill(0)) },
  eye_: {
    signature: 'tensor',
    run: (a) => {
      const tensor = a.tensor('tensor');
      if (tensor.ndim !== 2) throw pyError(ValueError, 'Only tensors with 2 dimensions are supported');
      const [rows, cols] = tensor.shape as [number, number];
      return fillWith(tensor, (s) => {
        for (let i = 0; i < Math.min(rows, cols); i++) s.storage[i * cols + i] = 1;
      });
    },
  },
  xavier_uniform_: {
    signature: 'tensor, gain=',
    run: (a) => {
      const { tensor, std } = xavierStd(a);
      const bound = Math.sqrt(3.0) * std;
      return uniform(tensor, -bound, bound);
    },
  },
  xavier_normal_: {
    signature: 'tensor, gain=',
    run: (a) => {
      const { tensor, std } = xavierStd(a);
      return normal(tensor, 0, std);
    },
  },
  kaiming_uniform_: {
    signature: 'tensor, a=, mode=, nonlinearity=',
    run: (a) => {
      const { tensor, std } = kaimingStd(a);
      const bound = Math.sqrt(3.0) * std;
      return uniform(tensor, -bound, bound);
    },
  },
  kaiming_normal_: {
    signature: 'tensor, a=, mode=, nonlinearity=',
    run: (a) => {
      const { tensor, std } = kaimingStd(a);
      return normal(tensor, 0, std);
    },
  },
};
