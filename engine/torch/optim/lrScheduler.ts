// torch.optim.lr_scheduler: StepLR, MultiStepLR, ExponentialLR, CosineAnnealingLR, LambdaLR on PyTorch 1.13's
// _LRScheduler, and ReduceLROnPlateau (PolynomialLR, CyclicLR, SequentialLR and ChainedScheduler are written in
// agnb Python over this base: source/composite_schedulers.py). Their state lives in instance attributes in PyTorch's order (state_dict()
// returns them), and learning rates are computed with Python arithmetic on the values as given, so they print
// exactly as PyTorch's: an int lr stays an int until scaled, CosineAnnealingLR uses its recursive form.
import { None, PyFloat, PyObject, PyType, floatType, objectType, typeName, typeOf, type PyValue } from '../../python/objects/core';
import { PyDict, PyList, PyTuple } from '../../python/objects/containers';
import { KeyError, NotImplementedError, pyError, typeError, valueError } from '../../python/objects/exceptions';
import { PyFunction, PyNativeFunction } from '../../python/objects/functions';
import * as libm from '../../python/objects/libm';
import { binaryOp } from '../../python/ops/arith';
import { getAttr, hasAttr, setAttr } from '../../python/ops/attr';
import { call } from '../../python/ops/call';
import { contains, equals, lessThan } from '../../python/ops/compare';
import { floatValue, str, truthy } from '../../python/ops/convert';
import { formatPercent, formatValue } from '../../python/ops/format';
import { toArray } from '../../python/ops/iter';
import { defineGetters } from '../../python/types/define';
import { getItem, setItem } from '../../python/ops/sequence';
import { runtime } from '../../python/runtime';
import { warn, type WarningOrigin } from '../../tensor/errors';
import type { BoundArgs } from '../args';
import { bindPythonArguments } from '../pythonArgs';
import { defineNative, hasKey, newDict, optimizerType, paramGroups, type Method } from './optimizer';

const MODULE = 'torch.optim.lr_scheduler';
const SOURCE_FILE = '/usr/lib/python3/dist-packages/torch/optim/lr_scheduler.py';

const add = (a: PyValue, b: PyValue): PyValue => binaryOp('+', a, b);
const sub = (a: PyValue, b: PyValue): PyValue => binaryOp('-', a, b);
const mul = (a: PyValue, b: PyValue): PyValue => binaryOp('*', a, b);
const div = (a: PyValue, b: PyValue): PyValue => binaryOp('/', a, b);
const cos = (x: PyValue): PyValue => new PyFloat(libm.cos(floatValue(x)!));
const PI = new PyFloat(Math.PI);

const attr = (self: PyValue, name: string): PyValue => getAttr(self, name);
const groups = (self: PyValue): PyDict[] => paramGroups(attr(self, 'optimizer'));
const groupLrs = (self: PyValue): PyValue[] => groups(self).map((group) => getItem(group, 'lr'));
const baseLrs = (self: PyValue): PyValue[] => toArray(attr(self, 'base_lrs'));

// ---- PyTorch's warnings, shown at their line in lr_scheduler.py

const origin = (line: number, source: string): WarningOrigin => ({ file: SOURCE_FILE, line, source });

const OVERRIDDEN_STEP =
  'Seems like `optimizer.step()` has been overridden after learning rate scheduler initialization. Please, make sure to call `optimizer.step()` before ' +
  '`lr_scheduler.step()`. See more details at https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate';
const STEP_ORDER =
  'Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and later, you should call them in the opposite order: ' +
  '`optimizer.step()` before `lr_scheduler.step()`.  Failure to do this will result in PyTorch skipping the first value of the learning rate schedule. ' +
  'See more details at https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate';
const EPOCH_DEPRECATION =
  'The epoch parameter in `scheduler.step()` was not necessary and is being deprecated where possible. Please use `scheduler.step()` to step the ' +
  'scheduler. During the deprecation, if epoch is different from None, the closed form is used instead of the new chainable form, where available. ' +
  'Please open an issue if you are unable to replicate your use case: https://github.com/pytorch/pytorch/issues/new/choose.';
const GET_LAST_LR = 'To get the last learning rate computed by the scheduler, please use `get_last_lr()`.';

/** get_lr() called by the user rather than by step(): PyTorch points them to get_last_lr(). */
function warnOutsideStep(self: PyValue, line: number): void {
  if (!truthy(attr(self, '_get_lr_called_within_step'))) {
    warn(GET_LAST_LR, origin(line, 'warnings.warn("To get the last learning rate computed by the scheduler, "'));
  }
}

// ---- counting optimizer steps

/** The wrappers schedulers put in place of optimizer.step to count calls (PyTorch marks them `_with_counter`). */
const countingSteps = new WeakSet<object>();

function countOptimizerSteps(optimizer: PyValue): void {
  const step = getAttr(optimizer, 'step');
  if (step instanceof PyObject && countingSteps.has(step)) return;
  const wrapper = new PyNativeFunction('step', (args, kwargs) => {
    setAttr(optimizer, '_step_count', add(getAttr(optimizer, '_step_count'), 1));
    return call(step, args, kwargs);
  });
  countingSteps.add(wrapper);
  setAttr(optimizer, 'step', wrapper);
}

// ---- _LRScheduler

export const schedulerType = new PyType('_LRScheduler', [objectType], MODULE);
schedulerType.instancesHaveDict = true;

function initScheduler(self: PyValue, optimizer: PyValue, lastEpoch: PyValue, verbose: PyValue): void {
  if (!(optimizer instanceof PyObject) || !optimizer.cls.isSubtypeOf(optimizerType)) throw typeError(`${typeName(optimizer)} is not an Optimizer`);
  setAttr(self, 'optimizer', optimizer);
  const all = paramGroups(optimizer);
  if (equals(lastEpoch, -1)) {
    for (const group of all) if (!hasKey(group, 'initial_lr')) setItem(group, 'initial_lr', getItem(group, 'lr'));
  } else {
    all.forEach((group, i) => {
      if (!hasKey(group, 'initial_lr')) throw pyError(KeyError, `param 'initial_lr' is not specified in param_groups[${i}] when resuming an optimizer`);
    });
  }
  setAttr(self, 'base_lrs', new PyList(all.map((group) => getItem(group, 'initial_lr'))));
  setAttr(self, 'last_epoch', lastEpoch);
  countOptimizerSteps(optimizer);
  setAttr(self, 'verbose', verbose);
  call(getAttr(self, '_initial_step'), []);
}

function printLr(verbose: PyValue, group: number, lr: PyValue, epoch: PyValue | undefined, action = 'adjusting'): void {
  if (!truthy(verbose)) return;
  const rate = formatValue(lr, '.4e');
  if (epoch === undefined) {
    runtime.write('stdout', `Adjusting learning rate of group ${group} to ${rate}.\n`);
  } else {
    const epochText = formatPercent(epoch instanceof PyFloat ? '%.2f' : '%.5d', epoch);
    runtime.write('stdout', `Epoch ${epochText}: ${action} learning rate of group ${group} to ${rate}.\n`);
  }
}

function schedulerStep(self: PyValue, epoch: PyValue | undefined): void {
  const optimizer = attr(self, 'optimizer');
  if (equals(attr(self, '_step_count'), 1)) {
    const step = getAttr(optimizer, 'step');
    if (!(step instanceof PyObject && countingSteps.has(step))) {
      warn(OVERRIDDEN_STEP, origin(131, 'warnings.warn("Seems like `optimizer.step()` has been overridden after learning rate scheduler "'));
    } else if (lessThan(getAttr(optimizer, '_step_count'), 1)) {
      warn(STEP_ORDER, origin(138, 'warnings.warn("Detected call of `lr_scheduler.step()` before `optimizer.step()`. "'));
    }
  }
  setAttr(self, '_step_count', add(attr(self, '_step_count'), 1));
  setAttr(self, '_get_lr_called_within_step', true);
  let values: PyValue[];
  try {
    if (epoch === undefined) {
      setAttr(self, 'last_epoch', add(attr(self, 'last_epoch'), 1));
      values = toArray(call(getAttr(self, 'get_lr'), []));
    } else {
      warn(EPOCH_DEPRECATION, origin(163, 'warnings.warn(EPOCH_DEPRECATION_WARNING, UserWarning)'));
      setAttr(self, 'last_epoch', epoch);
      values = toArray(call(getAttr(self, hasAttr(self, '_get_closed_form_lr') ? '_get_closed_form_lr' : 'get_lr'), []));
    }
  } finally {
    setAttr(self, '_get_lr_called_within_step', false);
  }
  const all = groups(self);
  for (let i = 0; i < Math.min(all.length, values.length); i++) {
    setItem(all[i]!, 'lr', values[i]!);
    call(getAttr(self, 'print_lr'), [attr(self, 'verbose'), i, values[i]!, epoch ?? None]);
  }
  setAttr(self, '_last_lr', new PyList(groupLrs(self)));
}

/** {key: value for key, value in self.__dict__.items() if key not in excluded} */
const instanceState = (self: PyValue, excluded: string[]): PyDict =>
  newDict([...(self as PyObject).dict!].filter(([key]) => !excluded.includes(key)));

function updateInstance(self: PyValue, state: PyValue): void {
  for (const { key, value } of (state as PyDict).entries.values()) setAttr(self, key as string, value);
}

defineNative(schedulerType, {
  __init__: (args, kwargs) => {
    const a = bindPythonArguments('_LRScheduler.__init__', 'self, optimizer, last_epoch=, verbose=', args, kwargs);
    initScheduler(args[0]!, a.raw('optimizer')!, given(a, 'last_epoch', -1), given(a, 'verbose', false));
    return None;
  },
  step: (args, kwargs) => {
    schedulerStep(args[0]!, bindPythonArguments('_LRScheduler.step', 'self, epoch=', args, kwargs).raw('epoch'));
    return None;
  },
  _initial_step: (args) => {
    const self = args[0]!;
    setAttr(attr(self, 'optimizer'), '_step_count', 0);
    setAttr(self, '_step_count', 0);
    call(getAttr(self, 'step'), []);
    return None;
  },
  get_last_lr: (args) => attr(args[0]!, '_last_lr'),
  get_lr: () => {
    throw pyError(NotImplementedError);
  },
  print_lr: (args, kwargs) => {
    const a = bindPythonArguments('_LRScheduler.print_lr', 'self, is_verbose, group, lr, epoch=', args, kwargs);
    printLr(a.raw('is_verbose') ?? None, Number(a.int('group')), a.raw('lr')!, a.raw('epoch'));
    return None;
  },
  state_dict: (args) => instanceState(args[0]!, ['optimizer']),
  load_state_dict: (args, kwargs) => {
    updateInstance(args[0]!, bindPythonArguments('_LRScheduler.load_state_dict', 'self, state_dict', args, kwargs).raw('state_dict')!);
    return None;
  },
});

/** An argument as given (None included), or its default. */
function given(a: BoundArgs, name: string, fallback: PyValue): PyValue {
  return a.given(name) ? (a.raw(name) ?? None) : fallback;
}

interface SchedulerSpec {
  /** The constructor's parameters between optimizer and last_epoch. */
  options: string;
  /** Sets the scheduler's own attributes (before the base class runs its first step). */
  init: (self: PyValue, a: BoundArgs) => void;
  getLr: (self: PyValue) => PyValue[];
  /** Where get_lr() warns in lr_scheduler.py. */
  warningLine: number;
  closedForm?: (self: PyValue) => PyValue[];
  methods?: Record<string, Method>;
}

function schedulerClass(name: string, spec: SchedulerSpec): PyType {
  const type = new PyType(name, [schedulerType], MODULE);
  const methods: Record<string, Method> = {
    __init__: (args, kwargs) => {
      const a = bindPythonArguments(`${name}.__init__`, `self, optimizer, ${spec.options}, last_epoch=, verbose=`, args, kwargs);
      spec.init(args[0]!, a);
      initScheduler(args[0]!, a.raw('optimizer')!, given(a, 'last_epoch', -1), given(a, 'verbose', false));
      return None;
    },
    get_lr: (args) => {
      warnOutsideStep(args[0]!, spec.warningLine);
      return new PyList(spec.getLr(args[0]!));
    },
    ...spec.methods,
  };
  const closedForm = spec.closedForm;
  if (closedForm) methods._get_closed_form_lr = (args) => new PyList(closedForm(args[0]!));
  defineNative(type, methods);
  return type;
}

const setOptions = (self: PyValue, entries: Array<[string, PyValue]>): void => entries.forEach(([key, value]) => setAttr(self, key, value));

const scaled = (self: PyValue, factor: PyValue): PyValue[] => groupLrs(self).map((lr) => mul(lr, factor));

const StepLR = schedulerClass('StepLR', {
  options: 'step_size, gamma=',
  init: (self, a) => setOptions(self, [['step_size', a.raw('step_size')!], ['gamma', given(a, 'gamma', new PyFloat(0.1))]]),
  warningLine: 381,
  getLr: (self) => {
    const epoch = attr(self, 'last_epoch');
    if (equals(epoch, 0) || !equals(binaryOp('%', epoch, attr(self, 'step_size')), 0)) return groupLrs(self);
    return scaled(self, attr(self, 'gamma'));
  },
  closedForm: (self) => {
    const factor = binaryOp('**', attr(self, 'gamma'), binaryOp('//', attr(self, 'last_epoch'), attr(self, 'step_size')));
    return baseLrs(self).map((lr) => mul(lr, factor));
  },
});

/** Python's bisect_right over sorted numbers. */
function bisectRight(sorted: PyValue[], value: PyValue): number {
  let count = 0;
  while (count < sorted.length && !lessThan(value, sorted[count]!)) count++;
  return count;
}

const MultiStepLR = schedulerClass('MultiStepLR', {
  options: 'milestones, gamma=',
  init: (self, a) => {
    const counter = call(runtime.modules.import('collections').dict!.get('Counter')!, [a.raw('milestones')!]);
    setOptions(self, [['milestones', counter], ['gamma', given(a, 'gamma', new PyFloat(0.1))]]);
  },
  warningLine: 429,
  getLr: (self) => {
    const milestones = attr(self, 'milestones');
    const epoch = attr(self, 'last_epoch');
    if (!contains(milestones, epoch)) return groupLrs(self);
    return scaled(self, binaryOp('**', attr(self, 'gamma'), getItem(milestones, epoch)));
  },
  closedForm: (self) => {
    const sorted = toArray(call(getAttr(attr(self, 'milestones'), 'elements'), [])).sort((x, y) => (lessThan(x, y) ? -1 : lessThan(y, x) ? 1 : 0));
    const factor = binaryOp('**', attr(self, 'gamma'), bisectRight(sorted, attr(self, 'last_epoch')));
    return baseLrs(self).map((lr) => mul(lr, factor));
  },
});

const ExponentialLR = schedulerClass('ExponentialLR', {
  options: 'gamma',
  init: (self, a) => setOptions(self, [['gamma', a.raw('gamma')!]]),
  warningLine: 587,
  getLr: (self) => (equals(attr(self, 'last_epoch'), 0) ? groupLrs(self) : scaled(self, attr(self, 'gamma'))),
  closedForm: (self) => {
    const factor = binaryOp('**', attr(self, 'gamma'), attr(self, 'last_epoch'));
    return baseLrs(self).map((lr) => mul(lr, factor));
  },
});

/** eta_min + (base_lr - eta_min) * (1 + cos(angle)) / 2 */
const cosineValue = (etaMin: PyValue, baseLr: PyValue, angle: PyValue): PyValue => add(etaMin, div(mul(sub(baseLr, etaMin), add(1, cos(angle))), 2));

const CosineAnnealingLR = schedulerClass('CosineAnnealingLR', {
  options: 'T_max, eta_min=',
  init: (self, a) => setOptions(self, [['T_max', a.raw('T_max')!], ['eta_min', given(a, 'eta_min', 0)]]),
  warningLine: 807,
  // The recursive form of 1.13: each lr follows from the previous one, so outside changes carry over.
  getLr: (self) => {
    const epoch = attr(self, 'last_epoch');
    const tMax = attr(self, 'T_max');
    const etaMin = attr(self, 'eta_min');
    if (equals(epoch, 0)) return groupLrs(self);
    if (equals(attr(self, '_step_count'), 1) && lessThan(0, epoch)) {
      return baseLrs(self).map((baseLr) => cosineValue(etaMin, baseLr, div(mul(epoch, PI), tMax)));
    }
    if (equals(binaryOp('%', sub(sub(epoch, 1), tMax), mul(2, tMax)), 0)) {
      return groups(self).map((group, i) => add(getItem(group, 'lr'), div(mul(sub(baseLrs(self)[i]!, etaMin), sub(1, cos(div(PI, tMax)))), 2)));
    }
    const ratio = div(add(1, cos(div(mul(PI, epoch), tMax))), add(1, cos(div(mul(PI, sub(epoch, 1)), tMax))));
    return groupLrs(self).map((lr) => add(mul(ratio, sub(lr, etaMin)), etaMin));
  },
  closedForm: (self) => {
    const angle = div(mul(PI, attr(self, 'last_epoch')), attr(self, 'T_max'));
    return baseLrs(self).map((baseLr) => cosineValue(attr(self, 'eta_min'), baseLr, angle));
  },
});

/** LambdaLR and MultiplicativeLR: one function of the epoch per group (one given for all, or a list). */
function setLrLambdas(self: PyValue, a: BoundArgs): void {
  setAttr(self, 'optimizer', a.raw('optimizer')!);
  const lrLambda = a.raw('lr_lambda')!;
  const count = groups(self).length;
  if (!(lrLambda instanceof PyList || lrLambda instanceof PyTuple)) {
    setAttr(self, 'lr_lambdas', new PyList(Array.from({ length: count }, () => lrLambda)));
  } else {
    if (lrLambda.items.length !== count) throw valueError(`Expected ${count} lr_lambdas, but got ${lrLambda.items.length}`);
    setAttr(self, 'lr_lambdas', new PyList([...lrLambda.items]));
  }
}

const lrLambdas = (self: PyValue): PyValue[] => toArray(attr(self, 'lr_lambdas'));

/** Functions are not saved; callable objects save their attributes. */
const LR_LAMBDA_STATE: Record<string, Method> = {
  state_dict: (args) => {
    const state = instanceState(args[0]!, ['optimizer', 'lr_lambdas']);
    const lambdas = lrLambdas(args[0]!).map((fn) => (fn instanceof PyFunction || !(fn instanceof PyObject) || !fn.dict ? None : newDict(fn.dict)));
    setItem(state, 'lr_lambdas', new PyList(lambdas));
    return state;
  },
  load_state_dict: (args, kwargs) => {
    const self = args[0]!;
    const state = bindPythonArguments(`${typeOf(self).name}.load_state_dict`, 'self, state_dict', args, kwargs).raw('state_dict') as PyDict;
    for (const { key, value } of state.entries.values()) if (key !== 'lr_lambdas') setAttr(self, key as string, value);
    const lambdas = lrLambdas(self);
    toArray(getItem(state, 'lr_lambdas')).forEach((saved, i) => {
      if (saved !== None) updateInstance(lambdas[i]!, saved);
    });
    return None;
  },
};

const LambdaLR = schedulerClass('LambdaLR', {
  options: 'lr_lambda',
  init: setLrLambdas,
  warningLine: 257,
  getLr: (self) => {
    const epoch = attr(self, 'last_epoch');
    const lambdas = lrLambdas(self);
    return baseLrs(self).map((baseLr, i) => mul(baseLr, call(lambdas[i]!, [epoch])));
  },
  methods: LR_LAMBDA_STATE,
});

const MultiplicativeLR = schedulerClass('MultiplicativeLR', {
  options: 'lr_lambda',
  init: setLrLambdas,
  warningLine: 335,
  getLr: (self) => {
    const epoch = attr(self, 'last_epoch');
    if (!lessThan(0, epoch)) return groupLrs(self);
    const lambdas = lrLambdas(self);
    return groupLrs(self).map((lr, i) => mul(lr, call(lambdas[i]!, [epoch])));
  },
  methods: LR_LAMBDA_STATE,
});

/** A factor between 0 and 1, as ConstantLR and LinearLR require. */
function checkFactor(value: PyValue, message: string): PyValue {
  if (lessThan(1, value) || lessThan(value, 0)) throw valueError(message);
  return value;
}

const ONE_THIRD = new PyFloat(1 / 3);

const ConstantLR = schedulerClass('ConstantLR', {
  options: 'factor=, total_iters=',
  init: (self, a) => {
    const factor = checkFactor(given(a, 'factor', ONE_THIRD), 'Constant multiplicative factor expected to be between 0 and 1.');
    setOptions(self, [['factor', factor], ['total_iters', given(a, 'total_iters', 5)]]);
  },
  warningLine: 483,
  getLr: (self) => {
    const epoch = attr(self, 'last_epoch');
    const total = attr(self, 'total_iters');
    if (equals(epoch, 0)) return scaled(self, attr(self, 'factor'));
    if (!equals(epoch, total)) return groupLrs(self);
    return scaled(self, div(new PyFloat(1), attr(self, 'factor')));
  },
  closedForm: (self) => {
    const factor = attr(self, 'factor');
    const reached = !lessThan(attr(self, 'last_epoch'), attr(self, 'total_iters'));
    return baseLrs(self).map((lr) => mul(lr, add(factor, mul(reached, sub(1, factor)))));
  },
});

const LinearLR = schedulerClass('LinearLR', {
  options: 'start_factor=, end_factor=, total_iters=',
  init: (self, a) => {
    const start = checkFactor(given(a, 'start_factor', ONE_THIRD), 'Starting multiplicative factor expected to be between 0 and 1.');
    const end = checkFactor(given(a, 'end_factor', new PyFloat(1)), 'Ending multiplicative factor expected to be between 0 and 1.');
    setOptions(self, [['start_factor', start], ['end_factor', end], ['total_iters', given(a, 'total_iters', 5)]]);
  },
  warningLine: 550,
  getLr: (self) => {
    const epoch = attr(self, 'last_epoch');
    const [start, end, total] = [attr(self, 'start_factor'), attr(self, 'end_factor'), attr(self, 'total_iters')];
    if (equals(epoch, 0)) return scaled(self, start);
    if (lessThan(total, epoch)) return groupLrs(self);
    const span = sub(end, start);
    return scaled(self, add(new PyFloat(1), div(span, add(mul(total, start), mul(sub(epoch, 1), span)))));
  },
  closedForm: (self) => {
    const [start, end, total] = [attr(self, 'start_factor'), attr(self, 'end_factor'), attr(self, 'total_iters')];
    const epoch = attr(self, 'last_epoch');
    const progress = lessThan(epoch, total) ? epoch : total;
    return baseLrs(self).map((lr) => mul(lr, add(start, div(mul(sub(end, start), progress), total))));
  },
});

/** SGDR: cosine annealing restarted every T_i epochs, T_i growing by T_mult; step() may take fractional epochs. */
const CosineAnnealingWarmRestarts = schedulerClass('CosineAnnealingWarmRestarts', {
  options: 'T_0, T_mult=, eta_min=',
  init: (self, a) => {
    const t0 = a.raw('T_0') ?? None;
    if (typeof t0 !== 'number' || t0 <= 0) throw valueError(`Expected positive integer T_0, but got ${str(t0)}`);
    const tMult = given(a, 'T_mult', 1);
    if (typeof tMult !== 'number' || tMult < 1) throw valueError(`Expected integer T_mult >= 1, but got ${str(tMult)}`);
    setOptions(self, [['T_0', t0], ['T_i', t0], ['T_mult', tMult], ['eta_min', given(a, 'eta_min', 0)], ['T_cur', given(a, 'last_epoch', -1)]]);
  },
  warningLine: 1359,
  getLr: (self) => {
    const angle = div(mul(PI, attr(self, 'T_cur')), attr(self, 'T_i'));
    return baseLrs(self).map((baseLr) => cosineValue(attr(self, 'eta_min'), baseLr, angle));
  },
  methods: {
    step: (args, kwargs) => {
      const self = args[0]!;
      let epoch = bindPythonArguments('CosineAnnealingWarmRestarts.step', 'self, epoch=', args, kwargs).raw('epoch');
      if (epoch === undefined && lessThan(attr(self, 'last_epoch'), 0)) epoch = 0;
      if (epoch === undefined) {
        epoch = add(attr(self, 'last_epoch'), 1);
        setAttr(self, 'T_cur', add(attr(self, 'T_cur'), 1));
        if (!lessThan(attr(self, 'T_cur'), attr(self, 'T_i'))) {
          setAttr(self, 'T_cur', sub(attr(self, 'T_cur'), attr(self, 'T_i')));
          setAttr(self, 'T_i', mul(attr(self, 'T_i'), attr(self, 'T_mult')));
        }
      } else {
        if (lessThan(epoch, 0)) throw valueError(`Expected non-negative epoch, but got ${str(epoch)}`);
        const [t0, tMult] = [attr(self, 'T_0'), attr(self, 'T_mult')];
        if (lessThan(epoch, t0)) {
          setOptions(self, [['T_i', t0], ['T_cur', epoch]]);
        } else if (equals(tMult, 1)) {
          setAttr(self, 'T_cur', binaryOp('%', epoch, t0));
        } else {
          const argument = add(mul(div(epoch, t0), sub(tMult, 1)), 1);
          const n = Math.trunc(libm.log(floatValue(argument)!) / libm.log(floatValue(tMult)!));
          setAttr(self, 'T_cur', sub(epoch, div(mul(t0, sub(binaryOp('**', tMult, n), 1)), sub(tMult, 1))));
          setAttr(self, 'T_i', mul(t0, binaryOp('**', tMult, n)));
        }
      }
      setAttr(self, 'last_epoch', epoch instanceof PyFloat ? Math.floor(epoch.value) : epoch);
      setAttr(self, '_get_lr_called_within_step', true);
      let values: PyValue[];
      try {
        values = toArray(call(getAttr(self, 'get_lr'), []));
      } finally {
        setAttr(self, '_get_lr_called_within_step', false);
      }
      groups(self).forEach((group, i) => {
        if (i >= values.length) return;
        setItem(group, 'lr', values[i]!);
        call(getAttr(self, 'print_lr'), [attr(self, 'verbose'), i, values[i]!, epoch!]);
      });
      setAttr(self, '_last_lr', new PyList(groupLrs(self)));
      return None;
    },
  },
});

// ---- OneCycleLR

/** One value per group: a list or tuple as given (its length checked), or the one value repeated. */
function perGroup(optimizer: PyValue, name: string, value: PyValue): PyValue[] {
  const count = paramGroups(optimizer).length;
  if (!(value instanceof PyList || value instanceof PyTuple)) return Array.from({ length: count }, () => value);
  if (value.items.length !== count) throw valueError(`expected ${count} values for ${name}, got ${value.items.length}`);
  return [...value.items];
}

function positiveInt(value: PyValue, what: string): PyValue {
  if (typeof value !== 'number' || value <= 0) throw valueError(`Expected positive integer ${what}, but got ${str(value)}`);
  return value;
}

const phase = (endStep: PyValue, startLr: string, endLr: string, startMomentum: string, endMomentum: string): PyDict =>
  newDict([
    ['end_step', endStep],
    ['start_lr', startLr],
    ['end_lr', endLr],
    ['start_momentum', startMomentum],
    ['end_momentum', endMomentum],
  ]);

/** (step - 1) for a phase ending at fraction * total_steps, as a Python float. */
const phaseEnd = (fraction: PyValue, total: PyValue, minus: number): PyValue => sub(call(floatType, [mul(fraction, total)]), minus);

function initOneCycle(self: PyValue, a: BoundArgs): void {
  const optimizer = a.raw('optimizer')!;
  if (!(optimizer instanceof PyObject) || !optimizer.cls.isSubtypeOf(optimizerType)) throw typeError(`${typeName(optimizer)} is not an Optimizer`);
  setAttr(self, 'optimizer', optimizer);
  const [totalSteps, epochs, stepsPerEpoch] = ['total_steps', 'epochs', 'steps_per_epoch'].map((name) => a.raw(name));
  if (totalSteps === undefined && epochs === undefined && stepsPerEpoch === undefined) throw valueError('You must define either total_steps OR (epochs AND steps_per_epoch)');
  const total =
    totalSteps !== undefined ? positiveInt(totalSteps, 'total_steps') : mul(positiveInt(epochs ?? None, 'epochs'), positiveInt(stepsPerEpoch ?? None, 'steps_per_epoch'));
  setAttr(self, 'total_steps', total);
  const pctStart = given(a, 'pct_start', new PyFloat(0.3));
  const last = sub(total, 1);
  const phases = truthy(given(a, 'three_phase', false))
    ? [
        phase(phaseEnd(pctStart, total, 1), 'initial_lr', 'max_lr', 'max_momentum', 'base_momentum'),
        phase(phaseEnd(mul(2, pctStart), total, 2), 'max_lr', 'initial_lr', 'base_momentum', 'max_momentum'),
        phase(last, 'initial_lr', 'min_lr', 'max_momentum', 'max_momentum'),
      ]
    : [phase(phaseEnd(pctStart, total, 1), 'initial_lr', 'max_lr', 'max_momentum', 'base_momentum'), phase(last, 'max_lr', 'min_lr', 'base_momentum', 'max_momentum')];
  setAttr(self, '_schedule_phases', new PyList(phases));
  if (lessThan(pctStart, 0) || lessThan(1, pctStart) || !(pctStart instanceof PyFloat)) throw valueError(`Expected float between 0 and 1 pct_start, but got ${str(pctStart)}`);
  const strategy = given(a, 'anneal_strategy', 'cos');
  if (strategy !== 'cos' && strategy !== 'linear') throw valueError(`anneal_strategy must by one of 'cos' or 'linear', instead got ${str(strategy)}`);
  setAttr(self, 'anneal_func', getAttr(self, strategy === 'cos' ? '_annealing_cos' : '_annealing_linear'));
  const lastEpoch = given(a, 'last_epoch', -1);
  const fresh = equals(lastEpoch, -1);
  const maxLrs = perGroup(optimizer, 'max_lr', a.raw('max_lr')!);
  const all = paramGroups(optimizer);
  if (fresh) {
    all.forEach((group, i) => {
      setItem(group, 'initial_lr', div(maxLrs[i]!, given(a, 'div_factor', new PyFloat(25))));
      setItem(group, 'max_lr', maxLrs[i]!);
      setItem(group, 'min_lr', div(getItem(group, 'initial_lr'), given(a, 'final_div_factor', new PyFloat(1e4))));
    });
  }
  const cycleMomentum = given(a, 'cycle_momentum', true);
  setAttr(self, 'cycle_momentum', cycleMomentum);
  if (truthy(cycleMomentum)) {
    const defaults = getAttr(optimizer, 'defaults') as PyDict;
    if (!hasKey(defaults, 'momentum') && !hasKey(defaults, 'betas')) throw valueError('optimizer must support momentum with `cycle_momentum` option enabled');
    const useBeta1 = hasKey(defaults, 'betas');
    setAttr(self, 'use_beta1', useBeta1);
    const maxMomentums = perGroup(optimizer, 'max_momentum', given(a, 'max_momentum', new PyFloat(0.95)));
    const baseMomentums = perGroup(optimizer, 'base_momentum', given(a, 'base_momentum', new PyFloat(0.85)));
    if (fresh) {
      all.forEach((group, i) => {
        setMomentum(group, useBeta1, maxMomentums[i]!);
        setItem(group, 'max_momentum', maxMomentums[i]!);
        setItem(group, 'base_momentum', baseMomentums[i]!);
      });
    }
  }
  initScheduler(self, optimizer, lastEpoch, given(a, 'verbose', false));
}

/** group['betas'] = (momentum, *group['betas'][1:]) for Adam-like optimizers, else group['momentum']. */
function setMomentum(group: PyDict, useBeta1: boolean, momentum: PyValue): void {
  if (useBeta1) setItem(group, 'betas', new PyTuple([momentum, ...toArray(getItem(group, 'betas')).slice(1)]));
  else setItem(group, 'momentum', momentum);
}

function oneCycleLr(self: PyValue): PyValue[] {
  const step = attr(self, 'last_epoch');
  const total = attr(self, 'total_steps');
  if (lessThan(total, step)) throw valueError(`Tried to step ${str(add(step, 1))} times. The specified number of total steps is ${str(total)}`);
  const phases = toArray(attr(self, '_schedule_phases')) as PyDict[];
  const anneal = attr(self, 'anneal_func');
  const cycleMomentum = truthy(attr(self, 'cycle_momentum'));
  return groups(self).map((group) => {
    let startStep: PyValue = 0;
    let lr: PyValue = None;
    let momentum: PyValue = None;
    for (let i = 0; i < phases.length; i++) {
      const endStep = getItem(phases[i]!, 'end_step');
      if (!lessThan(endStep, step) || i === phases.length - 1) {
        const pct = div(sub(step, startStep), sub(endStep, startStep));
        const value = (key: string): PyValue => getItem(group, getItem(phases[i]!, key));
        lr = call(anneal, [value('start_lr'), value('end_lr'), pct]);
        if (cycleMomentum) momentum = call(anneal, [value('start_momentum'), value('end_momentum'), pct]);
        break;
      }
      startStep = endStep;
    }
    if (cycleMomentum) setMomentum(group, truthy(attr(self, 'use_beta1')), momentum);
    return lr;
  });
}

const oneCycleType = new PyType('OneCycleLR', [schedulerType], MODULE);
defineNative(oneCycleType, {
  __init__: (args, kwargs) => {
    const options =
      'self, optimizer, max_lr, total_steps=, epochs=, steps_per_epoch=, pct_start=, anneal_strategy=, cycle_momentum=, base_momentum=, max_momentum=, div_factor=, final_div_factor=, three_phase=, last_epoch=, verbose=';
    initOneCycle(args[0]!, bindPythonArguments('OneCycleLR.__init__', options, args, kwargs));
    return None;
  },
  get_lr: (args) => {
    warnOutsideStep(args[0]!, 1679);
    return new PyList(oneCycleLr(args[0]!));
  },
  // Cosine from start to end as pct goes from 0 to 1: end + (start - end) / 2.0 * (cos(pi * pct) + 1)
  _annealing_cos: (args) => {
    const [, start, end, pct] = args as [PyValue, PyValue, PyValue, PyValue];
    return add(end, mul(div(sub(start, end), new PyFloat(2)), add(cos(mul(PI, pct)), 1)));
  },
  _annealing_linear: (args) => {
    const [, start, end, pct] = args as [PyValue, PyValue, PyValue, PyValue];
    return add(mul(sub(end, start), pct), start);
  },
});

// ---- ReduceLROnPlateau

export const reduceLrOnPlateauType = new PyType('ReduceLROnPlateau', [objectType], MODULE);
reduceLrOnPlateauType.instancesHaveDict = true;

const number = (value: PyValue): number => floatValue(value) ?? NaN;

function initIsBetter(self: PyValue, mode: PyValue, threshold: PyValue, thresholdMode: PyValue): void {
  if (mode !== 'min' && mode !== 'max') throw valueError(`mode ${String(mode)} is unknown!`);
  if (thresholdMode !== 'rel' && thresholdMode !== 'abs') throw valueError(`threshold mode ${String(thresholdMode)} is unknown!`);
  setOptions(self, [['mode_worse', new PyFloat(mode === 'min' ? Infinity : -Infinity)], ['mode', mode], ['threshold', threshold], ['threshold_mode', thresholdMode]]);
}

function isBetter(self: PyValue, a: number, best: number): boolean {
  const threshold = number(attr(self, 'threshold'));
  const rel = attr(self, 'threshold_mode') === 'rel';
  if (attr(self, 'mode') === 'min') return rel ? a < best * (1 - threshold) : a < best - threshold;
  return rel ? a > best * (threshold + 1) : a > best + threshold;
}

function resetPlateau(self: PyValue): void {
  setOptions(self, [['best', attr(self, 'mode_worse')], ['cooldown_counter', 0], ['num_bad_epochs', 0]]);
}

function reduceLr(self: PyValue, epoch: PyValue): void {
  const minLrs = toArray(attr(self, 'min_lrs'));
  groups(self).forEach((group, i) => {
    const oldLr = new PyFloat(number(getItem(group, 'lr')));
    const reduced = mul(oldLr, attr(self, 'factor'));
    const newLr = lessThan(reduced, minLrs[i]!) ? minLrs[i]! : reduced;
    if (number(sub(oldLr, newLr)) > number(attr(self, 'eps'))) {
      setItem(group, 'lr', newLr);
      printLr(attr(self, 'verbose'), i, newLr, epoch, 'reducing');
    }
  });
}

defineNative(reduceLrOnPlateauType, {
  __init__: (args, kwargs) => {
    const self = args[0]!;
    const a = bindPythonArguments('ReduceLROnPlateau.__init__', 'self, optimizer, mode=, factor=, patience=, threshold=, threshold_mode=, cooldown=, min_lr=, eps=, verbose=', args, kwargs);
    const factor = given(a, 'factor', new PyFloat(0.1));
    if (number(factor) >= 1) throw valueError('Factor should be < 1.0.');
    setAttr(self, 'factor', factor);
    const optimizer = a.raw('optimizer')!;
    if (!(optimizer instanceof PyObject) || !optimizer.cls.isSubtypeOf(optimizerType)) throw typeError(`${typeName(optimizer)} is not an Optimizer`);
    setAttr(self, 'optimizer', optimizer);
    const count = paramGroups(optimizer).length;
    const minLr = given(a, 'min_lr', 0);
    if (minLr instanceof PyList || minLr instanceof PyTuple) {
      if (minLr.items.length !== count) throw valueError(`expected ${count} min_lrs, got ${minLr.items.length}`);
      setAttr(self, 'min_lrs', new PyList([...minLr.items]));
    } else setAttr(self, 'min_lrs', new PyList(Array.from({ length: count }, () => minLr)));
    const mode = given(a, 'mode', 'min');
    const threshold = given(a, 'threshold', new PyFloat(1e-4));
    const thresholdMode = given(a, 'threshold_mode', 'rel');
    setOptions(self, [
      ['patience', given(a, 'patience', 10)],
      ['verbose', given(a, 'verbose', false)],
      ['cooldown', given(a, 'cooldown', 0)],
      ['cooldown_counter', 0],
      ['mode', mode],
      ['threshold', threshold],
      ['threshold_mode', thresholdMode],
      ['best', None],
      ['num_bad_epochs', None],
      ['mode_worse', None],
      ['eps', given(a, 'eps', new PyFloat(1e-8))],
      ['last_epoch', 0],
    ]);
    initIsBetter(self, mode, threshold, thresholdMode);
    resetPlateau(self);
    return None;
  },
  step: (args, kwargs) => {
    const self = args[0]!;
    const a = bindPythonArguments('ReduceLROnPlateau.step', 'self, metrics, epoch=', args, kwargs);
    const current = call(floatType, [a.raw('metrics') ?? None]) as PyFloat;
    let epoch = a.raw('epoch');
    if (epoch === undefined) epoch = add(attr(self, 'last_epoch'), 1);
    else warn(EPOCH_DEPRECATION, origin(1006, 'warnings.warn(EPOCH_DEPRECATION_WARNING, UserWarning)'));
    setAttr(self, 'last_epoch', epoch);
    if (isBetter(self, current.value, number(attr(self, 'best')))) setOptions(self, [['best', current], ['num_bad_epochs', 0]]);
    else setAttr(self, 'num_bad_epochs', add(attr(self, 'num_bad_epochs'), 1));
    if (lessThan(0, attr(self, 'cooldown_counter'))) {
      setAttr(self, 'cooldown_counter', sub(attr(self, 'cooldown_counter'), 1));
      setAttr(self, 'num_bad_epochs', 0);
    }
    if (lessThan(attr(self, 'patience'), attr(self, 'num_bad_epochs'))) {
      reduceLr(self, epoch);
      setOptions(self, [['cooldown_counter', attr(self, 'cooldown')], ['num_bad_epochs', 0]]);
    }
    setAttr(self, '_last_lr', new PyList(groupLrs(self)));
    return None;
  },
  is_better: (args, kwargs) => {
    const a = bindPythonArguments('ReduceLROnPlateau.is_better', 'self, a, best', args, kwargs);
    return isBetter(args[0]!, a.number('a'), a.number('best'));
  },
  state_dict: (args) => instanceState(args[0]!, ['optimizer']),
  load_state_dict: (args, kwargs) => {
    const self = args[0]!;
    updateInstance(self, bindPythonArguments('ReduceLROnPlateau.load_state_dict', 'self, state_dict', args, kwargs).raw('state_dict')!);
    initIsBetter(self, attr(self, 'mode'), attr(self, 'threshold'), attr(self, 'threshold_mode'));
    return None;
  },
});
defineGetters(reduceLrOnPlateauType, { in_cooldown: (self) => lessThan(0, attr(self, 'cooldown_counter')) });

export const LR_SCHEDULERS: Record<string, PyValue> = {
  _LRScheduler: schedulerType,
  LambdaLR,
  MultiplicativeLR,
  StepLR,
  MultiStepLR,
  ConstantLR,
  LinearLR,
  ExponentialLR,
  CosineAnnealingLR,
  CosineAnnealingWarmRestarts,
  OneCycleLR: oneCycleType,
  ReduceLROnPlateau: reduceLrOnPlateauType,
};
