// torch.optim.Optimizer: what every optimizer shares, kept in the same Python-visible shape as PyTorch 1.13's
// (instance attributes `defaults`, `state` (a defaultdict keyed by parameter), `param_groups` (a list of
// dicts holding 'params' and the options), so Python code that reads or edits them, schedulers included,
// and Python subclasses work unchanged. The concrete optimizers (algorithms.ts) add validation and step().
import * as engine from '../../tensor/index';
import { warn } from '../../tensor/errors';
import { None, PyObject, PyType, dictType, objectType, typeName, type Kwargs, type PyValue } from '../../python/objects/core';
import { PyDict, PyList, PySet, PyTuple } from '../../python/objects/containers';
import { AssertionError, NotImplementedError, pyError, typeError, valueError } from '../../python/objects/exceptions';
import { call } from '../../python/ops/call';
import { floatValue, str, truthy } from '../../python/ops/convert';
import { getAttr, setAttr } from '../../python/ops/attr';
import { hashKey } from '../../python/ops/hash';
import { toArray } from '../../python/ops/iter';
import { getItem, len, setItem } from '../../python/ops/sequence';
import { runtime } from '../../python/runtime';
import { bindPythonArguments } from '../pythonArgs';
import { nativeFunction } from '../errors';
import { PyTensor, wrapTensor } from '../tensorObject';

export type Method = (args: PyValue[], kwargs: Kwargs) => PyValue;

export function defineNative(type: PyType, methods: Record<string, Method>): void {
  for (const [name, fn] of Object.entries(methods)) type.dict.set(name, nativeFunction(name, fn, type.name));
}

export const optimizerType = new PyType('Optimizer', [objectType], 'torch.optim.optimizer');
optimizerType.instancesHaveDict = true;

/** The `required` marker: a default the parameter groups must give themselves (SGD's lr). */
export const requiredType = new PyType('_RequiredParameter', [objectType], 'torch.optim.optimizer');
export const required = new PyObject(requiredType);
defineNative(requiredType, { __repr__: () => '<required parameter>' });

// ---- dicts

export const hasKey = (dict: PyDict, key: PyValue): boolean => dict.entries.has(hashKey(key));

export function newDict(entries: Iterable<readonly [PyValue, PyValue]> = []): PyDict {
  const dict = new PyDict();
  for (const [key, value] of entries) dict.entries.set(hashKey(key), { key, value });
  return dict;
}

function setDefault(dict: PyDict, key: PyValue, value: PyValue): void {
  if (!hasKey(dict, key)) dict.entries.set(hashKey(key), { key, value });
}

const attribute = (self: PyValue, name: string): PyValue => (self as PyObject).dict!.get(name) ?? getAttr(self, name);

// ---- what steps read

export const paramGroups = (self: PyValue): PyDict[] => toArray(attribute(self, 'param_groups')) as PyDict[];
export const groupParams = (group: PyDict): PyTensor[] => toArray(getItem(group, 'params')) as PyTensor[];

/** A numeric option of a group (lr, momentum, ...), as the Python float PyTorch computes with. */
export function option(group: PyDict, key: string): number {
  const value = getItem(group, key);
  const number = value instanceof PyTensor ? value.tensor.at(0) : floatValue(value);
  if (number === undefined) throw typeError(`agnb: the optimizer option '${key}' must be a number, not ${typeName(value)}`);
  return number;
}

export const flag = (group: PyDict, key: string): boolean => truthy(getItem(group, key));

/** self.state[p]: the parameter's state dict, created empty on first use (state is a defaultdict). */
export const paramState = (self: PyValue, param: PyTensor): PyDict => getItem(attribute(self, 'state'), param) as PyDict;

/** A state entry that is a tensor, or undefined when absent. */
export function stateTensor(state: PyDict, key: string): engine.Tensor | undefined {
  const entry = state.entries.get(hashKey(key));
  return entry && entry.value instanceof PyTensor ? entry.value.tensor : undefined;
}

export const setState = (state: PyDict, key: string, value: engine.Tensor | PyValue): void =>
  setItem(state, key, value instanceof engine.Tensor ? wrapTensor(value) : value);

// ---- construction

function defaultdictOfDict(): PyValue {
  const defaultdict = runtime.modules.import('collections').dict!.get('defaultdict')!;
  return call(defaultdict, [dictType]);
}

/** torch.typename(): a tensor's legacy type name, otherwise the value's class name. */
function torchTypename(value: PyValue): string {
  return value instanceof PyTensor ? (call(getAttr(value, 'type'), []) as string) : typeName(value);
}

/** Optimizer.__init__(params, defaults). */
export function initOptimizer(self: PyValue, params: PyValue, defaults: PyDict): void {
  const dict = (self as PyObject).dict!;
  dict.set('defaults', defaults);
  if (params instanceof PyTensor) {
    throw typeError(`params argument given to the optimizer should be an iterable of Tensors or dicts, but got ${torchTypename(params)}`);
  }
  dict.set('state', defaultdictOfDict());
  dict.set('param_groups', new PyList([]));
  let groups = toArray(params);
  if (groups.length === 0) throw valueError('optimizer got an empty parameter list');
  if (!(groups[0] instanceof PyDict)) groups = [newDict([['params', new PyList(groups)]])];
  for (const group of groups) addParamGroup(self, group);
}

export function addParamGroup(self: PyValue, group: PyValue): void {
  if (!(group instanceof PyDict)) throw pyError(AssertionError, 'param group must be a dict');
  const params = getItem(group, 'params');
  if (params instanceof PyTensor) setItem(group, 'params', new PyList([params]));
  else if (params instanceof PySet) {
    throw typeError('optimizer parameters need to be organized in ordered collections, but the ordering of tensors in sets will change between runs. Please use a list instead.');
  } else setItem(group, 'params', new PyList(toArray(params)));
  const list = groupParams(group);
  const defaults = attribute(self, 'defaults') as PyDict;
  for (const param of list) {
    if (!(param instanceof PyTensor)) throw typeError(`optimizer can only optimize Tensors, but one of the params is ${torchTypename(param)}`);
    if (!truthy(defaults.entries.get(hashKey('differentiable'))?.value ?? None) && !(param.tensor.isLeaf || param.tensor.retainsGrad)) {
      throw valueError("can't optimize a non-leaf Tensor");
    }
  }
  for (const { key, value } of defaults.entries.values()) {
    if (value === required && !hasKey(group, key)) throw valueError(`parameter group didn't specify a value of required optimization parameter ${str(key)}`);
    setDefault(group, key, value);
  }
  if (new Set(list).size !== list.length) {
    warn('optimizer contains a parameter group with duplicate parameters; in future, this will cause an error; see github.com/pytorch/pytorch/issues/40967 for more information');
  }
  const existing = new Set(paramGroups(self).flatMap(groupParams));
  if (list.some((param) => existing.has(param))) throw valueError('some parameters appear in more than one parameter group');
  (attribute(self, 'param_groups') as PyList).items.push(group);
}

// ---- state_dict / load_state_dict

/** {'state': {index: state}, 'param_groups': [{options..., 'params': [indices]}]}: parameters by position. */
function stateDict(self: PyValue): PyDict {
  const indices = new Map<PyTensor, number>();
  const groups = paramGroups(self).map((group) => {
    const packed = newDict([...group.entries.values()].filter(({ key }) => key !== 'params').map(({ key, value }) => [key, value] as const));
    const params = groupParams(group);
    const start = indices.size;
    params.forEach((param, i) => {
      if (!indices.has(param)) indices.set(param, start + i);
    });
    setItem(packed, 'params', new PyList(params.map((param) => indices.get(param)!)));
    return packed;
  });
  const state = attribute(self, 'state') as PyDict;
  const packedState = newDict([...state.entries.values()].map(({ key, value }) => [key instanceof PyTensor ? (indices.get(key) ?? key) : key, value] as const));
  return newDict([
    ['state', packedState],
    ['param_groups', new PyList(groups)],
  ]);
}

/** copy.deepcopy for what a state dict holds: containers, tensors (cloned) and immutable values. */
function deepCopy(value: PyValue): PyValue {
  if (value instanceof PyTensor) return wrapTensor(engine.withGradMode(false, () => engine.clone(value.tensor)));
  if (value instanceof PyDict && value.cls === dictType) return newDict([...value.entries.values()].map(({ key, value: v }) => [key, deepCopy(v)] as const));
  if (value instanceof PyList) return new PyList(value.items.map(deepCopy));
  if (value instanceof PyTuple) return new PyTuple(value.items.map(deepCopy));
  return value;
}

/** Saved state tensors take the parameter's floating dtype, except the step counters. */
function castToParam(param: PyTensor, value: PyValue, key?: PyValue): PyValue {
  if (value instanceof PyTensor) {
    const floating = param.tensor.dtype === 'float32' || param.tensor.dtype === 'float64';
    return key !== 'step' && floating && value.tensor.dtype !== param.tensor.dtype ? wrapTensor(engine.toDtype(value.tensor, param.tensor.dtype)) : value;
  }
  if (value instanceof PyDict) return newDict([...value.entries.values()].map(({ key: k, value: v }) => [k, castToParam(param, v, k)] as const));
  if (value instanceof PyList) return new PyList(value.items.map((v) => castToParam(param, v)));
  if (value instanceof PyTuple) return new PyTuple(value.items.map((v) => castToParam(param, v)));
  return value;
}

function loadStateDict(self: PyValue, source: PyValue): void {
  const saved = deepCopy(source);
  const groups = paramGroups(self);
  const savedGroups = toArray(getItem(saved, 'param_groups')) as PyDict[];
  if (groups.length !== savedGroups.length) throw valueError('loaded state dict has a different number of parameter groups');
  if (groups.some((group, i) => groupParams(group).length !== len(getItem(savedGroups[i]!, 'params')))) {
    throw valueError("loaded state dict contains a parameter group that doesn't match the size of optimizer's group");
  }
  const savedIds = savedGroups.flatMap((group) => toArray(getItem(group, 'params')));
  const params = groups.flatMap(groupParams);
  const byId = new Map(savedIds.map((id, i) => [hashKey(id), params[i]!] as const));
  const state = defaultdictOfDict() as PyDict;
  for (const { key, value } of (getItem(saved, 'state') as PyDict).entries.values()) {
    const param = byId.get(hashKey(key));
    if (param) setItem(state, param, castToParam(param, value));
    else setItem(state, key, value);
  }
  savedGroups.forEach((group, i) => setItem(group, 'params', getItem(groups[i]!, 'params')));
  setAttr(self, 'state', state);
  setAttr(self, 'param_groups', new PyList(savedGroups));
  setDefault(attribute(self, 'defaults') as PyDict, 'differentiable', false);
}

// ---- the Python methods

/** zero_grad(set_to_none=False), PyTorch 1.13's default: gradients are detached and zeroed in place. */
function zeroGrad(self: PyValue, setToNone: boolean): void {
  for (const group of paramGroups(self)) {
    for (const param of groupParams(group)) {
      const tensor = param.tensor;
      const grad = tensor.gradValue;
      if (!grad) continue;
      if (setToNone) {
        tensor.gradValue = null;
        continue;
      }
      grad.gradFn = null;
      grad.requiresGrad = false;
      engine.copyInto(grad, engine.zeros([], grad.dtype));
    }
  }
}

function optimizerRepr(self: PyValue): string {
  let text = `${typeName(self)} (`;
  paramGroups(self).forEach((group, i) => {
    text += `\nParameter Group ${i}\n`;
    const keys = [...group.entries.values()].map(({ key }) => key as string).sort();
    for (const key of keys) if (key !== 'params') text += `    ${key}: ${str(getItem(group, key))}\n`;
  });
  return text + ')';
}

defineNative(optimizerType, {
  __init__: (args, kwargs) => {
    const a = bindPythonArguments('Optimizer.__init__', 'self, params, defaults', args, kwargs);
    initOptimizer(args[0]!, a.raw('params')!, a.raw('defaults') as PyDict);
    return None;
  },
  __repr__: (args) => optimizerRepr(args[0]!),
  add_param_group: (args, kwargs) => {
    addParamGroup(args[0]!, bindPythonArguments('Optimizer.add_param_group', 'self, param_group', args, kwargs).raw('param_group')!);
    return None;
  },
  zero_grad: (args, kwargs) => {
    zeroGrad(args[0]!, bindPythonArguments('Optimizer.zero_grad', 'self, set_to_none=', args, kwargs).bool('set_to_none'));
    return None;
  },
  step: () => {
    throw pyError(NotImplementedError);
  },
  state_dict: (args) => stateDict(args[0]!),
  load_state_dict: (args, kwargs) => {
    loadStateDict(args[0]!, bindPythonArguments('Optimizer.load_state_dict', 'self, state_dict', args, kwargs).raw('state_dict')!);
    return None;
  },
});
