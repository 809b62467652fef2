// Containers: Sequential (runs its children in order), ModuleList and ModuleDict, all keeping their modules
// in `_modules` like any module, with PyTorch's indexing, slicing and editing rules.
import { None, typeName, type PyType, type PyValue } from '../../python/objects/core';
import { PyDict, PyIterator, PyList, PySlice, PyTuple, iteratorTypeNamed } from '../../python/objects/containers';
import { AssertionError, IndexError, TypeError, ValueError, pyError } from '../../python/objects/exceptions';
import { call } from '../../python/ops/call';
import { getAttr, setAttr, delAttr } from '../../python/ops/attr';
import { requireIndex } from '../../python/ops/convert';
import { isIterable, toArray } from '../../python/ops/iter';
import { delItem, getItem, len, sliceIndices } from '../../python/ops/sequence';
import { dictItems, dictSet, initModule, isModule, moduleClass, newOrderedDict, type Method } from './module';
import { bindPythonArguments } from '../pythonArgs';

const modulesOf = (self: PyValue): PyDict => getAttr(self, '_modules') as PyDict;
const callOn = (self: PyValue, name: string, args: PyValue[]) => call(getAttr(self, name), args);
const addModule = (self: PyValue, name: string, module: PyValue) => callOn(self, 'add_module', [name, module]);

/** The position an int index names, PyTorch's IndexError when out of range. */
function position(self: PyValue, index: PyValue): number {
  const size = modulesOf(self).entries.size;
  const i = Number(requireIndex(index));
  if (i < -size || i >= size) throw pyError(IndexError, `index ${i} is out of range`);
  return i < 0 ? i + size : i;
}

/** The keys of `_modules` a slice selects. */
function slicedKeys(self: PyValue, slice: PySlice): string[] {
  const keys = dictItems(modulesOf(self)).map(([key]) => key);
  const { start, step, count } = sliceIndices(slice, keys.length);
  return Array.from({ length: count }, (_, k) => keys[start + k * step]!);
}

const keyAt = (self: PyValue, index: PyValue) => dictItems(modulesOf(self))[position(self, index)]![0];
const moduleValues = (self: PyValue) => dictItems(modulesOf(self)).map(([, module]) => module);

/** iter() over `_modules`' values or keys, as the containers return it. */
function valuesIterator(items: PyValue[]): PyIterator {
  let i = 0;
  return new PyIterator(iteratorTypeNamed('odict_iterator'), () => (i < items.length ? items[i++] : undefined));
}

/** Methods every container shares. */
const common: Record<string, Method> = {
  __len__: (args) => modulesOf(args[0]!).entries.size,
  __iter__: (args) => valuesIterator(moduleValues(args[0]!)),
};

// ---- Sequential

/** After a deletion the keys are renumbered 0..n-1, as Sequential and ModuleList do. */
function renumber(self: PyValue): void {
  const modules = modulesOf(self);
  const values = dictItems(modules).map(([, module]) => module);
  modules.entries.clear();
  values.forEach((module, i) => dictSet(modules, String(i), module));
}


const sequentialType: PyType = moduleClass('Sequential', 'container', {
  ...common,
  __init__: (args, kwargs) => {
    const self = args[0]!;
    const unexpected = kwargs?.keys().next();
    if (unexpected && !unexpected.done) throw pyError(TypeError, `Sequential.__init__() got an unexpected keyword argument '${unexpected.value}'`);
    initModule(self, {});
    const given = args.slice(1);
    if (given.length === 1 && given[0] instanceof PyDict && given[0].cls.name === 'OrderedDict') {
      for (const [key, module] of dictItems(given[0])) addModule(self, key, module);
    } else given.forEach((module, i) => addModule(self, String(i), module));
    return None;
  },
  forward: (args, kwargs) => {
    const input = bindPythonArguments('Sequential.forward', 'self, input', args, kwargs).raw('input') ?? None;
    return moduleValues(args[0]!).reduce<PyValue>((value, module) => call(module, [value]), input);
  },
  __getitem__: (args) => {
    const [self, index] = args as [PyValue, PyValue];
    if (index instanceof PySlice) {
      const selected = newOrderedDict();
      const modules = modulesOf(self);
      for (const key of slicedKeys(self, index)) dictSet(selected, key, modules.entries.get(key)!.value);
      return call(getAttr(self, '__class__'), [selected]);
    }
    return dictItems(modulesOf(self))[position(self, index)]![1];
  },
  __setitem__: (args) => {
    setAttr(args[0]!, keyAt(args[0]!, args[1]!), args[2]!);
    return None;
  },
  __delitem__: (args) => {
    const [self, index] = args as [PyValue, PyValue];
    for (const key of index instanceof PySlice ? slicedKeys(self, index) : [keyAt(self, index)]) delAttr(self, key);
    renumber(self);
    return None;
  },
  append: (args) => {
    addModule(args[0]!, String(len(args[0]!)), args[1]!);
    return args[0]!;
  },
  extend: (args) => {
    for (const module of toArray(args[1]!)) callOn(args[0]!, 'append', [module]);
    return args[0]!;
  },
  insert: (args) => insertModule(args[0]!, args[1]!, args[2]!, true),
  pop: (args) => popModule(args[0]!, args[1]!),
});

/** insert(index, module): later modules move up one key. Sequential checks its arguments and returns itself. */
function insertModule(self: PyValue, index: PyValue, module: PyValue, sequential: boolean): PyValue {
  const modules = modulesOf(self);
  const size = modules.entries.size;
  let i = Number(requireIndex(index));
  if (sequential) {
    if (!isModule(module)) throw pyError(AssertionError, "module should be of type: <class 'torch.nn.modules.module.Module'>");
    if (i < -size || i > size) throw pyError(IndexError, `Index out of range: ${i}`);
    if (i < 0) i += size;
  }
  for (let k = size; k > i; k--) dictSet(modules, String(k), modules.entries.get(String(k - 1))!.value);
  dictSet(modules, String(i), module);
  return sequential ? self : None;
}

function popModule(self: PyValue, index: PyValue): PyValue {
  const module = call(getAttr(self, '__getitem__'), [index]);
  call(getAttr(self, '__delitem__'), [index]);
  return module;
}

// ---- ModuleList

function extendList(self: PyValue, modules: PyValue): PyValue {
  if (!isIterable(modules)) throw pyError(TypeError, `ModuleList.extend should be called with an iterable, but got ${typeName(modules)}`);
  const offset = len(self);
  toArray(modules).forEach((module, i) => addModule(self, String(offset + i), module));
  return self;
}

const moduleListType: PyType = moduleClass('ModuleList', 'container', {
  ...common,
  __init__: (args) => {
    initModule(args[0]!, {});
    if (args[1] !== undefined && args[1] !== None) extendList(args[0]!, args[1]);
    return None;
  },
  __getitem__: (args) => {
    const [self, index] = args as [PyValue, PyValue];
    if (index instanceof PySlice) {
      const modules = modulesOf(self);
      return call(getAttr(self, '__class__'), [new PyList(slicedKeys(self, index).map((key) => modules.entries.get(key)!.value))]);
    }
    return dictItems(modulesOf(self))[position(self, index)]![1];
  },
  __setitem__: (args) => {
    setAttr(args[0]!, String(position(args[0]!, args[1]!)), args[2]!);
    return None;
  },
  __delitem__: (args) => {
    const [self, index] = args as [PyValue, PyValue];
    for (const key of index instanceof PySlice ? slicedKeys(self, index) : [String(position(self, index))]) delAttr(self, key);
    renumber(self);
    return None;
  },
  __iadd__: (args) => extendList(args[0]!, args[1]!),
  __add__: (args) => {
    const combined = call(moduleListType, []);
    for (const module of [...moduleValues(args[0]!), ...toArray(args[1]!)]) callOn(combined, 'append', [module]);
    return combined;
  },
  append: (args) => {
    addModule(args[0]!, String(len(args[0]!)), args[1]!);
    return args[0]!;
  },
  extend: (args) => extendList(args[0]!, args[1]!),
  insert: (args) => insertModule(args[0]!, args[1]!, args[2]!, false),
  pop: (args) => popModule(args[0]!, args[1]!),
});

// ---- ModuleDict

function updateDict(self: PyValue, modules: PyValue): void {
  if (!isIterable(modules)) throw pyError(TypeError, `ModuleDict.update should be called with an iterable of key/value pairs, but got ${typeName(modules)}`);
  if (modules instanceof PyDict || typeName(modules) === 'ModuleDict') {
    for (const item of toArray(callOn(modules, 'items', []))) {
      const [key, module] = (item as PyTuple).items;
      call(getAttr(self, '__setitem__'), [key!, module!]);
    }
    return;
  }
  toArray(modules).forEach((item, j) => {
    if (!isIterable(item)) throw pyError(TypeError, `ModuleDict update sequence element #${j} should be Iterable; is${typeName(item)}`);
    const pairItems = toArray(item);
    if (pairItems.length !== 2) throw pyError(ValueError, `ModuleDict update sequence element #${j} has length ${pairItems.length}; 2 is required`);
    call(getAttr(self, '__setitem__'), pairItems);
  });
}

const dictView = (name: string) => (args: PyValue[]) => callOn(modulesOf(args[0]!), name, []);

const moduleDictType: PyType = moduleClass('ModuleDict', 'container', {
  __init__: (args) => {
    initModule(args[0]!, {});
    if (args[1] !== undefined && args[1] !== None) updateDict(args[0]!, args[1]);
    return None;
  },
  __len__: (args) => modulesOf(args[0]!).entries.size,
  __iter__: (args) => valuesIterator(dictItems(modulesOf(args[0]!)).map(([key]) => key)),
  __contains__: (args) => modulesOf(args[0]!).entries.has(args[1] as string),
  __getitem__: (args) => getItem(modulesOf(args[0]!), args[1]!),
  __setitem__: (args) => {
    addModule(args[0]!, args[1] as string, args[2]!);
    return None;
  },
  __delitem__: (args) => {
    delItem(modulesOf(args[0]!), args[1]!);
    return None;
  },
  keys: dictView('keys'),
  items: dictView('items'),
  values: dictView('values'),
  clear: dictView('clear'),
  pop: (args) => popModule(args[0]!, args[1]!),
  update: (args) => {
    updateDict(args[0]!, args[1]!);
    return None;
  },
});

export const CONTAINER_MODULES: Record<string, PyType> = { Sequential: sequentialType, ModuleList: moduleListType, ModuleDict: moduleDictType };
