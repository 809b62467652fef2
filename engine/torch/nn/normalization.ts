// Normalisation layers (torch/nn/modules/normalization.py and batchnorm.py): F.layer_norm, F.batch_norm and the
// modules LayerNorm, BatchNorm1d, BatchNorm2d. Batch norm modules keep running_mean, running_var and
// num_batches_tracked as buffers and switch between batch and running statistics with train()/eval().
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import { None, PyFloat, type PyType, type PyValue } from '../../python/objects/core';
import { PyTuple } from '../../python/objects/containers';
import { valueError } from '../../python/objects/exceptions';
import { getAttr } from '../../python/ops/attr';
import { floatValue, str, truthy } from '../../python/ops/convert';
import { bindPythonArguments } from '../pythonArgs';
import { toPythonResult, type OpDefinition } from '../ops';
import { PyTensor, wrapTensor } from '../tensorObject';
import { forwardQualname, initModule, initQualname, markInitialized, moduleClass, registerBuffer, tensorAttribute } from './module';
import { intsOf } from './utils';

export const NORMALIZATION_FUNCTIONAL: Record<string, OpDefinition> = {
  layer_norm: {
    signature: 'input, normalized_shape, weight=, bias=, eps=',
    run: (a) =>
      engine.layerNorm(a.tensor('input'), intsOf(a.fn, 'normalized_shape', a.raw('normalized_shape')!), a.optionalTensor('weight') ?? null, a.optionalTensor('bias') ?? null, a.number('eps', 1e-5)),
  },
  group_norm: {
    signature: 'input, num_groups, weight=, bias=, eps=',
    run: (a) => {
      const input = a.tensor('input');
      const groups = a.int('num_groups');
      // _verify_batch_size over [N * C / groups, groups, *spatial].
      const sizes = [input.shape[0]! * Math.floor(input.shape[1]! / groups), groups, ...input.shape.slice(2)];
      if (input.ndim >= 2 && sizes[0]! * sizes.slice(2).reduce((product, size) => product * size, 1) === 1) {
        throw valueError(`Expected more than 1 value per channel when training, got input size [${sizes.join(', ')}]`);
      }
      return engine.groupNorm(input, groups, a.optionalTensor('weight') ?? null, a.optionalTensor('bias') ?? null, a.number('eps', 1e-5));
    },
  },
  batch_norm: {
    signature: 'input, running_mean, running_var, weight=, bias=, training=, momentum=, eps=',
    run: (a) =>
      engine.batchNorm(a.tensor('input'), a.optionalTensor('running_mean') ?? null, a.optionalTensor('running_var') ?? null, a.optionalTensor('weight') ?? null, a.optionalTensor('bias') ?? null, {
        training: a.bool('training'),
        momentum: a.number('momentum', 0.1),
        eps: a.number('eps', 1e-5),
      }),
  },
};

/** A tensor of the default dtype filled with `value` by one in-place init: a Parameter (requires grad) or a buffer. */
function filled(shape: number[], value: number, parameter: boolean): PyTensor {
  const tensor = markInitialized(engine.full(shape, value, engine.defaultFloatDtype()));
  if (parameter) {
    tensor.isParameter = true;
    tensor.requiresGrad = true;
  }
  return wrapTensor(tensor);
}

const floatArgument = (value: PyValue | undefined, fallback: number): PyValue => value ?? new PyFloat(fallback);

// ---- LayerNorm

const layerNormType = moduleClass('LayerNorm', 'normalization', {
  __init__: (args, kwargs) => {
    const a = bindPythonArguments('LayerNorm.__init__', 'self, normalized_shape, eps=, elementwise_affine=, device=, dtype=', args, kwargs);
    const shape = intsOf('LayerNorm', 'normalized_shape', a.raw('normalized_shape')!);
    const affine = a.bool('elementwise_affine', true);
    return initModule(args[0]!, {
      normalized_shape: new PyTuple(shape),
      eps: floatArgument(a.raw('eps'), 1e-5),
      elementwise_affine: affine,
      weight: affine ? filled(shape, 1, true) : None,
      bias: affine ? filled(shape, 0, true) : None,
    });
  },
  forward: (args, kwargs) => {
    const self = args[0]!;
    const input = bindPythonArguments('LayerNorm.forward', 'self, input', args, kwargs).tensor('input');
    const shape = intsOf('LayerNorm', 'normalized_shape', getAttr(self, 'normalized_shape'));
    return toPythonResult(engine.layerNorm(input, shape, tensorAttribute(self, 'weight') ?? null, tensorAttribute(self, 'bias') ?? null, floatValue(getAttr(self, 'eps'))!));
  },
  extra_repr: (args) => {
    const field = (key: string) => str(getAttr(args[0]!, key));
    return `${field('normalized_shape')}, eps=${field('eps')}, elementwise_affine=${field('elementwise_affine')}`;
  },
});

// ---- GroupNorm

const groupNormType = moduleClass('GroupNorm', 'normalization', {
  __init__: (args, kwargs) => {
    const a = bindPythonArguments('GroupNorm.__init__', 'self, num_groups, num_channels, eps=, affine=, device=, dtype=', args, kwargs);
    const groups = a.int('num_groups');
    const channels = a.int('num_channels');
    if (channels % groups !== 0) throw valueError('num_channels must be divisible by num_groups');
    const affine = a.bool('affine', true);
    return initModule(args[0]!, {
      num_groups: groups,
      num_channels: channels,
      eps: floatArgument(a.raw('eps'), 1e-5),
      affine,
      weight: affine ? filled([channels], 1, true) : None,
      bias: affine ? filled([channels], 0, true) : None,
    });
  },
  forward: (args, kwargs) => {
    const self = args[0]!;
    const input = bindPythonArguments('GroupNorm.forward', 'self, input', args, kwargs).tensor('input');
    const groups = Number(getAttr(self, 'num_groups'));
    return toPythonResult(engine.groupNorm(input, groups, tensorAttribute(self, 'weight') ?? null, tensorAttribute(self, 'bias') ?? null, floatValue(getAttr(self, 'eps'))!));
  },
  extra_repr: (args) => {
    const field = (key: string) => str(getAttr(args[0]!, key));
    return `${field('num_groups')}, ${field('num_channels')}, eps=${field('eps')}, affine=${field('affine')}`;
  },
});

// ---- BatchNorm1d / BatchNorm2d

/** _BatchNorm.forward: counts the batch, picks the averaging factor and which statistics F.batch_norm uses. */
function batchNormForward(self: PyValue, input: Tensor): Tensor {
  const training = truthy(getAttr(self, 'training'));
  const trackRunning = truthy(getAttr(self, 'track_running_stats'));
  const momentum = getAttr(self, 'momentum');
  let factor = momentum === None ? 0 : floatValue(momentum)!;
  const batches = tensorAttribute(self, 'num_batches_tracked');
  if (training && trackRunning && batches) {
    engine.withGradMode(false, () => engine.addInPlace(batches, engine.wrapNumber(1, 'int64')));
    // momentum=None: a cumulative moving average over the batches seen.
    if (momentum === None) factor = 1 / batches.at(0);
  }
  const runningMean = tensorAttribute(self, 'running_mean') ?? null;
  const runningVar = tensorAttribute(self, 'running_var') ?? null;
  const useRunning = !training || trackRunning;
  return engine.batchNorm(input, useRunning ? runningMean : null, useRunning ? runningVar : null, tensorAttribute(self, 'weight') ?? null, tensorAttribute(self, 'bias') ?? null, {
    training: training || (runningMean === null && runningVar === null),
    momentum: factor,
    eps: floatValue(getAttr(self, 'eps'))!,
  });
}

function batchNormClass(name: 'BatchNorm1d' | 'BatchNorm2d', checkDims: (ndim: number) => string | undefined): PyType {
  const type = moduleClass(name, 'batchnorm', {
    __init__: (args, kwargs) => {
      const a = bindPythonArguments(initQualname(name), 'self, num_features, eps=, momentum=, affine=, track_running_stats=, device=, dtype=', args, kwargs);
      const features = a.int('num_features');
      const affine = a.bool('affine', true);
      const track = a.bool('track_running_stats', true);
      const self = args[0]!;
      initModule(self, {
        num_features: features,
        eps: floatArgument(a.raw('eps'), 1e-5),
        momentum: a.given('momentum') ? (a.raw('momentum') ?? None) : new PyFloat(0.1),
        affine,
        track_running_stats: track,
        weight: affine ? filled([features], 1, true) : None,
        bias: affine ? filled([features], 0, true) : None,
      });
      // Buffers: saved in state_dict, not parameters (None when running statistics are not tracked).
      registerBuffer(self, 'running_mean', track ? filled([features], 0, false) : None);
      registerBuffer(self, 'running_var', track ? filled([features], 1, false) : None);
      registerBuffer(self, 'num_batches_tracked', track ? wrapTensor(markInitialized(engine.zeros([], 'int64'))) : None);
      return None;
    },
    forward: (args, kwargs) => {
      const input = bindPythonArguments(forwardQualname(name), 'self, input', args, kwargs).tensor('input');
      const problem = checkDims(input.ndim);
      if (problem) throw valueError(problem);
      return toPythonResult(batchNormForward(args[0]!, input));
    },
    extra_repr: (args) => {
      const field = (key: string) => str(getAttr(args[0]!, key));
      return `${field('num_features')}, eps=${field('eps')}, momentum=${field('momentum')}, affine=${field('affine')}, track_running_stats=${field('track_running_stats')}`;
    },
  });
  // Version 2 added num_batches_tracked to the state_dict.
  type.dict.set('_version', 2);
  return type;
}

export const NORMALIZATION_MODULES: Record<string, PyType> = {
  LayerNorm: layerNormType,
  GroupNorm: groupNormType,
  BatchNorm1d: batchNormClass('BatchNorm1d', (ndim) => (ndim !== 2 && ndim !== 3 ? `expected 2D or 3D input (got ${ndim}D input)` : undefined)),
  BatchNorm2d: batchNormClass('BatchNorm2d', (ndim) => (ndim !== 4 ? `expected 4D input (got ${ndim}D input)` : undefined)),
};
