// Convolution layers (torch/nn/modules/conv.py): F.conv1d / F.conv2d, and nn.Conv1d / nn.Conv2d with PyTorch's
// constructor checks, default initialisation (kaiming_uniform_(a=sqrt(5)) on the weight, then the bias) and repr.
import * as engine from '../../tensor/index';
import { runtimeError } from '../../tensor/errors';
import * as random from '../../random/index';
import { None, typeName, type PyType, type PyValue } from '../../python/objects/core';
import { PyList, PyTuple } from '../../python/objects/containers';
import { typeError, valueError } from '../../python/objects/exceptions';
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

/** conv_transpose's int[dims] arguments: a single int stands for every dim. */
function convTransposeArguments(a: BoundArgs, dims: number): engine.ConvTransposeArguments {
  const sizes = (name: string, fallback: number) => {
    const values = a.has(name) ? intsOf(a.fn, name, a.raw(name)!) : [fallback];
    return values.length === 1 ? Array<number>(dims).fill(values[0]!) : values;
  };
  return { stride: sizes('stride', 1), padding: sizes('padding', 0), outputPadding: sizes('output_padding', 0), groups: a.int('groups', 1), dilation: sizes('dilation', 1) };
}

const CONV_TRANSPOSE_SIGNATURE = 'input, weight, bias=, stride=, padding=, output_padding=, groups=, dilation=';

export const CONV_FUNCTIONAL: Record<string, OpDefinition> = {
  conv1d: { signature: CONV_SIGNATURE, run: (a) => engine.conv1d(a.tensor('input'), a.tensor('weight'), a.optionalTensor('bias') ?? null, convArguments(a)) },
  conv2d: { signature: CONV_SIGNATURE, run: (a) => engine.conv2d(a.tensor('input'), a.tensor('weight'), a.optionalTensor('bias') ?? null, convArguments(a)) },
  conv_transpose1d: {
    signature: CONV_TRANSPOSE_SIGNATURE,
    run: (a) => engine.convTranspose1d(a.tensor('input'), a.tensor('weight'), a.optionalTensor('bias') ?? null, convTransposeArguments(a, 1)),
  },
  conv_transpose2d: {
    signature: CONV_TRANSPOSE_SIGNATURE,
    run: (a) => engine.convTranspose2d(a.tensor('input'), a.tensor('weight'), a.optionalTensor('bias') ?? null, convTransposeArguments(a, 2)),
  },
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

/** _ConvNd.extra_repr: the sizes, then each setting that differs from its default. */
function convExtraRepr(args: PyValue[]): string {
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
}

/** _ConvNd.__init__'s checks of groups. */
function checkGroups(inChannels: number, outChannels: number, groups: number): void {
  if (groups <= 0) throw valueError('groups must be a positive integer');
  if (inChannels % groups !== 0) throw valueError('in_channels must be divisible by groups');
  if (outChannels % groups !== 0) throw valueError('out_channels must be divisible by groups');
}

/**
 * reset_parameters(): kaiming_uniform_(a=sqrt(5)) on the weight, then the bias, from the default generator, both
 * bounded by the weight's fan-in (its size(1) times the kernel's: in / groups, or out / groups when transposed).
 */
function convParameters(a: BoundArgs, weightShape: number[], outChannels: number): { weight: PyValue; bias: PyValue } {
  const bounds = random.linearInitBounds(weightShape.slice(1).reduce((product, size) => product * size, 1));
  const weight = newParameter(weightShape, bounds.weight);
  return { weight, bias: a.bool('bias', true) ? newParameter([outChannels], bounds.bias) : None };
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
      checkGroups(inChannels, outChannels, groups);
      if (typeof padding === 'string') {
        if (padding !== 'same' && padding !== 'valid') throw valueError(`Invalid padding string ${repr(padding)}, should be one of {'valid', 'same'}`);
        if (padding === 'same' && intsOf(name, 'stride', stride).some((s) => s !== 1)) throw valueError("padding='same' is not supported for strided convolutions");
      }
      if (!['zeros', 'reflect', 'replicate', 'circular'].includes(paddingMode)) {
        throw valueError(`padding_mode must be one of ${PADDING_MODES}, but got padding_mode='${paddingMode}'`);
      }
      const kernel = intsOf(name, 'kernel_size', kernelSize);
      const { weight, bias } = convParameters(a, [outChannels, inChannels / groups, ...kernel], outChannels);
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
    extra_repr: convExtraRepr,
  });
}

// ---- nn.ConvTranspose1d / nn.ConvTranspose2d

/** _ntuple: an iterable as a tuple of its items (a string's characters too), anything else repeated. */
const transposeTuple = (value: PyValue, n: number): PyTuple => (typeof value === 'string' ? new PyTuple([...value]) : ntuple(value, n));

const sizeText = (sizes: readonly number[]) => `[${sizes.join(', ')}]`;

/**
 * _ConvTransposeNd._output_padding: the module's output_padding, or the one that makes the output output_size
 * (with or without the batch and channel dims), which must lie within one stride of the smallest output.
 */
function outputPaddingFor(self: PyValue, name: string, input: engine.Tensor, outputSize: PyValue, dims: number): number[] {
  if (outputSize === None) return intsOf(name, 'output_padding', getAttr(self, 'output_padding'));
  const nonSpatial = input.ndim === dims + 2 ? 2 : 1;
  if (!(outputSize instanceof PyTuple || outputSize instanceof PyList)) throw typeError(`object of type '${typeName(outputSize)}' has no len()`);
  let requested: PyValue = outputSize;
  if (outputSize.items.length === nonSpatial + dims) {
    const items = outputSize.items.slice(nonSpatial);
    requested = outputSize instanceof PyTuple ? new PyTuple(items) : new PyList(items);
  }
  const sizes = intsOf(name, 'output_size', requested);
  if (sizes.length !== dims) {
    throw valueError(`ConvTranspose${dims}D: for ${input.ndim}D input, output_size must have ${dims} or ${nonSpatial + dims} elements (got ${sizes.length})`);
  }
  const stride = intsOf(name, 'stride', getAttr(self, 'stride'));
  const padding = intsOf(name, 'padding', getAttr(self, 'padding'));
  const kernel = intsOf(name, 'kernel_size', getAttr(self, 'kernel_size'));
  const dilation = intsOf(name, 'dilation', getAttr(self, 'dilation'));
  const minSizes = kernel.map((size, d) => (input.shape[d + nonSpatial]! - 1) * stride[d]! - 2 * padding[d]! + dilation[d]! * (size - 1) + 1);
  const maxSizes = minSizes.map((size, d) => size + stride[d]! - 1);
  if (sizes.some((size, d) => size < minSizes[d]! || size > maxSizes[d]!)) {
    throw valueError(
      `requested an output size of ${repr(requested)}, but valid sizes range from ${sizeText(minSizes)} to ${sizeText(maxSizes)} (for an input of torch.Size(${sizeText(input.shape.slice(2))}))`,
    );
  }
  return sizes.map((size, d) => size - minSizes[d]!);
}

function convTransposeClass(name: 'ConvTranspose1d' | 'ConvTranspose2d', dims: number): PyType {
  const convolve = dims === 1 ? engine.convTranspose1d : engine.convTranspose2d;
  return moduleClass(name, 'conv', {
    __init__: (args, kwargs) => {
      const a = bindPythonArguments(
        initQualname(name),
        'self, in_channels, out_channels, kernel_size, stride=, padding=, output_padding=, groups=, bias=, dilation=, padding_mode=, device=, dtype=',
        args,
        kwargs,
      );
      const inChannels = a.int('in_channels');
      const outChannels = a.int('out_channels');
      const groups = a.int('groups', 1);
      const paddingMode = a.string('padding_mode', 'zeros');
      if (paddingMode !== 'zeros') throw valueError(`Only "zeros" padding mode is supported for ${name}`);
      const kernelSize = transposeTuple(a.raw('kernel_size')!, dims);
      const padding = transposeTuple(a.raw('padding') ?? 0, dims);
      checkGroups(inChannels, outChannels, groups);
      const kernel = intsOf(name, 'kernel_size', kernelSize);
      const { weight, bias } = convParameters(a, [inChannels, outChannels / groups, ...kernel], outChannels);
      return initModule(args[0]!, {
        in_channels: inChannels,
        out_channels: outChannels,
        kernel_size: kernelSize,
        stride: transposeTuple(a.raw('stride') ?? 1, dims),
        padding,
        dilation: transposeTuple(a.raw('dilation') ?? 1, dims),
        transposed: true,
        output_padding: transposeTuple(a.raw('output_padding') ?? 0, dims),
        groups,
        padding_mode: paddingMode,
        _reversed_padding_repeated_twice: new PyTuple([...padding.items].reverse().flatMap((p) => [p, p])),
        weight,
        bias,
      });
    },
    forward: (args, kwargs) => {
      const self = args[0]!;
      const a = bindPythonArguments(forwardQualname(name), 'self, input, output_size=', args, kwargs);
      const input = a.tensor('input');
      const outputPadding = outputPaddingFor(self, name, input, a.raw('output_size') ?? None, dims);
      return toPythonResult(
        convolve(input, tensorAttribute(self, 'weight')!, tensorAttribute(self, 'bias') ?? null, {
          stride: intsOf(name, 'stride', getAttr(self, 'stride')),
          padding: intsOf(name, 'padding', getAttr(self, 'padding')),
          outputPadding,
          groups: Number(getAttr(self, 'groups')),
          dilation: intsOf(name, 'dilation', getAttr(self, 'dilation')),
        }),
      );
    },
    extra_repr: convExtraRepr,
  });
}

export const CONV_MODULES: Record<string, PyType> = {
  Conv1d: convClass('Conv1d', 1),
  Conv2d: convClass('Conv2d', 2),
  ConvTranspose1d: convTransposeClass('ConvTranspose1d', 1),
  ConvTranspose2d: convTransposeClass('ConvTranspose2d', 2),
};
