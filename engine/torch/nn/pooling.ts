// Pooling layers (torch/nn/modules/pooling.py): F.max_pool2d, F.avg_pool2d, F.adaptive_avg_pool2d and the
// modules MaxPool2d, AvgPool2d, AdaptiveAvgPool2d, which keep their arguments as given (reprs show them so).
import * as engine from '../../tensor/index';
import { None, type PyType, type PyValue } from '../../python/objects/core';
import { PyTuple } from '../../python/objects/containers';
import { getAttr } from '../../python/ops/attr';
import { indexValue, str } from '../../python/ops/convert';
import { bindArguments, type BoundArgs } from '../args';
import { bindPythonArguments } from '../pythonArgs';
import { toPythonResult, type OpDefinition } from '../ops';
import { forwardQualname, initModule, initQualname, moduleClass } from './module';
import { intsOf } from './utils';

/** A size argument that may be absent or None (stride defaults to the kernel size). */
const sizesOr = (a: BoundArgs, name: string, fallback: number[]) => (a.has(name) ? intsOf(a.fn, name, a.raw(name)!) : fallback);

function poolOptions(a: BoundArgs): engine.PoolOptions {
  return {
    kernelSize: intsOf(a.fn, 'kernel_size', a.raw('kernel_size')!),
    stride: sizesOr(a, 'stride', []),
    padding: sizesOr(a, 'padding', [0]),
    dilation: sizesOr(a, 'dilation', [1]),
    ceilMode: a.bool('ceil_mode'),
  };
}

function maxPool(a: BoundArgs): engine.Tensor | engine.Tensor[] {
  const result = engine.maxPool2dWithIndices(a.tensor('input'), poolOptions(a));
  return a.bool('return_indices') ? result : result[0];
}

function avgPool(a: BoundArgs): engine.Tensor {
  return engine.avgPool2d(a.tensor('input'), {
    ...poolOptions(a),
    countIncludePad: a.bool('count_include_pad', true),
    ...(a.has('divisor_override') ? { divisorOverride: a.int('divisor_override') } : {}),
  });
}

/** output_size: an int, or a pair whose entries may be None (that dim keeps the input's size). */
function outputSize(value: PyValue): [number | null, number | null] {
  const items = value instanceof PyTuple ? value.items : [value, value];
  const entry = (item: PyValue | undefined) => (item === None || item === undefined ? null : Number(indexValue(item)));
  return [entry(items[0]), entry(items[items.length - 1])];
}

export const POOLING_FUNCTIONAL: Record<string, OpDefinition> = {
  max_pool2d: { signature: 'input, kernel_size, stride=, padding=, dilation=, ceil_mode=, return_indices=', run: maxPool },
  max_pool2d_with_indices: {
    signature: 'input, kernel_size, stride=, padding=, dilation=, ceil_mode=, return_indices=',
    run: (a) => engine.maxPool2dWithIndices(a.tensor('input'), poolOptions(a)),
  },
  avg_pool2d: { signature: 'input, kernel_size, stride=, padding=, ceil_mode=, count_include_pad=, divisor_override=', run: avgPool },
  adaptive_avg_pool2d: { signature: 'input, output_size', run: (a) => engine.adaptiveAvgPool2d(a.tensor('input'), outputSize(a.raw('output_size')!)) },
};

// ---- modules

/** A constructor argument and its default (null: required). */
type Field = [name: string, fallback: PyValue | null];

/** A pooling module: __init__ stores `fields` (stride defaults to kernel_size), forward calls `functional` with them. */
function poolClass(name: string, fields: Field[], functional: OpDefinition, extraRepr: string[]): PyType {
  const parameters = fields.map(([field, fallback]) => (fallback === null ? field : `${field}=`)).join(', ');
  return moduleClass(name, 'pooling', {
    __init__: (args, kwargs) => {
      const a = bindPythonArguments(initQualname(name), `self, ${parameters}`, args, kwargs);
      const values: Record<string, PyValue> = {};
      for (const [field, fallback] of fields) values[field] = a.given(field) ? (a.raw(field) ?? None) : (fallback ?? None);
      if ('stride' in values && values.stride === None) values.stride = values.kernel_size!;
      return initModule(args[0]!, values);
    },
    forward: (args, kwargs) => {
      const self = args[0]!;
      const input = bindPythonArguments(forwardQualname(name), 'self, input', args, kwargs).raw('input')!;
      const kwargsOut = new Map<string, PyValue>(fields.map(([field]) => [field, getAttr(self, field)]));
      return toPythonResult(functional.run(bindArguments(name, `input, ${fields.map(([field]) => `${field}=`).join(', ')}`, [input], kwargsOut)));
    },
    extra_repr: (args) => extraRepr.map((field) => `${field}=${str(getAttr(args[0]!, field))}`).join(', '),
  });
}

export const POOLING_MODULES: Record<string, PyType> = {
  MaxPool2d: poolClass(
    'MaxPool2d',
    [['kernel_size', null], ['stride', None], ['padding', 0], ['dilation', 1], ['return_indices', false], ['ceil_mode', false]],
    POOLING_FUNCTIONAL.max_pool2d!,
    ['kernel_size', 'stride', 'padding', 'dilation', 'ceil_mode'],
  ),
  AvgPool2d: poolClass(
    'AvgPool2d',
    [['kernel_size', null], ['stride', None], ['padding', 0], ['ceil_mode', false], ['count_include_pad', true], ['divisor_override', None]],
    POOLING_FUNCTIONAL.avg_pool2d!,
    ['kernel_size', 'stride', 'padding'],
  ),
  AdaptiveAvgPool2d: poolClass('AdaptiveAvgPool2d', [['output_size', null]], POOLING_FUNCTIONAL.adaptive_avg_pool2d!, ['output_size']),
};
