// The optimizers: SGD, Adam, AdamW, RMSprop and Adagrad. Each validates its options with PyTorch's messages,
// keeps its options in the defaults dict in PyTorch's order, and steps with the same sequence of elementwise
// operations as PyTorch 1.13's default single-tensor implementation (_single_tensor_sgd, ...), each rounded
// as PyTorch rounds it (updates.ts), so parameters match bit for bit step after step.
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import { None, PyFloat, PyType, type Kwargs, type PyValue } from '../../python/objects/core';
import { PyTuple, type PyDict } from '../../python/objects/containers';
import { AssertionError, RuntimeError, notImplemented, pyError, valueError } from '../../python/objects/exceptions';
import { pow } from '../../python/objects/libm';
import { binaryOp } from '../../python/ops/arith';
import { call } from '../../python/ops/call';
import { floatValue, str, truthy } from '../../python/ops/convert';
import { getItem } from '../../python/ops/sequence';
import { bindPythonArguments } from '../pythonArgs';
import type { PyTensor } from '../tensorObject';
import { defineNative, flag, hasKey, groupParams, initOptimizer, newDict, option, optimizerType, paramGroups, paramState, required, setState, stateTensor } from './optimizer';
import { addcdiv, addcmul, addScalar, addScaled, divide, divScalar, like, maximum, multiply, mulScalar, negate, readFloats, sqrt, updateInPlace, type Floats } from './updates';

interface OptimizerSpec {
  /** The constructor's parameters after `params`, as in PyTorch's signature. */
  signature: string;
  /** The defaults dict: every option in PyTorch's order, with its default value. */
  defaults: ReadonlyArray<readonly [string, PyValue]>;
  /** Checks the options in PyTorch's order, raising its ValueError messages. */
  validate: (value: (name: string) => PyValue) => void;
  /** Runs after the parameter groups are added (Adagrad creates its state then). */
  init?: (self: PyValue) => void;
  /** One step for one group's parameters that have a gradient. */
  update: (self: PyValue, group: PyDict, params: PyTensor[]) => void;
}

// ---- option checks

/** `if not low <= value: raise ValueError("Invalid <what>: <value>")` */
function atLeastZero(value: PyValue, what: string): void {
  if (!((floatValue(value) ?? NaN) >= 0)) throw valueError(`Invalid ${what}: ${str(value)}`);
}

function checkBetas(betas: PyValue): void {
  for (const index of [0, 1]) {
    const beta = getItem(betas, index);
    const number = floatValue(beta) ?? NaN;
    if (!(number >= 0 && number < 1)) throw valueError(`Invalid beta parameter at index ${index}: ${str(beta)}`);
  }
}

// ---- state and data

const gradOf = (param: PyTensor): Floats => readFloats(param.tensor.gradValue!);

/** The gradient as the step uses it: negated for maximize=True (a new array, as -grad is a new tensor). */
const directedGrad = (param: PyTensor, maximize: boolean): Floats => (maximize ? negate(gradOf(param)) : gradOf(param));

/** grad.add(param, alpha=weight_decay) when weight decay is on. */
function withWeightDecay(grad: Floats, param: PyTensor, weightDecay: number): Floats {
  if (weightDecay === 0) return grad;
  const decayed = like(grad);
  addScaled(decayed, grad, readFloats(param.tensor), weightDecay);
  return decayed;
}

const zerosLike = (param: PyTensor): Tensor => engine.zeros(param.tensor.shape, param.tensor.dtype);

/** step_t += 1 on the step counter (a float tensor of the default dtype); returns step_t.item(). */
function countStep(step: Tensor): number {
  updateInPlace(step, (data) => (data[0] = data[0]! + 1));
  return step.at(0);
}

function stateTensorOrThrow(state: PyDict, key: string): Tensor {
  const tensor = stateTensor(state, key);
  if (!tensor) throw pyError(RuntimeError, `agnb: the optimizer state has no tensor '${key}'`);
  return tensor;
}

// ---- the algorithms

const SGD: OptimizerSpec = {
  signature: 'lr=, momentum=, dampening=, weight_decay=, nesterov=, *, maximize=, foreach=, differentiable=',
  defaults: [['lr', required], ['momentum', 0], ['dampening', 0], ['weight_decay', 0], ['nesterov', false], ['maximize', false], ['foreach', None], ['differentiable', false]],
  validate: (value) => {
    if (value('lr') !== required && (floatValue(value('lr')) ?? 0) < 0) throw valueError(`Invalid learning rate: ${str(value('lr'))}`);
    if ((floatValue(value('momentum')) ?? 0) < 0) throw valueError(`Invalid momentum value: ${str(value('momentum'))}`);
    if ((floatValue(value('weight_decay')) ?? 0) < 0) throw valueError(`Invalid weight_decay value: ${str(value('weight_decay'))}`);
    const momentum = floatValue(value('momentum')) ?? 0;
    if (truthy(value('nesterov')) && (momentum <= 0 || floatValue(value('dampening')) !== 0)) throw valueError('Nesterov momentum requires a momentum and zero dampening');
  },
  update: (self, group, params) => {
    const [weightDecay, momentum, lr, dampening] = ['weight_decay', 'momentum', 'lr', 'dampening'].map((key) => option(group, key)) as [number, number, number, number];
    const nesterov = flag(group, 'nesterov');
    const maximize = flag(group, 'maximize');
    for (const param of params) {
      const state = paramState(self, param);
      let step = withWeightDecay(directedGrad(param, maximize), param, weightDecay);
      let buffer: Tensor | undefined;
      if (momentum !== 0) {
        buffer = stateTensor(state, 'momentum_buffer');
        const grad = step;
        if (!buffer) buffer = engine.Tensor.fromStorage(grad.slice(), param.tensor.shape, param.tensor.dtype);
        else {
          updateInPlace(buffer, (data) => {
            mulScalar(data, data, momentum);
            addScaled(data, data, grad, 1 - dampening);
          });
        }
        const bufferData = readFloats(buffer);
        if (nesterov) {
          step = like(grad);
          addScaled(step, grad, bufferData, momentum);
        } else step = bufferData;
      }
      const direction = step;
      updateInPlace(param.tensor, (data) => addScaled(data, data, direction, -lr));
      setState(state, 'momentum_buffer', buffer ?? None);
    }
  },
};

interface AdamOptions {
  beta1: number;
  beta2: number;
  lr: number;
  eps: number;
  amsgrad: boolean;
}

function betasOf(group: PyDict): { beta1: number; beta2: number } {
  const betas = getItem(group, 'betas');
  return { beta1: floatValue(getItem(betas, 0)) ?? NaN, beta2: floatValue(getItem(betas, 1)) ?? NaN };
}

function adamOptions(group: PyDict): AdamOptions {
  return {
    ...betasOf(group),
    lr: option(group, 'lr'),
    eps: option(group, 'eps'),
    amsgrad: flag(group, 'amsgrad'),
  };
}

function adamState(self: PyValue, param: PyTensor, amsgrad: boolean): PyDict {
  const state = paramState(self, param);
  if (state.entries.size === 0) {
    setState(state, 'step', engine.zeros([], engine.defaultFloatDtype())); // torch.tensor(0.)
    setState(state, 'exp_avg', zerosLike(param));
    setState(state, 'exp_avg_sq', zerosLike(param));
    if (amsgrad) setState(state, 'max_exp_avg_sq', zerosLike(param));
  }
  return state;
}

/** The moment updates and the parameter step Adam and AdamW share, after the step count and weight decay. */
function adamMoments(param: PyTensor, state: PyDict, grad: Floats, step: number, options: AdamOptions): void {
  const { beta1, beta2, lr, eps, amsgrad } = options;
  const expAvg = stateTensorOrThrow(state, 'exp_avg');
  const expAvgSq = stateTensorOrThrow(state, 'exp_avg_sq');
  updateInPlace(expAvg, (m) => {
    mulScalar(m, m, beta1);
    addScaled(m, m, grad, 1 - beta1);
  });
  updateInPlace(expAvgSq, (v) => {
    mulScalar(v, v, beta2);
    addcmul(v, v, grad, grad, 1 - beta2);
  });
  const biasCorrection1 = 1 - pow(beta1, step);
  const biasCorrection2 = 1 - pow(beta2, step);
  const stepSize = lr / biasCorrection1;
  const biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
  let second = readFloats(expAvgSq);
  if (amsgrad) {
    const maxExpAvgSq = stateTensorOrThrow(state, 'max_exp_avg_sq');
    const current = second;
    updateInPlace(maxExpAvgSq, (max) => maximum(max, max, current));
    second = readFloats(maxExpAvgSq);
  }
  const denominator = like(grad);
  sqrt(denominator, second);
  divScalar(denominator, denominator, biasCorrection2Sqrt);
  addScalar(denominator, denominator, eps);
  const firstMoment = readFloats(expAvg);
  updateInPlace(param.tensor, (p) => addcdiv(p, p, firstMoment, denominator, -stepSize));
}

function checkCapturable(group: PyDict): void {
  if (flag(group, 'capturable')) throw pyError(AssertionError, 'If capturable=True, params and state_steps must be CUDA tensors.');
}

function validateAdam(value: (name: string) => PyValue): void {
  atLeastZero(value('lr'), 'learning rate');
  atLeastZero(value('eps'), 'epsilon value');
  checkBetas(value('betas'));
  atLeastZero(value('weight_decay'), 'weight_decay value');
}

const float = (value: number): PyFloat => new PyFloat(value);
const ADAM_BETAS = new PyTuple([float(0.9), float(0.999)]);

/** Adam's step; AdamW decouples weight decay: it shrinks the parameter instead of adding to the gradient. */
function adamUpdate(decoupledWeightDecay: boolean): OptimizerSpec['update'] {
  return (self, group, params) => {
    checkCapturable(group);
    const options = adamOptions(group);
    const weightDecay = option(group, 'weight_decay');
    const maximize = flag(group, 'maximize');
    for (const param of params) {
      const state = adamState(self, param, options.amsgrad);
      const step = countStep(stateTensorOrThrow(state, 'step'));
      let grad = directedGrad(param, maximize);
      if (decoupledWeightDecay) updateInPlace(param.tensor, (p) => mulScalar(p, p, 1 - options.lr * weightDecay));
      else grad = withWeightDecay(grad, param, weightDecay);
      adamMoments(param, state, grad, step, options);
    }
  };
}

const Adam: OptimizerSpec = {
  signature: 'lr=, betas=, eps=, weight_decay=, amsgrad=, *, foreach=, maximize=, capturable=, differentiable=, fused=',
  defaults: [['lr', float(0.001)], ['betas', ADAM_BETAS], ['eps', float(1e-8)], ['weight_decay', 0], ['amsgrad', false], ['maximize', false], ['foreach', None], ['capturable', false], ['differentiable', false], ['fused', false]],
  validate: (value) => {
    validateAdam(value);
    if (truthy(value('fused'))) throw pyError(RuntimeError, 'FusedAdam requires all the params to be CUDA, floating point');
  },
  update: adamUpdate(false),
};

const AdamW: OptimizerSpec = {
  signature: 'lr=, betas=, eps=, weight_decay=, amsgrad=, *, maximize=, foreach=, capturable=',
  defaults: [['lr', float(0.001)], ['betas', ADAM_BETAS], ['eps', float(1e-8)], ['weight_decay', float(1e-2)], ['amsgrad', false], ['foreach', None], ['maximize', false], ['capturable', false]],
  validate: validateAdam,
  update: adamUpdate(true),
};

const RMSprop: OptimizerSpec = {
  signature: 'lr=, alpha=, eps=, weight_decay=, momentum=, centered=, foreach=, maximize=, differentiable=',
  defaults: [['lr', float(1e-2)], ['momentum', 0], ['alpha', float(0.99)], ['eps', float(1e-8)], ['centered', false], ['weight_decay', 0], ['foreach', None], ['maximize', false], ['differentiable', false]],
  validate: (value) => {
    atLeastZero(value('lr'), 'learning rate');
    atLeastZero(value('eps'), 'epsilon value');
    atLeastZero(value('momentum'), 'momentum value');
    atLeastZero(value('weight_decay'), 'weight_decay value');
    atLeastZero(value('alpha'), 'alpha value');
  },
  update: (self, group, params) => {
    const [lr, alpha, eps, weightDecay, momentum] = ['lr', 'alpha', 'eps', 'weight_decay', 'momentum'].map((key) => option(group, key)) as [number, number, number, number, number];
    const centered = flag(group, 'centered');
    const maximize = flag(group, 'maximize');
    for (const param of params) {
      const state = paramState(self, param);
      if (state.entries.size === 0) {
        setState(state, 'step', 0);
        setState(state, 'square_avg', zerosLike(param));
        if (momentum > 0) setState(state, 'momentum_buffer', zerosLike(param));
        if (centered) setState(state, 'grad_avg', zerosLike(param));
      }
      setState(state, 'step', binaryOp('+', getItem(state, 'step'), 1));
      const grad = withWeightDecay(directedGrad(param, maximize), param, weightDecay);
      const squareAvg = stateTensorOrThrow(state, 'square_avg');
      updateInPlace(squareAvg, (v) => {
        mulScalar(v, v, alpha);
        addcmul(v, v, grad, grad, 1 - alpha);
      });
      const average = like(grad);
      if (centered) {
        const gradAvg = stateTensorOrThrow(state, 'grad_avg');
        updateInPlace(gradAvg, (g) => {
          mulScalar(g, g, alpha);
          addScaled(g, g, grad, 1 - alpha);
        });
        const meanGrad = readFloats(gradAvg);
        addcmul(average, readFloats(squareAvg), meanGrad, meanGrad, -1);
        sqrt(average, average);
      } else sqrt(average, readFloats(squareAvg));
      addScalar(average, average, eps);
      if (momentum > 0) {
        const buffer = stateTensorOrThrow(state, 'momentum_buffer');
        updateInPlace(buffer, (b) => {
          mulScalar(b, b, momentum);
          addcdiv(b, b, grad, average, 1);
        });
        const bufferData = readFloats(buffer);
        updateInPlace(param.tensor, (p) => addScaled(p, p, bufferData, -lr));
      } else updateInPlace(param.tensor, (p) => addcdiv(p, p, grad, average, -lr));
    }
  },
};

const Adagrad: OptimizerSpec = {
  signature: 'lr=, lr_decay=, weight_decay=, initial_accumulator_value=, eps=, foreach=, *, maximize=',
  defaults: [['lr', float(1e-2)], ['lr_decay', 0], ['eps', float(1e-10)], ['weight_decay', 0], ['initial_accumulator_value', 0], ['foreach', None], ['maximize', false]],
  validate: (value) => {
    atLeastZero(value('lr'), 'learning rate');
    atLeastZero(value('lr_decay'), 'lr_decay value');
    atLeastZero(value('weight_decay'), 'weight_decay value');
    atLeastZero(value('initial_accumulator_value'), 'initial_accumulator_value value');
    atLeastZero(value('eps'), 'epsilon value');
  },
  init: (self) => {
    for (const group of paramGroups(self)) {
      const initial = option(group, 'initial_accumulator_value');
      for (const param of groupParams(group)) {
        const state = paramState(self, param);
        setState(state, 'step', engine.zeros([], engine.defaultFloatDtype())); // torch.tensor(0.)
        setState(state, 'sum', engine.full(param.tensor.shape, initial, param.tensor.dtype));
      }
    }
  },
  update: (self, group, params) => {
    const [lr, weightDecay, lrDecay, eps] = ['lr', 'weight_decay', 'lr_decay', 'eps'].map((key) => option(group, key)) as [number, number, number, number];
    const maximize = flag(group, 'maximize');
    for (const param of params) {
      const state = paramState(self, param);
      const step = countStep(stateTensorOrThrow(state, 'step'));
      const grad = withWeightDecay(directedGrad(param, maximize), param, weightDecay);
      const clr = lr / (1 + (step - 1) * lrDecay);
      const sum = stateTensorOrThrow(state, 'sum');
      updateInPlace(sum, (s) => addcmul(s, s, grad, grad, 1));
      const std = like(grad);
      sqrt(std, readFloats(sum));
      addScalar(std, std, eps);
      updateInPlace(param.tensor, (p) => addcdiv(p, p, grad, std, -clr));
    }
  },
};

const Adadelta: OptimizerSpec = {
  signature: 'lr=, rho=, eps=, weight_decay=, foreach=, *, maximize=',
  defaults: [['lr', float(1.0)], ['rho', float(0.9)], ['eps', float(1e-6)], ['weight_decay', 0], ['maximize', false], ['foreach', None]],
  validate: (value) => {
    atLeastZero(value('lr'), 'learning rate');
    const rho = floatValue(value('rho')) ?? NaN;
    if (!(rho >= 0 && rho <= 1)) throw valueError(`Invalid rho value: ${str(value('rho'))}`);
    atLeastZero(value('eps'), 'epsilon value');
    atLeastZero(value('weight_decay'), 'weight_decay value');
  },
  update: (self, group, params) => {
    const [lr, rho, eps, weightDecay] = ['lr', 'rho', 'eps', 'weight_decay'].map((key) => option(group, key)) as [number, number, number, number];
    const maximize = flag(group, 'maximize');
    for (const param of params) {
      const state = paramState(self, param);
      if (state.entries.size === 0) {
        setState(state, 'step', 0);
        setState(state, 'square_avg', zerosLike(param));
        setState(state, 'acc_delta', zerosLike(param));
      }
      setState(state, 'step', binaryOp('+', getItem(state, 'step'), 1));
      const grad = withWeightDecay(directedGrad(param, maximize), param, weightDecay);
      const squareAvg = stateTensorOrThrow(state, 'square_avg');
      const accDelta = stateTensorOrThrow(state, 'acc_delta');
      updateInPlace(squareAvg, (v) => {
        mulScalar(v, v, rho);
        addcmul(v, v, grad, grad, 1 - rho);
      });
      // std = sqrt(square_avg + eps); delta = sqrt(acc_delta + eps) / std * grad
      const std = like(grad);
      addScalar(std, readFloats(squareAvg), eps);
      sqrt(std, std);
      const delta = like(grad);
      addScalar(delta, readFloats(accDelta), eps);
      sqrt(delta, delta);
      divide(delta, delta, std);
      multiply(delta, delta, grad);
      updateInPlace(accDelta, (a) => {
        mulScalar(a, a, rho);
        addcmul(a, a, delta, delta, 1 - rho);
      });
      updateInPlace(param.tensor, (p) => addScaled(p, p, delta, -lr));
    }
  },
};

const Adamax: OptimizerSpec = {
  signature: 'lr=, betas=, eps=, weight_decay=, foreach=, *, maximize=',
  defaults: [['lr', float(2e-3)], ['betas', ADAM_BETAS], ['eps', float(1e-8)], ['weight_decay', 0], ['foreach', None], ['maximize', false]],
  validate: validateAdam,
  update: (self, group, params) => {
    const { beta1, beta2 } = betasOf(group);
    const [lr, eps, weightDecay] = ['lr', 'eps', 'weight_decay'].map((key) => option(group, key)) as [number, number, number];
    const maximize = flag(group, 'maximize');
    for (const param of params) {
      const state = paramState(self, param);
      if (state.entries.size === 0) {
        setState(state, 'step', engine.zeros([], 'float32'));
        setState(state, 'exp_avg', zerosLike(param));
        setState(state, 'exp_inf', zerosLike(param));
      }
      const step = countStep(stateTensorOrThrow(state, 'step'));
      const grad = withWeightDecay(directedGrad(param, maximize), param, weightDecay);
      const expAvg = stateTensorOrThrow(state, 'exp_avg');
      updateInPlace(expAvg, (m) => {
        mulScalar(m, m, beta1);
        addScaled(m, m, grad, 1 - beta1);
      });
      // exp_inf = amax(cat([exp_inf * beta2, |grad| + eps]), 0)
      const bound = like(grad);
      for (let i = 0; i < bound.length; i++) bound[i] = Math.abs(grad[i]!);
      addScalar(bound, bound, eps);
      const expInf = stateTensorOrThrow(state, 'exp_inf');
      updateInPlace(expInf, (u) => {
        mulScalar(u, u, beta2);
        maximum(u, u, bound);
      });
      const clr = lr / (1 - pow(beta1, step));
      const first = readFloats(expAvg);
      const infinityNorm = readFloats(expInf);
      updateInPlace(param.tensor, (p) => addcdiv(p, p, first, infinityNorm, -clr));
    }
  },
};

// ---- the Python classes

/** The value of an option as given to the constructor, or its default. */
function optionValues(name: string, spec: OptimizerSpec, args: PyValue[], kwargs: Kwargs): { params: PyValue; values: Map<string, PyValue> } {
  const bound = bindPythonArguments(`${name}.__init__`, `self, params, ${spec.signature}`, args, kwargs);
  const values = new Map<string, PyValue>();
  for (const [key, fallback] of spec.defaults) values.set(key, bound.given(key) ? (bound.raw(key) ?? None) : fallback);
  return { params: bound.raw('params') ?? None, values };
}

function checkSupported(group: PyDict): void {
  if (truthy(getItem(group, 'foreach'))) throw notImplemented('agnb: foreach=True (the multi-tensor implementation) is not supported; leave foreach unset');
  if (hasKey(group, 'differentiable') && truthy(getItem(group, 'differentiable'))) throw notImplemented('agnb: differentiable=True is not supported');
}

function optimizerClass(name: string, file: string, spec: OptimizerSpec): PyType {
  const type = new PyType(name, [optimizerType], `torch.optim.${file}`);
  defineNative(type, {
    __init__: (args, kwargs) => {
      const { params, values } = optionValues(name, spec, args, kwargs);
      spec.validate((key) => values.get(key)!);
      initOptimizer(args[0]!, params, newDict(values));
      spec.init?.(args[0]!);
      return None;
    },
    step: (args, kwargs) => {
      const self = args[0]!;
      const closure = bindPythonArguments(`${name}.step`, 'self, closure=', args, kwargs).raw('closure');
      const loss = closure === undefined ? None : engine.withGradMode(true, () => call(closure, []));
      engine.withGradMode(false, () => {
        for (const group of paramGroups(self)) {
          checkSupported(group);
          spec.update(self, group, groupParams(group).filter((param) => param.tensor.gradValue !== null));
        }
      });
      return loss;
    },
  });
  return type;
}

export const OPTIMIZERS: Record<string, PyType> = {
  SGD: optimizerClass('SGD', 'sgd', SGD),
  Adam: optimizerClass('Adam', 'adam', Adam),
  AdamW: optimizerClass('AdamW', 'adamw', AdamW),
  RMSprop: optimizerClass('RMSprop', 'rmsprop', RMSprop),
  Adagrad: optimizerClass('Adagrad', 'adagrad', Adagrad),
  Adadelta: optimizerClass('Adadelta', 'adadelta', Adadelta),
  Adamax: optimizerClass('Adamax', 'adamax', Adamax),
};
