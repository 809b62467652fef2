// Convolution layers (torch/nn/modules/conv.py): F.conv1d / F.conv2d, and nn.Conv1d / nn.Conv2d with PyTorch's
// constructor checks, default initialisation (kaiming_uniform_(a=sqrt(5)) on the weight, then the bias) and repr.
import * as engine from '../../tensor/index';
import { runtimeError } from '../../tensor/errors';
import * as random from '../../random/index';
import { None, type PyType, type PyValue } from '../../python/objects/core';
import { PyList, PyTuple } from '../../python/objects/containers';
import { valueError } from '../../python/objects/exceptions';
import { getAttr } from '../../python/ops/attr';
import { repr, str } from '../../python/ops/convert';
import type { BoundArgs } from '../args';
import { bindPythonArguments } from '../pythonArgs';
import { toPythonResult, type OpDefinition } from '../ops';
import { forwardQualname, initModule, initQualname, moduleClass, newParameter, tensorAttribute } from './module';
import { intsOf, ntuple } from './utils';

/** padding= of a convolution: 'same', 'valid', an int or a tuple. */
function paddingOf(fn: string, value: PyValue | undefined): engine.ConvPadding {
  if (value === undefined) return [0];
  if (typeof value === 'string') {
    if (value !== 'same' && value !== 'valid') throw runtimeError(`Invalid padding string: '${value}'`);
    return value;
  }
  return intsOf(fn, 'padding', value);
}

function convArguments(a: BoundArgs): engine.ConvArguments {
  const sizes = (name: string) => (a.has(name) ? intsOf(a.fn, name, a.raw(name)!) : [1]);
  return { stride: sizes('stride'), padding: paddingOf(a.fn, a.raw('padding')), dilation: sizes('dilation'), groups: a.int('groups', 1) };
}

const CONV_SIGNATURE = 'input, weight, bias=, stride=, padding=, dilation=, groups=';

export const CONV_FUNCTIONAL: Record<string, OpDefinition> = {
  conv1d: { signature: CONV_SIGNATURE, run: (a) => engine.conv1d(a.tensor('input'), a.tensor('weight'), a.optionalTensor('bias') ?? null, convArguments(a)) },
  conv2d: { signature: CONV_SIGNATURE, run: (a) => engine.conv2d(a.tensor('input'), a.tensor('weight'), a.optionalTensor('bias') ?? null, convArguments(a)) },
};

// ---- nn.Conv1d / nn.Conv2d

/**
 * _reversed_padding_repeated_twice: F.pad's (left, right) pairs, last dim first. For 'same', the total
 * dilation * (kernel - 1) splits with the smaller half on the left; 'valid' pads nothing.
 */
function reversedPadding(padding: PyValue, kernel: number[], dilation: number[]): PyValue {
  if (typeof padding !== 'string') return new PyTuple(intsOf('Conv', 'padding', padding).reverse().flatMap((p) => [p, p]));
  const pads = new Array<number>(kernel.length * 2).fill(0);
  if (padding === 'same') {
    kernel.forEach((size, d) => {
      const total = dilation[d]! * (size - 1);
      const i = kernel.length - 1 - d;
      pads[2 * i] = Math.floor(total / 2);
      pads[2 * i + 1] = total - Math.floor(total / 2);
    });
  }
  return new PyList(pads);
}

const PADDING_MODES = "{'replicate', 'circular', 'zeros', 'reflect'}";

function convClass(name: 'Conv1d' | 'Conv2d', dims: number): PyType {
  const convolve = dims === 1 ? engine.conv1d : engine.conv2d;
  return moduleClass(name, 'conv', {
    __init__: (args, kwargs) => {
      const a = bindPythonArguments(initQualname(name), 'self, in_channels, out_channels, kernel_size, stride=, padding=, dilation=, groups=, bias=, padding_mode=, device=, dtype=', args, kwargs);
      const inChannels = a.int('in_channels');
      const outChannels = a.int('out_channels');
      const groups = a.int('groups', 1);
      const kernelSize = ntuple(a.raw('kernel_size')!, dims);
      const stride = ntuple(a.raw('stride') ?? 1, dims);
      const paddingValue = a.raw('padding') ?? 0;
      const padding = typeof paddingValue === 'string' ? paddingValue : ntuple(paddingValue, dims);
      const dilation = ntuple(a.raw('dilation') ?? 1, dims);
      const paddingMode = a.string('padding_mode', 'zeros');
      if (groups <= 0) throw valueError('groups must be a positive integer');
      if (inChannels % groups !== 0) throw valueError('in_channels must be divisible by groups');
      if (outChannels % groups !== 0) throw valueError('out_channels must be divisible by groups');
      if (typeof padding === 'string') {
        if (padding !== 'same' && padding !== 'valid') throw valueError(`Invalid padding string ${repr(padding)}, should be one of {'valid', 'same'}`);
        if (padding === 'same' && intsOf(name, 'stride', stride).some((s) => s !== 1)) throw valueError("padding='same' is not supported for strided convolutions");
      }
      if (!['zeros', 'reflect', 'replicate', 'circular'].includes(paddingMode)) {
        throw valueError(`padding_mode must be one of ${PADDING_MODES}, but got padding_mode='${paddingMode}'`);
      }
      const kernel = intsOf(name, 'kernel_size', kernelSize);
      // reset_parameters(): kaiming_uniform_(a=sqrt(5)) on the weight, then the bias, from the default generator.
      const fanIn = (inChannels / groups) * kernel.reduce((product, size) => product * size, 1);
      const bounds = random.linearInitBounds(fanIn);
      const weight = newParameter([outChannels, inChannels / groups, ...kernel], bounds.weight);
      const bias = a.bool('bias', true) ? newParameter([outChannels], bounds.bias) : None;
      return initModule(args[0]!, {
        in_channels: inChannels,
        out_channels: outChannels,
        kernel_size: kernelSize,
        stride,
        padding,
        dilation,
        transposed: false,
        output_padding: ntuple(0, dims),
        groups,
        padding_mode: paddingMode,
        _reversed_padding_repeated_twice: reversedPadding(padding, kernel, intsOf(name, 'dilation', dilation)),
        weight,
        bias,
      });
    },
    forward: (args, kwargs) => {
      const self = args[0]!;
      const input = bindPythonArguments(forwardQualname(name), 'self, input', args, kwargs).tensor('input');
      const paddingValue = getAttr(self, 'padding');
      const paddingMode = str(getAttr(self, 'padding_mode'));
      const options: engine.ConvArguments = {
        stride: intsOf(name, 'stride', getAttr(self, 'stride')),
        padding: typeof paddingValue === 'string' ? paddingOf(name, paddingValue) : intsOf(name, 'padding', paddingValue),
        dilation: intsOf(name, 'dilation', getAttr(self, 'dilation')),
        groups: Number(getAttr(self, 'groups')),
      };
      // Other padding modes pad with F.pad first, then convolve without padding (as _conv_forward does).
      const padded = paddingMode === 'zeros' ? input : engine.pad(input, intsOf(name, 'padding', getAttr(self, '_reversed_padding_repeated_twice')), paddingMode, 0);
      if (paddingMode !== 'zeros') options.padding = new Array<number>(dims).fill(0);
      return toPythonResult(convolve(padded, tensorAttribute(self, 'weight')!, tensorAttribute(self, 'bias') ?? null, options));
    },
    extra_repr: (args) => {
      const self = args[0]!;
      const field = (key: string) => str(getAttr(self, key));
      const allEqual = (key: string, value: number) => {
        const v = getAttr(self, key);
        return v instanceof PyTuple && v.items.every((item) => Number(item) === value);
      };
      let s = `${field('in_channels')}, ${field('out_channels')}, kernel_size=${field('kernel_size')}, stride=${field('stride')}`;
      if (!allEqual('padding', 0)) s += `, padding=${field('padding')}`;
      if (!allEqual('dilation', 1)) s += `, dilation=${field('dilation')}`;
      if (!allEqual('output_padding', 0)) s += `, output_padding=${field('output_padding')}`;
      if (Number(getAttr(self, 'groups')) !== 1) s += `, groups=${field('groups')}`;
      if (getAttr(self, 'bias') === None) s += ', bias=False';
      if (field('padding_mode') !== 'zeros') s += `, padding_mode=${field('padding_mode')}`;
      return s;
    },
  });
}

export const CONV_MODULES: Record<string, PyType> = { Conv1d: convClass('Conv1d', 1), Conv2d: convClass('Conv2d', 2) };
