// list, tuple, dict, set, frozenset, range and slice: constructors and methods.
import {
  None,
  PyObject,
  PyType,
  dictType,
  frozensetType,
  listType,
  rangeType,
  setType,
  sliceType,
  tupleType,
  typeOf,
  type Kwargs,
  type PyValue,
} from '../objects/core';
import { PyDict, PyDictView, PyList, PyRange, PySet, PySlice, PyTuple } from '../objects/containers';
import { KeyError, PyException, indexError, typeError, valueError } from '../objects/exceptions';
import { PyClassMethod, PyNativeFunction } from '../objects/functions';
import { getAttr } from '../ops/attr';
import { call, callMethod, initInstance } from '../ops/call';
import { equals, lessThan } from '../ops/compare';
import { repr, requireIndex, truthy } from '../ops/convert';
import { hashKey, setIterationOrder } from '../ops/hash';
import { isIterable, iterate, toArray } from '../ops/iter';
import { containerItem, delContainerItem, getItem, setContainerItem, sliceIndices } from '../ops/sequence';
import { arity, defineGetters, defineMethods, keywords, methodArity, noKeywords } from './define';

/** Gives instances of user subclasses of built-in containers an attribute dict. */
function withDict<T extends PyObject>(obj: T, cls: PyType): T {
  if (cls.instancesHaveDict) obj.dict = new Map();
  return obj;
}

listType.construct = (cls, args, kwargs) => {
  const list = withDict(new PyList([], cls), cls);
  // A subclass's instance is filled by its __init__ (its own, or list's).
  if (cls !== listType) {
    initInstance(list, cls, args, kwargs);
    return list;
  }
  noKeywords('list', kwargs);
  arity('list', args, 0, 1);
  if (args.length) list.items = toArray(args[0]);
  return list;
};
defineMethods(listType, {
  __init__: (args, kwargs) => {
    noKeywords('list', kwargs);
    arity('list', args.slice(1), 0, 1);
    if (args.length > 1) (args[0] as PyList).items = toArray(args[1]);
    return None;
  },
  append: (args) => {
    methodArity('list.append', args, 1);
    (args[0] as PyList).items.push(args[1]);
    return None;
  },
  extend: (args) => {
    methodArity('list.extend', args, 1);
    (args[0] as PyList).items.push(...toArray(args[1]));
    return None;
  },
  insert: (args) => {
    methodArity('insert', args, 2);
    const items = (args[0] as PyList).items;
    let i = Number(requireIndex(args[1]));
    if (i < 0) i = Math.max(0, i + items.length);
    items.splice(Math.min(i, items.length), 0, args[2]);
    return None;
  },
  pop: (args) => {
    methodArity('pop', args, 0, 1);
    const items = (args[0] as PyList).items;
    if (!items.length) throw indexError('pop from empty list');
    let i = args.length > 1 ? Number(requireIndex(args[1])) : items.length - 1;
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) throw indexError('pop index out of range');
    return items.splice(i, 1)[0];
  },
  remove: (args) => {
    methodArity('list.remove', args, 1);
    const items = (args[0] as PyList).items;
    const i = items.findIndex((x) => x === args[1] || equals(x, args[1]));
    if (i < 0) throw valueError('list.remove(x): x not in list');
    items.splice(i, 1);
    return None;
  },
  index: (args) => sequenceIndex((args[0] as PyList).items, args, `${repr(args[1])} is not in list`),
  count: (args) => (args[0] as PyList).items.filter((x) => x === args[1] || equals(x, args[1])).length,
  reverse: (args) => {
    (args[0] as PyList).items.reverse();
    return None;
  },
  sort: (args, kwargs) => {
    methodArity('sort', args, 0, 0);
    const list = args[0] as PyList;
    list.items = sortItems(list.items, kwargs, 'sort');
    return None;
  },
  copy: (args) => new PyList((args[0] as PyList).items.slice()),
  clear: (args) => {
    (args[0] as PyList).items = [];
    return None;
  },
});

function sequenceIndex(items: readonly PyValue[], args: PyValue[], message: string): number {
  const start = args[2] === undefined ? 0 : Number(requireIndex(args[2]));
  const stop = args[3] === undefined ? items.length : Number(requireIndex(args[3]));
  const norm = (i: number) => (i < 0 ? Math.max(0, i + items.length) : Math.min(i, items.length));
  for (let i = norm(start); i < norm(stop); i++) if (items[i] === args[1] || equals(items[i], args[1])) return i;
  throw valueError(message);
}

/** Stable sort by `<` (and `key=`, `reverse=`), as list.sort and sorted() do. */
export function sortItems(items: PyValue[], kwargs: Kwargs, name: string): PyValue[] {
  const kw = keywords(name, kwargs, ['key', 'reverse']);
  const key = kw.key === undefined || kw.key === None ? null : kw.key;
  const reverse = kw.reverse !== undefined && truthy(kw.reverse);
  const keyed = items.map((item) => ({ item, key: key ? call(key, [item]) : item }));
  if (reverse) keyed.reverse();
  keyed.sort((a, b) => (lessThan(a.key, b.key) ? -1 : lessThan(b.key, a.key) ? 1 : 0));
  if (reverse) keyed.reverse();
  return keyed.map((k) => k.item);
}

tupleType.construct = (cls, args, kwargs) => {
  noKeywords('tuple', kwargs);
  arity('tuple', args, 0, 1);
  return withDict(new PyTuple(args.length ? toArray(args[0]) : [], cls), cls);
};
// list's and dict's item dunders, which a subclass's overrides reach through super(); item syntax calls them
// only for a subclass that overrides them (ops/sequence.ts), with CPython's argument-count messages.
for (const type of [listType, dictType]) {
  const expect = (args: PyValue[], count: number, prefix: string): void => {
    const given = args.length - 1;
    if (given !== count) throw typeError(`${prefix}expected ${count} argument${count === 1 ? '' : 's'}, got ${given}`);
  };
  defineMethods(type, {
    __getitem__: (args) => {
      methodArity(`${type.name}.__getitem__`, args, 1);
      return containerItem(args[0], args[1]);
    },
    __setitem__: (args) => {
      expect(args, 2, ' ');
      setContainerItem(args[0], args[1], args[2]);
      return None;
    },
    __delitem__: (args) => {
      expect(args, 1, '');
      delContainerItem(args[0], args[1]);
      return None;
    },
  });
}

defineMethods(tupleType, {
  index: (args) => sequenceIndex((args[0] as PyTuple).items, args, 'tuple.index(x): x not in tuple'),
  count: (args) => (args[0] as PyTuple).items.filter((x) => x === args[1] || equals(x, args[1])).length,
});

/** dict.update / dict(...) semantics: a mapping, or an iterable of key/value pairs, then keyword arguments. */
function updateDict(d: PyDict, source: PyValue | undefined, kwargs: Kwargs): void {
  if (source instanceof PyDict) {
    for (const [k, e] of source.entries) {
      const existing = d.entries.get(k);
      if (existing) existing.value = e.value;
      else d.entries.set(k, { key: e.key, value: e.value });
    }
  } else if (source !== undefined && typeOf(source).lookup('keys') !== undefined) {
    // Any other mapping: its keys(), each looked up with [].
    const next = iterate(callMethod(source, 'keys', [], null, getAttr));
    for (let key = next(); key !== undefined; key = next()) setEntry(d, key, getItem(source, key));
  } else if (source !== undefined) {
    const next = iterate(source);
    let i = 0;
    for (let pair = next(); pair !== undefined; pair = next(), i++) {
      if (!isIterable(pair)) throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      const kv = pair instanceof PyTuple || pair instanceof PyList ? pair.items : toArray(pair);
      if (kv.length !== 2) throw valueError(`dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
      setEntry(d, kv[0], kv[1]);
    }
  }
  if (kwargs) for (const [k, v] of kwargs) setEntry(d, k, v);
}

function setEntry(d: PyDict, key: PyValue, value: PyValue): void {
  const k = hashKey(key);
  const existing = d.entries.get(k);
  if (existing) existing.value = value;
  else d.entries.set(k, { key, value });
}

dictType.construct = (cls, args, kwargs) => {
  const d = withDict(new PyDict(cls), cls);
  // A subclass's instance is filled by its __init__ (its own, or dict's).
  if (cls !== dictType) {
    initInstance(d, cls, args, kwargs);
    return d;
  }
  arity('dict', args, 0, 1);
  updateDict(d, args[0], kwargs);
  return d;
};
defineMethods(dictType, {
  __init__: (args, kwargs) => {
    arity('dict', args.slice(1), 0, 1);
    updateDict(args[0] as PyDict, args[1], kwargs);
    return None;
  },
  get: (args) => {
    methodArity('get', args, 1, 2);
    return (args[0] as PyDict).entries.get(hashKey(args[1]))?.value ?? args[2] ?? None;
  },
  keys: (args) => new PyDictView(args[0] as PyDict, 'keys'),
  values: (args) => new PyDictView(args[0] as PyDict, 'values'),
  items: (args) => new PyDictView(args[0] as PyDict, 'items'),
  pop: (args) => {
    methodArity('pop', args, 1, 2);
    const d = args[0] as PyDict;
    const k = hashKey(args[1]);
    const entry = d.entries.get(k);
    if (entry) {
      d.entries.delete(k);
      return entry.value;
    }
    if (args.length > 2) return args[2];
    throw new PyException(KeyError, [args[1]]);
  },
  popitem: (args) => {
    const d = args[0] as PyDict;
    const last = [...d.entries.keys()].pop();
    if (last === undefined) throw new PyException(KeyError, ['popitem(): dictionary is empty']);
    const entry = d.entries.get(last)!;
    d.entries.delete(last);
    return new PyTuple([entry.key, entry.value]);
  },
  setdefault: (args) => {
    methodArity('setdefault', args, 1, 2);
    const d = args[0] as PyDict;
    const k = hashKey(args[1]);
    const entry = d.entries.get(k);
    if (entry) return entry.value;
    const value = args[2] ?? None;
    d.entries.set(k, { key: args[1], value });
    return value;
  },
  update: (args, kwargs) => {
    methodArity('update', args, 0, 1);
    updateDict(args[0] as PyDict, args[1], kwargs);
    return None;
  },
  copy: (args) => {
    const d = new PyDict();
    updateDict(d, args[0], null);
    return d;
  },
  clear: (args) => {
    (args[0] as PyDict).entries.clear();
    return None;
  },
});
dictType.dict.set(
  'fromkeys',
  new PyClassMethod(
    new PyNativeFunction('fromkeys', (args) => {
      arity('fromkeys', args.slice(1), 1, 2);
      const d = call(args[0], []) as PyDict;
      const value = args[2] ?? None;
      for (const key of toArray(args[1])) setEntry(d, key, value);
      return d;
    }),
  ),
);

function fillSet(set: PySet, source: PyValue | undefined): PySet {
  if (source === undefined) return set;
  if (source instanceof PySet) {
    for (const v of setIterationOrder(source.items)) set.items.set(hashKey(v), v);
    return set;
  }
  const next = iterate(source);
  for (let v = next(); v !== undefined; v = next()) set.items.set(hashKey(v), v);
  return set;
}

function otherSet(v: PyValue): PySet {
  return v instanceof PySet ? v : fillSet(new PySet(), v);
}

setType.construct = (cls, args, kwargs) => {
  noKeywords('set', kwargs);
  arity('set', args, 0, 1);
  return fillSet(withDict(new PySet(cls), cls), args[0]);
};
frozensetType.construct = (cls, args, kwargs) => {
  noKeywords('frozenset', kwargs);
  arity('frozenset', args, 0, 1);
  return fillSet(withDict(new PySet(cls), cls), args[0]);
};

/** The in-place set methods: `set` takes the result's elements. */
function replaceContents(set: PySet, result: PySet): PyValue {
  set.items.clear();
  for (const [k, v] of result.items) set.items.set(k, v);
  return None;
}

const setReaders: Record<string, (args: PyValue[]) => PyValue> = {
  union: (args) => {
    const out = fillSet(new PySet((args[0] as PySet).cls), args[0]);
    for (const o of args.slice(1)) fillSet(out, o);
    return out;
  },
  intersection: (args) => {
    const out = new PySet((args[0] as PySet).cls);
    const others = args.slice(1).map(otherSet);
    for (const [k, v] of (args[0] as PySet).items) if (others.every((o) => o.items.has(k))) out.items.set(k, v);
    return out;
  },
  difference: (args) => {
    const out = new PySet((args[0] as PySet).cls);
    const others = args.slice(1).map(otherSet);
    for (const [k, v] of (args[0] as PySet).items) if (!others.some((o) => o.items.has(k))) out.items.set(k, v);
    return out;
  },
  symmetric_difference: (args) => {
    const a = args[0] as PySet;
    const b = otherSet(args[1]);
    const out = new PySet(a.cls);
    for (const [k, v] of a.items) if (!b.items.has(k)) out.items.set(k, v);
    for (const [k, v] of b.items) if (!a.items.has(k)) out.items.set(k, v);
    return out;
  },
  issubset: (args) => [...(args[0] as PySet).items.keys()].every((k) => otherSet(args[1]).items.has(k)),
  issuperset: (args) => [...otherSet(args[1]).items.keys()].every((k) => (args[0] as PySet).items.has(k)),
  isdisjoint: (args) => [...otherSet(args[1]).items.keys()].every((k) => !(args[0] as PySet).items.has(k)),
  copy: (args) => fillSet(new PySet((args[0] as PySet).cls), args[0]),
};
defineMethods(frozensetType, setReaders);
defineMethods(setType, {
  ...setReaders,
  add: (args) => {
    methodArity('set.add', args, 1);
    (args[0] as PySet).items.set(hashKey(args[1]), args[1]);
    return None;
  },
  remove: (args) => {
    if (!(args[0] as PySet).items.delete(hashKey(args[1]))) throw new PyException(KeyError, [args[1]]);
    return None;
  },
  discard: (args) => {
    (args[0] as PySet).items.delete(hashKey(args[1]));
    return None;
  },
  pop: (args) => {
    const set = args[0] as PySet;
    const [first] = setIterationOrder(set.items);
    if (first === undefined) throw new PyException(KeyError, ['pop from an empty set']);
    set.items.delete(hashKey(first));
    return first;
  },
  update: (args) => {
    for (const o of args.slice(1)) fillSet(args[0] as PySet, o);
    return None;
  },
  intersection_update: (args) => replaceContents(args[0] as PySet, setReaders.intersection(args) as PySet),
  difference_update: (args) => replaceContents(args[0] as PySet, setReaders.difference(args) as PySet),
  symmetric_difference_update: (args) => replaceContents(args[0] as PySet, setReaders.symmetric_difference(args) as PySet),
  clear: (args) => {
    (args[0] as PySet).items.clear();
    return None;
  },
});

rangeType.construct = (_cls, args, kwargs) => {
  noKeywords('range', kwargs);
  if (args.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  const ints = args.map(requireIndex);
  if (ints.length === 1) return new PyRange(0, ints[0], 1);
  const step = ints[2] ?? 1;
  if (step === 0 || step === 0n) throw valueError('range() arg 3 must not be zero');
  return new PyRange(ints[0], ints[1], step);
};
defineMethods(rangeType, {
  index: (args) => {
    const r = args[0] as PyRange;
    const items = toArray(r);
    const i = items.findIndex((x) => equals(x, args[1]));
    if (i < 0) throw valueError(`${repr(args[1])} is not in range`);
    return i;
  },
  count: (args) => toArray(args[0]).filter((x) => equals(x, args[1])).length,
});
defineGetters(rangeType, {
  start: (self) => (self as PyRange).start,
  stop: (self) => (self as PyRange).stop,
  step: (self) => (self as PyRange).step,
});

sliceType.construct = (_cls, args) => {
  arity('slice', args, 1, 3);
  return args.length === 1 ? new PySlice(None, args[0], None) : new PySlice(args[0], args[1], args[2] ?? None);
};
defineMethods(sliceType, {
  indices: (args) => {
    const { start, stop, step } = sliceIndices(args[0] as PySlice, Number(requireIndex(args[1])));
    return new PyTuple([start, stop, step]);
  },
});
defineGetters(sliceType, {
  start: (self) => (self as PySlice).start,
  stop: (self) => (self as PySlice).stop,
  step: (self) => (self as PySlice).step,
});
