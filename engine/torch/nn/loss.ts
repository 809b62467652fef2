// Loss modules: the settings are fixed at construction (weights as buffers, like PyTorch), forward(input, target)
// computes the functional loss.
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import { None, type PyType, type PyValue } from '../../python/objects/core';
import { getAttr } from '../../python/ops/attr';
import { floatValue } from '../../python/ops/convert';
import type { BoundArgs } from '../args';
import { bindPythonArguments } from '../pythonArgs';
import { toPythonResult } from '../ops';
import { REGRESSION_LOSSES, klDiv, reduction, warnSizeMismatch, type Reduction } from './functional';
import { forwardQualname, initModule, initQualname, moduleClass, registerBuffer, tensorAttribute } from './module';

interface LossDefinition {
  signature: string;
  /** Plain attributes after `reduction`, in PyTorch's order. */
  settings?: (a: BoundArgs) => Record<string, PyValue>;
  /** Tensor arguments kept as buffers (None included). */
  buffers?: string[];
  compute: (self: PyValue, input: Tensor, target: Tensor, reduction: Reduction) => Tensor;
}

function lossClass(name: string, definition: LossDefinition): PyType {
  return moduleClass(name, 'loss', {
    __init__: (args, kwargs) => {
      const self = args[0]!;
      const a = bindPythonArguments(initQualname(name), `self, ${definition.signature}`, args, kwargs);
      const reductionName = name === 'KLDivLoss' ? a.string('reduction', 'mean') : reduction(a);
      initModule(self, { reduction: reductionName });
      for (const buffer of definition.buffers ?? []) registerBuffer(self, buffer, a.raw(buffer) ?? None);
      return initModule(self, definition.settings?.(a) ?? {}, false);
    },
    forward: (args, kwargs) => {
      const a = bindPythonArguments(forwardQualname(name), 'self, input, target', args, kwargs);
      return toPythonResult(definition.compute(args[0]!, a.tensor('input'), a.tensor('target'), getAttr(args[0]!, 'reduction') as Reduction));
    },
  });
}

const setting = (self: PyValue, name: string) => floatValue(getAttr(self, name)) ?? NaN;

function regression(name: string, functionalName: string, signature: string, parameter?: string): PyType {
  const { compute } = REGRESSION_LOSSES[functionalName]!;
  return lossClass(name, {
    signature,
    ...(parameter ? { settings: (a: BoundArgs) => ({ [parameter]: a.raw(parameter) ?? 1.0 }) } : {}),
    compute: (self, input, target, r) => {
      warnSizeMismatch(functionalName, input, target, true);
      return compute(input, target, r, parameter ? setting(self, parameter) : 0);
    },
  });
}

const classLoss = (self: PyValue, r: Reduction): engine.CrossEntropyOptions => ({
  weight: tensorAttribute(self, 'weight'),
  ignoreIndex: setting(self, 'ignore_index'),
  reduction: r,
});

export const LOSS_MODULES: Record<string, PyType> = {
  L1Loss: regression('L1Loss', 'l1_loss', 'size_average=, reduce=, reduction='),
  MSELoss: regression('MSELoss', 'mse_loss', 'size_average=, reduce=, reduction='),
  SmoothL1Loss: regression('SmoothL1Loss', 'smooth_l1_loss', 'size_average=, reduce=, reduction=, beta=', 'beta'),
  HuberLoss: regression('HuberLoss', 'huber_loss', 'reduction=, delta=', 'delta'),
  BCELoss: lossClass('BCELoss', {
    signature: 'weight=, size_average=, reduce=, reduction=',
    buffers: ['weight'],
    compute: (self, input, target, r) => engine.binaryCrossEntropy(input, target, tensorAttribute(self, 'weight'), r),
  }),
  BCEWithLogitsLoss: lossClass('BCEWithLogitsLoss', {
    signature: 'weight=, size_average=, reduce=, reduction=, pos_weight=',
    buffers: ['weight', 'pos_weight'],
    compute: (self, input, target, r) => engine.binaryCrossEntropyWithLogits(input, target, r, tensorAttribute(self, 'weight'), tensorAttribute(self, 'pos_weight')),
  }),
  NLLLoss: lossClass('NLLLoss', {
    signature: 'weight=, size_average=, ignore_index=, reduce=, reduction=',
    buffers: ['weight'],
    settings: (a) => ({ ignore_index: a.int('ignore_index', -100) }),
    compute: (self, input, target, r) => engine.nllLoss(input, target, classLoss(self, r)),
  }),
  CrossEntropyLoss: lossClass('CrossEntropyLoss', {
    signature: 'weight=, size_average=, ignore_index=, reduce=, reduction=, label_smoothing=',
    buffers: ['weight'],
    settings: (a) => ({ ignore_index: a.int('ignore_index', -100), label_smoothing: a.raw('label_smoothing') ?? 0.0 }),
    compute: (self, input, target, r) => engine.crossEntropy(input, target, { ...classLoss(self, r), labelSmoothing: setting(self, 'label_smoothing') }),
  }),
  KLDivLoss: lossClass('KLDivLoss', {
    signature: 'size_average=, reduce=, reduction=, log_target=',
    settings: (a) => ({ log_target: a.bool('log_target') }),
    compute: (self, input, target, r) => klDiv(input, target, r, getAttr(self, 'log_target') === true),
  }),
};
