// nn.Module: the base class of every layer, native and written in Python, with PyTorch's bookkeeping.
// A module's instance dict holds `_parameters`, `_buffers` and `_modules` (OrderedDicts, as in PyTorch);
// __setattr__ files Parameters, Modules and buffer values into them, __getattr__ finds them there, and
// every traversal (parameters(), state_dict(), repr, ...) walks them in insertion order, as PyTorch does.
// Native layers are built with moduleClass() and initModule().
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import * as random from '../../random/index';
import { None, PyFloat, PyObject, PyType, objectType, typeOf, type Kwargs, type PyValue } from '../../python/objects/core';
import { PyDict, PyIterator, PyList, PySet, PyTuple, iteratorTypeNamed } from '../../python/objects/containers';
import { AttributeError, KeyError, PyException, RuntimeError, TypeError, ValueError, notImplemented, pyError } from '../../python/objects/exceptions';
import { call } from '../../python/ops/call';
import { genericSetAttr, getAttr, getAttrOrUndefined, noAttribute } from '../../python/ops/attr';
import { floatValue, repr, str } from '../../python/ops/convert';
import { newOrderedDict as newCollectionsOrderedDict } from '../../python/stdlib/collections';
import { PyNativeFunction } from '../../python/objects/functions';
import { bindArguments, type BoundArgs } from '../args';
import { bindPythonArguments } from '../pythonArgs';
import { registerSignature } from '../docs';
import { nativeFunction } from '../errors';
import { toPythonResult } from '../ops';
import { PyTensor, parameterType, wrapTensor } from '../tensorObject';
import { setRequiresGrad } from '../tensorType';
import { LEGACY_TYPE_NAMES, dtypeObjects, dtypeOf } from '../values';
import { removableHandle } from '../hooks';
import { BackwardHook, attachNonFullBackwardHooks } from './backwardHook';

const MODULE_PATH = 'torch.nn.modules';
export const moduleType = new PyType('Module', [objectType], `${MODULE_PATH}.module`);
moduleType.instancesHaveDict = true;

// ---- ordered dicts keyed by str

export const newOrderedDict = (): PyDict => newCollectionsOrderedDict();
export const dictGet = (d: PyDict, key: string): PyValue | undefined => d.entries.get(key)?.value;

export function dictSet(d: PyDict, key: string, value: PyValue): void {
  const entry = d.entries.get(key);
  if (entry) entry.value = value;
  else d.entries.set(key, { key, value });
}

export const dictItems = (d: PyDict): Array<[string, PyValue]> => [...d.entries.values()].map((e) => [e.key as string, e.value]);

// ---- module state

interface ModuleState {
  parameters: PyDict;
  buffers: PyDict;
  nonPersistent: PySet;
  modules: PyDict;
  forwardHooks: PyDict;
  forwardPreHooks: PyDict;
}

const instanceDict = (self: PyValue): Map<string, PyValue> => (self as PyObject).dict!;
export const isModule = (value: PyValue): boolean => typeOf(value).isSubtypeOf(moduleType);
export const isParameter = (value: PyValue): boolean => value instanceof PyTensor && value.cls.isSubtypeOf(parameterType);

/** The module's registries, or undefined before Module.__init__ ran. */
function stateOrUndefined(self: PyValue): ModuleState | undefined {
  const dict = instanceDict(self);
  const parameters = dict.get('_parameters');
  if (!(parameters instanceof PyDict)) return undefined;
  return {
    parameters,
    buffers: dict.get('_buffers') as PyDict,
    nonPersistent: dict.get('_non_persistent_buffers_set') as PySet,
    modules: dict.get('_modules') as PyDict,
    forwardHooks: dict.get('_forward_hooks') as PyDict,
    forwardPreHooks: dict.get('_forward_pre_hooks') as PyDict,
  };
}

function state(self: PyValue): ModuleState {
  const s = stateOrUndefined(self);
  if (!s) throw noAttribute(self, '_parameters');
  return s;
}

/** Module.__init__: the attributes PyTorch 1.13 sets, in its order. */
function initState(self: PyValue): void {
  const dict = instanceDict(self);
  dict.set('training', true);
  dict.set('_parameters', newOrderedDict());
  dict.set('_buffers', newOrderedDict());
  dict.set('_non_persistent_buffers_set', new PySet());
  dict.set('_backward_hooks', newOrderedDict());
  dict.set('_is_full_backward_hook', None);
  dict.set('_forward_hooks', newOrderedDict());
  dict.set('_forward_pre_hooks', newOrderedDict());
  dict.set('_state_dict_hooks', newOrderedDict());
  dict.set('_load_state_dict_pre_hooks', newOrderedDict());
  dict.set('_load_state_dict_post_hooks', newOrderedDict());
  dict.set('_modules', newOrderedDict());
}

/** torch.typename: a tensor's legacy type name, else the qualified class name. */
function torchTypename(value: PyValue): string {
  if (value instanceof PyTensor) return `torch.${LEGACY_TYPE_NAMES[value.tensor.dtype]}`;
  const type = typeOf(value);
  return type.module === 'builtins' ? type.name : `${type.module}.${type.name}`;
}

function hasAttribute(self: PyValue, name: string): boolean {
  try {
    return getAttrOrUndefined(self, name) !== undefined;
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(AttributeError)) return false;
    throw e;
  }
}

function checkName(self: PyValue, kind: 'parameter' | 'buffer' | 'module', name: PyValue, registry: PyDict): asserts name is string {
  if (typeof name !== 'string') throw pyError(TypeError, `${kind} name should be a string. Got ${torchTypename(name)}`);
  const reserved = () => hasAttribute(self, name) && !registry.entries.has(name);
  if (kind === 'module' && reserved()) throw pyError(KeyError, `attribute '${name}' already exists`);
  if (name.includes('.')) throw pyError(KeyError, kind === 'module' ? `module name can't contain ".", got: ${name}` : `${kind} name can't contain "."`);
  if (name === '') throw pyError(KeyError, `${kind} name can't be empty string ""`);
  if (kind !== 'module' && reserved()) throw pyError(KeyError, `attribute '${name}' already exists`);
}

export function registerParameter(self: PyValue, name: PyValue, parameter: PyValue): void {
  const s = stateOrUndefined(self);
  if (!s) throw pyError(AttributeError, 'cannot assign parameter before Module.__init__() call');
  checkName(self, 'parameter', name, s.parameters);
  if (parameter !== None) {
    if (!isParameter(parameter)) {
      throw pyError(TypeError, `cannot assign '${torchTypename(parameter)}' object to parameter '${name}' (torch.nn.Parameter or None required)`);
    }
    if ((parameter as PyTensor).tensor.gradFn) {
      throw pyError(
        ValueError,
        `Cannot assign non-leaf Tensor to parameter '${name}'. Model parameters must be created explicitly. To express '${name}' as a function of another Tensor, compute the value in the forward() method.`,
      );
    }
  }
  dictSet(s.parameters, name, parameter);
}

export function registerBuffer(self: PyValue, name: PyValue, tensor: PyValue, persistent = true): void {
  const s = stateOrUndefined(self);
  if (!s) throw pyError(AttributeError, 'cannot assign buffer before Module.__init__() call');
  checkName(self, 'buffer', name, s.buffers);
  if (tensor !== None && !(tensor instanceof PyTensor)) {
    throw pyError(TypeError, `cannot assign '${torchTypename(tensor)}' object to buffer '${name}' (torch Tensor or None required)`);
  }
  dictSet(s.buffers, name, tensor);
  if (persistent) s.nonPersistent.items.delete(name);
  else s.nonPersistent.items.set(name, name);
}

function addModule(self: PyValue, name: PyValue, module: PyValue): void {
  if (module !== None && !isModule(module)) throw pyError(TypeError, `${torchTypename(module)} is not a Module subclass`);
  const s = state(self);
  checkName(self, 'module', name, s.modules);
  dictSet(s.modules, name, module);
}

/** Module.__setattr__: PyTorch's rules for Parameters, Modules and buffers; anything else is a plain attribute. */
export function moduleSetAttr(self: PyValue, name: string, value: PyValue): void {
  const s = stateOrUndefined(self);
  const forget = (...registries: PyDict[]) => {
    instanceDict(self).delete(name);
    for (const registry of registries) registry.entries.delete(name);
    s!.nonPersistent.items.delete(name);
  };
  if (isParameter(value)) {
    if (!s) throw pyError(AttributeError, 'cannot assign parameters before Module.__init__() call');
    forget(s.buffers, s.modules);
    registerParameter(self, name, value);
  } else if (s && s.parameters.entries.has(name)) {
    if (value !== None) throw pyError(TypeError, `cannot assign '${torchTypename(value)}' as parameter '${name}' (torch.nn.Parameter or None expected)`);
    registerParameter(self, name, value);
  } else if (isModule(value)) {
    if (!s) throw pyError(AttributeError, 'cannot assign module before Module.__init__() call');
    forget(s.parameters, s.buffers);
    dictSet(s.modules, name, value);
  } else if (s && s.modules.entries.has(name)) {
    if (value !== None) throw pyError(TypeError, `cannot assign '${torchTypename(value)}' as child module '${name}' (torch.nn.Module or None expected)`);
    dictSet(s.modules, name, value);
  } else if (s && s.buffers.entries.has(name)) {
    if (value !== None && !(value instanceof PyTensor)) throw pyError(TypeError, `cannot assign '${torchTypename(value)}' as buffer '${name}' (torch.Tensor or None expected)`);
    dictSet(s.buffers, name, value);
  } else {
    genericSetAttr(self, name, value);
  }
}

/** Module.__getattr__: what the registries hold (called only when normal lookup fails). */
function moduleGetAttr(self: PyValue, name: string): PyValue {
  const s = stateOrUndefined(self);
  if (s) {
    for (const registry of [s.parameters, s.buffers, s.modules]) {
      const value = dictGet(registry, name);
      if (value !== undefined) return value;
    }
  }
  throw pyError(AttributeError, `'${typeOf(self).name}' object has no attribute '${name}'`);
}

function moduleDelAttr(self: PyValue, name: string): void {
  const s = stateOrUndefined(self);
  if (s?.parameters.entries.delete(name) || s?.modules.entries.delete(name)) return;
  if (s?.buffers.entries.delete(name)) {
    s.nonPersistent.items.delete(name);
    return;
  }
  if (!instanceDict(self).delete(name)) throw noAttribute(self, name);
}

// ---- traversal, in PyTorch's order

/** Registered, non-None children, each module once. */
export function children(self: PyValue): Array<[string, PyObject]> {
  const seen = new Set<PyValue>();
  const out: Array<[string, PyObject]> = [];
  for (const [name, child] of dictItems(state(self).modules)) {
    if (child === None || seen.has(child)) continue;
    seen.add(child);
    out.push([name, child as PyObject]);
  }
  return out;
}

/** named_modules: the module, then each child's subtree depth first, each module once (unless duplicates are kept). */
function namedModules(self: PyValue, prefix = '', memo: Set<PyValue> | null = new Set()): Array<[string, PyValue]> {
  if (memo?.has(self)) return [];
  memo?.add(self);
  const out: Array<[string, PyValue]> = [[prefix, self]];
  for (const [name, child] of dictItems(state(self).modules)) {
    if (child === None) continue;
    out.push(...namedModules(child, prefix ? `${prefix}.${name}` : name, memo));
  }
  return out;
}

/** Module._named_members over parameters or buffers: each tensor once, in module order. */
function namedMembers(self: PyValue, registry: 'parameters' | 'buffers', prefix = '', recurse = true): Array<[string, PyTensor]> {
  const seen = new Set<PyValue>();
  const out: Array<[string, PyTensor]> = [];
  for (const [modulePrefix, module] of recurse ? namedModules(self, prefix) : [[prefix, self] as [string, PyValue]]) {
    for (const [name, value] of dictItems(state(module)[registry])) {
      if (value === None || seen.has(value)) continue;
      seen.add(value);
      out.push([modulePrefix ? `${modulePrefix}.${name}` : name, value as PyTensor]);
    }
  }
  return out;
}

export const namedParameters = (self: PyValue): Array<[string, PyTensor]> => namedMembers(self, 'parameters');

/** The module's own parameters (not its submodules'), as named_parameters(recurse=False) lists them. */
export const ownParameters = (self: PyValue): Array<[string, PyTensor]> => namedMembers(self, 'parameters', '', false);

/** get_submodule(target): the module at a dotted path, with PyTorch's errors for a missing or non-module step. */
function submodule(root: PyValue, target: string): PyValue {
  let module = root;
  if (target === '') return module;
  for (const item of target.split('.')) {
    if (!hasAttribute(module, item)) throw pyError(AttributeError, `${typeOf(module).name} has no attribute \`${item}\``);
    module = getAttr(module, item);
    if (!isModule(module)) throw pyError(AttributeError, `\`${item}\` is not an nn.Module`);
  }
  return module;
}

/** The module holding the last name of a dotted path, and that name (get_parameter/get_buffer check it exists). */
function memberOwner(root: PyValue, target: string): [PyValue, string] {
  const split = target.lastIndexOf('.');
  const owner = submodule(root, split < 0 ? '' : target.slice(0, split));
  const name = target.slice(split + 1);
  if (!hasAttribute(owner, name)) throw pyError(AttributeError, `${typeOf(owner).name} has no attribute \`${name}\``);
  return [owner, name];
}

/** A registered parameter, buffer or submodule by name, or an instance attribute; undefined if none. */
export function member(self: PyValue, name: string): PyValue | undefined {
  const s = stateOrUndefined(self);
  return (s && (dictGet(s.parameters, name) ?? dictGet(s.buffers, name) ?? dictGet(s.modules, name))) ?? instanceDict(self).get(name);
}

/** A native generator over `items`, shown as `<generator object Module.name at ...>` like PyTorch's. */
export function iterator(items: PyValue[], method: string): PyIterator {
  let i = 0;
  return new PyIterator(iteratorTypeNamed('generator'), () => (i < items.length ? items[i++] : undefined), `Module.${method}`);
}

const pair = ([name, value]: [string, PyValue]) => new PyTuple([name, value]);

// ---- state_dict

/** state_dict(): parameters then persistent buffers of each module, depth first, detached unless keep_vars. */
function stateDict(self: PyValue, destination: PyDict, prefix: string, keepVars: boolean): PyDict {
  const s = state(self);
  // Each module's format version, under its prefix, for load_state_dict's upgrades (and torch.save's bytes).
  const metadata = destination.dict?.get('_metadata');
  if (metadata instanceof PyDict) {
    const version = new PyDict();
    dictSet(version, 'version', getAttr(self, '_version'));
    dictSet(metadata, prefix.slice(0, -1), version);
  }
  const save = (name: string, value: PyValue) => dictSet(destination, prefix + name, keepVars ? value : wrapTensor(engine.detach((value as PyTensor).tensor)));
  for (const [name, value] of dictItems(s.parameters)) if (value !== None) save(name, value);
  for (const [name, value] of dictItems(s.buffers)) if (value !== None && !s.nonPersistent.items.has(name)) save(name, value);
  for (const [name, child] of dictItems(s.modules)) if (child !== None) stateDict(child, destination, `${prefix}${name}.`, keepVars);
  return destination;
}

const incompatibleKeysType = new PyType('_IncompatibleKeys', [objectType], 'torch.nn.modules.module');
incompatibleKeysType.instancesHaveDict = true;

function incompatibleKeys(missing: string[], unexpected: string[]): PyObject {
  const keys = new PyObject(incompatibleKeysType);
  keys.dict = new Map<string, PyValue>([
    ['missing_keys', new PyList(missing)],
    ['unexpected_keys', new PyList(unexpected)],
  ]);
  return keys;
}

defineNative(incompatibleKeysType, {
  __repr__: (args) => {
    const dict = instanceDict(args[0]!);
    const missing = dict.get('missing_keys') as PyList;
    const unexpected = dict.get('unexpected_keys') as PyList;
    if (!missing.items.length && !unexpected.items.length) return '<All keys matched successfully>';
    return `_IncompatibleKeys(missing_keys=${repr(missing)}, unexpected_keys=${repr(unexpected)})`;
  },
});

const shapeText = (tensor: Tensor) => `torch.Size([${tensor.shape.join(', ')}])`;

/**
 * load_state_dict: copies matching tensors in place and reports missing and unexpected keys; in strict mode
 * they are errors, listed with size mismatches in PyTorch's message.
 */
function loadStateDict(self: PyValue, source: PyValue, strict: boolean): PyValue {
  if (!(source instanceof PyDict)) throw pyError(TypeError, `Expected state_dict to be dict-like, got ${repr(typeOf(source))}.`);
  const missing: string[] = [];
  const unexpected: string[] = [];
  const errors: string[] = [];
  const load = (module: PyValue, entries: Array<[string, PyValue]>, prefix: string) => {
    const s = state(module);
    const local = new Map<string, PyTensor>();
    for (const [name, value] of dictItems(s.parameters)) if (value !== None) local.set(name, value as PyTensor);
    for (const [name, value] of dictItems(s.buffers)) if (value !== None && !s.nonPersistent.items.has(name)) local.set(name, value as PyTensor);
    const given = new Map(entries);
    for (const [name, target] of local) {
      const key = prefix + name;
      const value = given.get(key);
      if (value === undefined) {
        missing.push(key);
        continue;
      }
      if (!(value instanceof PyTensor)) {
        errors.push(`While copying the parameter named "${key}", expected torch.Tensor or Tensor-like object from checkpoint but received ${repr(typeOf(value))}`);
        continue;
      }
      let input = value.tensor;
      if (target.tensor.ndim === 0 && input.ndim === 1) input = engine.select(input, 0, 0);
      if (input.shape.length !== target.tensor.shape.length || input.shape.some((size, d) => size !== target.tensor.shape[d])) {
        errors.push(`size mismatch for ${key}: copying a param with shape ${shapeText(input)} from checkpoint, the shape in current model is ${shapeText(target.tensor)}.`);
        continue;
      }
      engine.withGradMode(false, () => engine.copyInPlace(target.tensor, input));
    }
    for (const [key] of entries) {
      if (!key.startsWith(prefix)) continue;
      const name = key.slice(prefix.length).split('.')[0]!;
      if (!s.modules.entries.has(name) && !local.has(name)) unexpected.push(key);
    }
    for (const [name, child] of dictItems(s.modules)) {
      if (child === None) continue;
      const childPrefix = `${prefix}${name}.`;
      load(child, entries.filter(([key]) => key.startsWith(childPrefix)), childPrefix);
    }
  };
  const entries = [...source.entries.values()].map((e): [string, PyValue] => [e.key as string, e.value]);
  load(self, entries, '');
  if (strict) {
    if (unexpected.length) errors.unshift(`Unexpected key(s) in state_dict: ${unexpected.map((k) => `"${k}"`).join(', ')}. `);
    if (missing.length) errors.unshift(`Missing key(s) in state_dict: ${missing.map((k) => `"${k}"`).join(', ')}. `);
  }
  if (errors.length) throw pyError(RuntimeError, `Error(s) in loading state_dict for ${typeOf(self).name}:\n\t${errors.join('\n\t')}`);
  return incompatibleKeys(missing, unexpected);
}

// ---- calling, hooks

function registerHook(self: PyValue, registry: 'forwardHooks' | 'forwardPreHooks', hook: PyValue): PyValue {
  const hooks = state(self)[registry];
  const handle = removableHandle((id) => hooks.entries.delete(id));
  hooks.entries.set(handle.id, { key: handle.id, value: hook });
  return handle;
}

const BOTH_BACKWARD_HOOK_KINDS = 'Cannot use both regular backward hooks and full backward hooks on a single Module. Please use only one of them.';

/** register_full_backward_hook and register_backward_hook: a module's hooks are all full or all of the deprecated kind. */
function registerBackwardHook(self: PyValue, full: boolean, hook: PyValue): PyValue {
  const dict = instanceDict(self);
  if (dict.get('_is_full_backward_hook') === !full) throw pyError(RuntimeError, BOTH_BACKWARD_HOOK_KINDS);
  dict.set('_is_full_backward_hook', full);
  const hooks = dict.get('_backward_hooks') as PyDict;
  const handle = removableHandle((id) => hooks.entries.delete(id));
  hooks.entries.set(handle.id, { key: handle.id, value: hook });
  return handle;
}

/** Module.__call__: forward pre-hooks may replace the input, forward hooks the output; backward hooks wrap both. */
function callModule(args: PyValue[], kwargs: Kwargs): PyValue {
  const self = args[0]!;
  const s = state(self);
  const forward = getAttr(self, 'forward');
  const isFull = instanceDict(self).get('_is_full_backward_hook');
  const backwardHooks = isFull === None ? [] : [...(instanceDict(self).get('_backward_hooks') as PyDict).entries.values()].map((entry) => entry.value);
  if (!s.forwardHooks.entries.size && !s.forwardPreHooks.entries.size && !backwardHooks.length) return call(forward, args.slice(1), kwargs);
  let input = new PyTuple(args.slice(1));
  for (const { value: hook } of [...s.forwardPreHooks.entries.values()]) {
    const result = call(hook, [self, input]);
    if (result !== None) input = result instanceof PyTuple ? result : new PyTuple([result]);
  }
  const backwardHook = isFull === true && backwardHooks.length ? new BackwardHook(self, backwardHooks) : undefined;
  if (backwardHook) input = new PyTuple(backwardHook.setupInput(input.items));
  let output = call(forward, [...input.items], kwargs);
  for (const { value: hook } of [...s.forwardHooks.entries.values()]) {
    const result = call(hook, [self, input, output]);
    if (result !== None) output = result;
  }
  if (backwardHook) return backwardHook.setupOutput(output);
  if (isFull === false && backwardHooks.length) attachNonFullBackwardHooks(self, backwardHooks, input, output);
  return output;
}

// ---- repr

/** "\n"-joined lines after the first indented by `spaces` (PyTorch's _addindent). */
function addIndent(text: string, spaces: number): string {
  const lines = text.split('\n');
  if (lines.length === 1) return text;
  return [lines[0], ...lines.slice(1).map((line) => ' '.repeat(spaces) + line)].join('\n');
}

/** PyTorch's Module.__repr__: extra_repr() on one line, or extra lines and children indented one per line. */
function moduleRepr(self: PyValue): string {
  const extra = call(getAttr(self, 'extra_repr'), []);
  const extraLines = typeof extra === 'string' && extra ? extra.split('\n') : [];
  const childLines = dictItems(state(self).modules).map(([name, child]) => `(${name}): ${addIndent(repr(child), 2)}`);
  const lines = [...extraLines, ...childLines];
  let text = `${typeOf(self).name}(`;
  if (lines.length) text += extraLines.length === 1 && !childLines.length ? extraLines[0] : `\n  ${lines.join('\n  ')}\n`;
  return `${text})`;
}

// ---- conversions

/**
 * Module._apply: children first, then each parameter and its grad keep their Python objects and take the
 * converted data (as PyTorch's `param.data = fn(param)`, so optimizers built earlier still hold them), while
 * buffers are replaced by the converted tensors.
 */
function applyToTensors(self: PyValue, convert: (tensor: Tensor) => Tensor): PyValue {
  for (const [, child] of children(self)) applyToTensors(child, convert);
  const s = state(self);
  const converted = (tensor: Tensor) => engine.withGradMode(false, () => convert(tensor));
  for (const [, value] of dictItems(s.parameters)) {
    if (value === None) continue;
    const parameter = (value as PyTensor).tensor;
    engine.setData(parameter, converted(parameter));
    const grad = parameter.gradValue;
    if (grad) engine.setData(grad, converted(grad));
  }
  for (const [name, value] of dictItems(s.buffers)) if (value !== None) dictSet(s.buffers, name, wrapTensor(converted((value as PyTensor).tensor)));
  return self;
}

/** double(), float(), to(dtype): floating tensors take the dtype, others stay as they are. */
const convertFloating = (self: PyValue, dtype: engine.DType): PyValue =>
  applyToTensors(self, (tensor) => (tensor.dtype === 'float32' || tensor.dtype === 'float64' ? engine.toDtype(tensor, dtype) : tensor));

/** Module.type(dst_type): every tensor converted as Tensor.type(dst_type) converts it. */
const convertAll = (self: PyValue, dstType: PyValue): PyValue => applyToTensors(self, (tensor) => (call(getAttr(wrapTensor(tensor), 'type'), [dstType]) as PyTensor).tensor);

const unsupportedFloat = (method: string, dtype: string) => () => {
  throw notImplemented(`Module.${method}(): ${dtype} is not supported in agnb (its floating dtypes are float32 and float64)`);
};

/** Module.to(device=None, dtype=None) / to(dtype) / to(tensor): only the CPU device exists. */
function moduleTo(args: PyValue[], kwargs: Kwargs): PyValue {
  const a = bindArguments('to', 'self, device=, dtype=, non_blocking=', args, kwargs);
  let dtype = a.raw('dtype');
  const first = a.raw('device');
  if (first instanceof PyTensor) dtype = dtypeObjects[first.tensor.dtype];
  else if (first !== undefined && dtype === undefined && typeOf(first).name === 'dtype') dtype = first;
  else if (first !== undefined && !(typeof first === 'string' && first.startsWith('cpu')) && typeOf(first).name !== 'device') {
    throw notImplemented(`Module.to(): ${repr(first)} is not a device agnb supports (only 'cpu')`);
  }
  if (dtype === undefined) return args[0]!;
  const target = dtypeOf(dtype, 'to(): argument dtype');
  if (target !== 'float32' && target !== 'float64') {
    throw pyError(TypeError, `nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=${repr(dtype)}`);
  }
  return convertFloating(args[0]!, target);
}

// ---- the Module type

export type Method = (args: PyValue[], kwargs: Kwargs) => PyValue;

function defineNative(type: PyType, methods: Record<string, Method>): void {
  for (const [name, fn] of Object.entries(methods)) type.dict.set(name, nativeFunction(name, fn, type.name));
}

const selfAnd = (name: string, signature: string, args: PyValue[], kwargs: Kwargs) => bindPythonArguments(`Module.${name}`, `self, ${signature}`, args, kwargs);

/** The state_dict format version of a module class (PyTorch's `_version`), raised by classes whose format changed. */
moduleType.dict.set('_version', 1);

defineNative(moduleType, {
  __init__: (args) => {
    initState(args[0]!);
    return None;
  },
  __setattr__: (args) => {
    moduleSetAttr(args[0]!, args[1] as string, args[2]!);
    return None;
  },
  __getattr__: (args) => moduleGetAttr(args[0]!, args[1] as string),
  __delattr__: (args) => {
    moduleDelAttr(args[0]!, args[1] as string);
    return None;
  },
  __call__: callModule,
  forward: (args) => {
    throw notImplemented(`Module [${typeOf(args[0]!).name}] is missing the required "forward" function`);
  },
  __repr__: (args) => moduleRepr(args[0]!),
  extra_repr: () => '',
  _get_name: (args) => typeOf(args[0]!).name,
  register_parameter: (args, kwargs) => {
    const a = selfAnd('register_parameter', 'name, param', args, kwargs);
    registerParameter(args[0]!, a.raw('name') ?? None, a.raw('param') ?? None);
    return None;
  },
  register_buffer: (args, kwargs) => {
    const a = selfAnd('register_buffer', 'name, tensor, persistent=', args, kwargs);
    registerBuffer(args[0]!, a.raw('name') ?? None, a.raw('tensor') ?? None, a.bool('persistent', true));
    return None;
  },
  add_module: (args, kwargs) => {
    const a = selfAnd('add_module', 'name, module', args, kwargs);
    addModule(args[0]!, a.raw('name') ?? None, a.raw('module') ?? None);
    return None;
  },
  register_module: (args, kwargs) => {
    const a = selfAnd('register_module', 'name, module', args, kwargs);
    addModule(args[0]!, a.raw('name') ?? None, a.raw('module') ?? None);
    return None;
  },
  get_submodule: (args) => submodule(args[0]!, args[1] as string),
  get_parameter: (args) => {
    const [owner, name] = memberOwner(args[0]!, args[1] as string);
    const value = getAttr(owner, name);
    if (!(value instanceof PyTensor && value.tensor.isParameter)) throw pyError(AttributeError, `\`${name}\` is not an nn.Parameter`);
    return value;
  },
  get_buffer: (args) => {
    const [owner, name] = memberOwner(args[0]!, args[1] as string);
    const value = getAttr(owner, name);
    if (state(owner).buffers.entries.get(name) === undefined) throw pyError(AttributeError, `\`${name}\` is not a buffer`);
    return value;
  },
  parameters: (args, kwargs) => iterator(namedMembers(args[0]!, 'parameters', '', selfAnd('parameters', 'recurse=', args, kwargs).bool('recurse', true)).map(([, p]) => p), 'parameters'),
  named_parameters: (args, kwargs) => {
    const a = selfAnd('named_parameters', 'prefix=, recurse=', args, kwargs);
    return iterator(namedMembers(args[0]!, 'parameters', a.string('prefix', ''), a.bool('recurse', true)).map(pair), 'named_parameters');
  },
  buffers: (args, kwargs) => iterator(namedMembers(args[0]!, 'buffers', '', selfAnd('buffers', 'recurse=', args, kwargs).bool('recurse', true)).map(([, b]) => b), 'buffers'),
  named_buffers: (args, kwargs) => {
    const a = selfAnd('named_buffers', 'prefix=, recurse=', args, kwargs);
    return iterator(namedMembers(args[0]!, 'buffers', a.string('prefix', ''), a.bool('recurse', true)).map(pair), 'named_buffers');
  },
  children: (args) => iterator(children(args[0]!).map(([, child]) => child), 'children'),
  named_children: (args) => iterator(children(args[0]!).map(pair), 'named_children'),
  modules: (args) => iterator(namedModules(args[0]!).map(([, module]) => module), 'modules'),
  named_modules: (args, kwargs) => {
    const a = selfAnd('named_modules', 'memo=, prefix=, remove_duplicate=', args, kwargs);
    const memo = a.raw('memo') instanceof PySet ? new Set(((a.raw('memo') as PySet).items.values())) : new Set<PyValue>();
    return iterator(namedModules(args[0]!, a.string('prefix', ''), a.bool('remove_duplicate', true) ? memo : null).map(pair), 'named_modules');
  },
  state_dict: (args, kwargs) => {
    const a = selfAnd('state_dict', '*, destination=, prefix=, keep_vars=', args, kwargs);
    const given = a.raw('destination');
    let destination = given instanceof PyDict ? given : undefined;
    if (!destination) {
      destination = newOrderedDict();
      destination.dict!.set('_metadata', newOrderedDict());
    }
    return stateDict(args[0]!, destination, a.string('prefix', ''), a.bool('keep_vars'));
  },
  load_state_dict: (args, kwargs) => {
    const a = selfAnd('load_state_dict', 'state_dict, strict=', args, kwargs);
    return loadStateDict(args[0]!, a.raw('state_dict') ?? None, a.bool('strict', true));
  },
  register_forward_hook: (args, kwargs) => registerHook(args[0]!, 'forwardHooks', selfAnd('register_forward_hook', 'hook', args, kwargs).raw('hook') ?? None),
  register_full_backward_hook: (args, kwargs) => registerBackwardHook(args[0]!, true, selfAnd('register_full_backward_hook', 'hook', args, kwargs).raw('hook') ?? None),
  register_backward_hook: (args, kwargs) => registerBackwardHook(args[0]!, false, selfAnd('register_backward_hook', 'hook', args, kwargs).raw('hook') ?? None),
  register_forward_pre_hook: (args, kwargs) => registerHook(args[0]!, 'forwardPreHooks', selfAnd('register_forward_pre_hook', 'hook', args, kwargs).raw('hook') ?? None),
  // PyTorch 1.13's default, set_to_none=False: gradients are detached and zeroed in place.
  zero_grad: (args, kwargs) => {
    const setToNone = selfAnd('zero_grad', 'set_to_none=', args, kwargs).bool('set_to_none');
    for (const [, parameter] of namedParameters(args[0]!)) {
      const tensor = parameter.tensor;
      const grad = tensor.gradValue;
      if (!grad) continue;
      if (setToNone) tensor.gradValue = null;
      else {
        const detached = grad.gradFn ? engine.detach(grad) : grad;
        detached.requiresGrad = false;
        tensor.gradValue = detached;
        engine.withGradMode(false, () => engine.zeroInPlace(detached));
      }
    }
    return None;
  },
  train: (args, kwargs) => {
    const mode = selfAnd('train', 'mode=', args, kwargs).raw('mode') ?? true;
    if (typeof mode !== 'boolean') throw pyError(ValueError, 'training mode is expected to be boolean');
    for (const [, module] of namedModules(args[0]!, '', null)) instanceDict(module).set('training', mode);
    return args[0]!;
  },
  eval: (args) => call(getAttr(args[0]!, 'train'), [false]),
  requires_grad_: (args, kwargs) => {
    const value = selfAnd('requires_grad_', 'requires_grad=', args, kwargs).bool('requires_grad', true);
    for (const [, parameter] of namedParameters(args[0]!)) setRequiresGrad(parameter.tensor, value);
    return args[0]!;
  },
  apply: (args, kwargs) => {
    const fn = selfAnd('apply', 'fn', args, kwargs).raw('fn') ?? None;
    for (const [, child] of children(args[0]!)) call(getAttr(child, 'apply'), [fn]);
    call(fn, [args[0]!]);
    return args[0]!;
  },
  to: moduleTo,
  double: (args) => convertFloating(args[0]!, 'float64'),
  float: (args) => convertFloating(args[0]!, 'float32'),
  half: unsupportedFloat('half', 'float16'),
  bfloat16: unsupportedFloat('bfloat16', 'bfloat16'),
  type: (args, kwargs) => convertAll(args[0]!, selfAnd('type', 'dst_type', args, kwargs).raw('dst_type') ?? None),
  cpu: (args) => args[0]!,
  __dir__: (args) => {
    const s = state(args[0]!);
    const names = new Set<string>();
    for (const type of typeOf(args[0]!).mro) for (const key of type.dict.keys()) names.add(key);
    for (const key of instanceDict(args[0]!).keys()) names.add(key);
    for (const registry of [s.parameters, s.modules, s.buffers]) for (const [key] of dictItems(registry)) names.add(key);
    return new PyList([...names].filter((key) => !/^\d/.test(key)).sort());
  },
});

// ---- building native layers

/** A native Module subclass: its __init__ reads the constructor arguments, forward computes. */
export function moduleClass(name: string, file: string, methods: Record<string, Method>): PyType {
  const type = new PyType(name, [moduleType], `${MODULE_PATH}.${file}`);
  defineNative(type, methods);
  return type;
}

/** Module.__init__ (unless `fresh` is false) then `self.key = value` for each entry: Parameters and Modules register themselves. */
export function initModule(self: PyValue, values: Record<string, PyValue>, fresh = true): PyValue {
  if (fresh) initState(self);
  for (const [key, value] of Object.entries(values)) moduleSetAttr(self, key, value);
  return None;
}

/** A registered parameter or buffer of a native layer (undefined when None). */
export function tensorAttribute(self: PyValue, name: string): Tensor | undefined {
  const s = state(self);
  const value = dictGet(s.parameters, name) ?? dictGet(s.buffers, name) ?? getAttrOrUndefined(self, name);
  return value instanceof PyTensor ? value.tensor : undefined;
}

/** A new Parameter of the default dtype drawn uniform(-bound, bound) from the default generator. */
export function newParameter(shape: number[], bound: number): PyTensor {
  return parameterFrom(uniformTensor(shape, bound));
}

export function uniformTensor(shape: number[], bound: number): Tensor {
  const tensor = engine.zeros(shape, engine.defaultFloatDtype());
  random.uniform(random.defaultGenerator, tensor.storage as Float32Array | Float64Array, -bound, bound);
  return tensor;
}

/**
 * Marks a fresh tensor as a Parameter that requires grad and returns its Python object. Its version is 1: PyTorch
 * creates it empty and reset_parameters() fills it with one in-place init.
 */
export function parameterFrom(tensor: Tensor): PyTensor {
  tensor.isParameter = true;
  tensor.requiresGrad = true;
  markInitialized(tensor);
  return toPythonResult(tensor) as PyTensor;
}

/** One in-place initialisation (normal_, fill_, zero_, ...) counted on the version, as in a layer's reset. */
export function markInitialized(tensor: Tensor): Tensor {
  tensor.version.value++;
  return tensor;
}

// ---- layers configured by constructor arguments

/** Classes whose __init__ or forward PyTorch inherits from a base class, which CPython's argument errors name. */
const INIT_OWNERS: Record<string, string> = {
  Dropout: '_DropoutNd',
  Dropout1d: '_DropoutNd',
  Dropout2d: '_DropoutNd',
  Dropout3d: '_DropoutNd',
  AlphaDropout: '_DropoutNd',
  FeatureAlphaDropout: '_DropoutNd',
  Softsign: 'Module',
  Tanhshrink: 'Module',
  LogSigmoid: 'Module',
  Softmax2d: 'Module',
  BatchNorm1d: '_BatchNorm',
  BatchNorm2d: '_BatchNorm',
  MaxPool2d: '_MaxPoolNd',
  AdaptiveAvgPool2d: '_AdaptiveAvgPoolNd',
  Sigmoid: 'Module',
  Tanh: 'Module',
};
const FORWARD_OWNERS: Record<string, string> = { BatchNorm1d: '_BatchNorm', BatchNorm2d: '_BatchNorm' };

/** The qualified name of a layer's __init__ or forward as a bad call's TypeError shows it (`_BatchNorm.forward`). */
export const initQualname = (name: string): string => `${INIT_OWNERS[name] ?? name}.__init__`;
export const forwardQualname = (name: string): string => `${FORWARD_OWNERS[name] ?? name}.forward`;

export interface LayerDefinition {
  /** The constructor's parameters after self, PyTorch's names and defaults (see args.ts). */
  signature: string;
  /** The attributes __init__ sets, in PyTorch's order (Parameters and buffers register themselves). */
  init: (a: BoundArgs, self: PyValue) => Record<string, PyValue>;
  /** The parameters of forward after self (PyTorch's names); one input tensor by default. */
  forwardSignature?: string;
  /** forward's first argument as a tensor, and all of forward's bound arguments. */
  forward: (self: PyValue, input: Tensor, args: BoundArgs) => Tensor | PyValue;
  extraRepr?: (self: PyValue) => string;
}

/** A layer class: __init__ binds the arguments, forward gets the input tensor, extra_repr formats the config. */
export function layerClass(name: string, file: string, definition: LayerDefinition): PyType {
  const type = moduleClass(name, file, {
    __init__: (args, kwargs) => initModule(args[0]!, definition.init(bindPythonArguments(initQualname(name), `self, ${definition.signature}`, args, kwargs), args[0]!)),
    forward: (args, kwargs) => {
      const signature = definition.forwardSignature ?? 'input';
      const bound = bindPythonArguments(forwardQualname(name), `self, ${signature}`, args, kwargs);
      return toPythonResult(definition.forward(args[0]!, bound.tensor(signature.split(',')[0]!.trim()), bound));
    },
    extra_repr: (args) => (definition.extraRepr ? definition.extraRepr(args[0]!) : ''),
  });
  // Signature help for `nn.Name(` shows the constructor's parameters.
  const init = type.dict.get('__init__');
  if (init instanceof PyNativeFunction) registerSignature(init.fn, name, `self, ${definition.signature}`, true);
  return type;
}

/** An attribute of a layer as Python's str() shows it (for extra_repr). */
export const attrText = (self: PyValue, name: string): string => str(getAttr(self, name));

/** A numeric attribute of a layer. */
export const attrNumber = (self: PyValue, name: string): number => floatValue(getAttr(self, name)) ?? NaN;

/** A Python float for a default argument value. */
export const pyFloat = (value: number): PyFloat => new PyFloat(value);
