// `_collections`, the native core of collections (source/collections.py): Counter, defaultdict, OrderedDict, deque and
// namedtuple, with CPython's reprs.
import { None, NotImplemented, PyModule, PyObject, PyType, dictType, objectType, tupleType, type Kwargs, type PyValue } from '../objects/core';
import { PyDict, PyDictView, PyIterator, PyList, PyTuple, dictViewTypes, iteratorTypeNamed } from '../objects/containers';
import { KeyError, PyException, RuntimeError, attributeError, indexError, notImplemented, pyError, typeError, valueError } from '../objects/exceptions';
import { PyNativeFunction, PyProperty } from '../objects/functions';
import { binaryOp } from '../ops/arith';
import { call, isCallable } from '../ops/call';
import { equals, lessThan } from '../ops/compare';
import { repr, requireIndex, truthy } from '../ops/convert';
import { hashKey } from '../ops/hash';
import { iterate, toArray } from '../ops/iter';
import { registerModule } from '../modules';
import { arity, defineMethods, keywords, methodArity } from '../types/define';

const dictMethod = (name: string) => dictType.dict.get(name)!;

function entryValue(d: PyDict, key: PyValue): PyValue | undefined {
  return d.entries.get(hashKey(key))?.value;
}

function setValue(d: PyDict, key: PyValue, value: PyValue): void {
  const k = hashKey(key);
  const existing = d.entries.get(k);
  if (existing) existing.value = value;
  else d.entries.set(k, { key, value });
}

function dictBody(d: PyDict): string {
  return `{${[...d.entries.values()].map((e) => `${repr(e.key)}: ${repr(e.value)}`).join(', ')}}`;
}

// ---- Counter

const counterType = new PyType('Counter', [dictType], 'collections');

/** Adds counts from a mapping or an iterable of elements (sign -1 subtracts). */
function countInto(counter: PyDict, source: PyValue | undefined, kwargs: Kwargs, sign: 1 | -1): void {
  const add = (key: PyValue, n: PyValue) => setValue(counter, key, binaryOp(sign > 0 ? '+' : '-', entryValue(counter, key) ?? 0, n));
  if (source instanceof PyDict) for (const e of source.entries.values()) add(e.key, e.value);
  else if (source !== undefined && source !== None) {
    const next = iterate(source);
    for (let v = next(); v !== undefined; v = next()) add(v, 1);
  }
  if (kwargs) for (const [k, v] of kwargs) add(k, v);
}

function newCounter(entries: Iterable<[PyValue, PyValue]> = []): PyDict {
  const c = new PyDict(counterType);
  for (const [k, v] of entries) setValue(c, k, v);
  return c;
}

/** Entries by count, largest first; equal counts keep insertion order (a stable sort, as in CPython). */
function mostCommon(c: PyDict): { key: PyValue; value: PyValue }[] {
  return [...c.entries.values()].map((e, i) => ({ e, i })).sort((a, b) => (lessThan(b.e.value, a.e.value) ? -1 : lessThan(a.e.value, b.e.value) ? 1 : a.i - b.i)).map(({ e }) => e);
}

counterType.construct = (cls, args, kwargs) => {
  arity('Counter', args, 0, 1);
  const c = new PyDict(cls);
  countInto(c, args[0], kwargs, 1);
  return c;
};

/** Counter arithmetic keeps only positive counts, in the left operand's order then the right's. */
function counterCombine(a: PyValue, b: PyValue, pick: (x: PyValue, y: PyValue) => PyValue): PyValue {
  if (!(a instanceof PyDict) || !(b instanceof PyDict) || !b.cls.isSubtypeOf(counterType)) return NotImplemented;
  const out = newCounter();
  for (const source of [a, b]) {
    for (const { key } of source.entries.values()) {
      if (out.entries.has(hashKey(key))) continue;
      const v = pick(entryValue(a, key) ?? 0, entryValue(b, key) ?? 0);
      if (lessThan(0, v)) setValue(out, key, v);
    }
  }
  return out;
}

defineMethods(counterType, {
  __missing__: () => 0,
  __repr__: (args) => {
    const c = args[0] as PyDict;
    if (!c.entries.size) return `${c.cls.name}()`;
    return `${c.cls.name}({${mostCommon(c).map((e) => `${repr(e.key)}: ${repr(e.value)}`).join(', ')}})`;
  },
  most_common: (args) => {
    methodArity('most_common', args, 0, 1);
    const ordered = mostCommon(args[0] as PyDict);
    const n = args[1] === undefined || args[1] === None ? ordered.length : Math.max(0, Number(requireIndex(args[1])));
    return new PyList(ordered.slice(0, n).map((e) => new PyTuple([e.key, e.value])));
  },
  elements: (args) => {
    const items: PyValue[] = [];
    for (const e of (args[0] as PyDict).entries.values()) for (let i = 0; i < Number(requireIndex(e.value)); i++) items.push(e.key);
    let i = 0;
    return new PyIterator(iteratorTypeNamed('itertools.chain'), () => (i < items.length ? items[i++] : undefined));
  },
  total: (args) => [...(args[0] as PyDict).entries.values()].reduce<PyValue>((sum, e) => binaryOp('+', sum, e.value), 0),
  update: (args, kwargs) => {
    methodArity('update', args, 0, 1);
    countInto(args[0] as PyDict, args[1], kwargs, 1);
    return None;
  },
  subtract: (args, kwargs) => {
    methodArity('subtract', args, 0, 1);
    countInto(args[0] as PyDict, args[1], kwargs, -1);
    return None;
  },
  copy: (args) => newCounter([...(args[0] as PyDict).entries.values()].map((e) => [e.key, e.value])),
  __add__: (args) => counterCombine(args[0], args[1], (x, y) => binaryOp('+', x, y)),
  __sub__: (args) => counterCombine(args[0], args[1], (x, y) => binaryOp('-', x, y)),
  __or__: (args) => counterCombine(args[0], args[1], (x, y) => (lessThan(x, y) ? y : x)),
  __and__: (args) => counterCombine(args[0], args[1], (x, y) => (lessThan(x, y) ? x : y)),
});
counterType.dict.set('fromkeys', new PyNativeFunction('fromkeys', () => {
  throw notImplemented('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.');
}));

// ---- defaultdict

const defaultdictType = new PyType('defaultdict', [dictType], 'collections');

class PyDefaultDict extends PyDict {
  constructor(
    cls: PyType,
    public factory: PyValue,
  ) {
    super(cls);
  }
}

defaultdictType.construct = (cls, args, kwargs) => {
  const factory = args[0] ?? None;
  if (factory !== None && !isCallable(factory)) throw typeError('first argument must be callable or None');
  const d = new PyDefaultDict(cls, factory);
  call(dictMethod('update'), [d, ...args.slice(1)], kwargs);
  return d;
};

defineMethods(defaultdictType, {
  __missing__: (args) => {
    const d = args[0] as PyDefaultDict;
    if (d.factory === None) throw new PyException(KeyError, [args[1]]);
    const value = call(d.factory, []);
    setValue(d, args[1], value);
    return value;
  },
  __repr__: (args) => {
    const d = args[0] as PyDefaultDict;
    return `${d.cls.name}(${d.factory === None ? 'None' : repr(d.factory)}, ${dictBody(d)})`;
  },
  copy: (args) => {
    const d = args[0] as PyDefaultDict;
    const out = new PyDefaultDict(d.cls, d.factory);
    for (const [k, e] of d.entries) out.entries.set(k, { ...e });
    return out;
  },
});
defaultdictType.dict.set('default_factory', new PyProperty(
  new PyNativeFunction('default_factory', (args) => (args[0] as PyDefaultDict).factory),
  new PyNativeFunction('default_factory', (args) => {
    (args[0] as PyDefaultDict).factory = args[1];
    return None;
  }),
  None,
  None,
));

// ---- OrderedDict

export const orderedDictType = new PyType('OrderedDict', [dictType], 'collections');
orderedDictType.construct = (cls, args, kwargs) => {
  const d = newOrderedDict(cls);
  call(dictMethod('update'), [d, ...args], kwargs);
  return d;
};

/** An empty OrderedDict; its instances have a __dict__ (a state_dict keeps its _metadata there). */
export function newOrderedDict(cls: PyType = orderedDictType): PyDict {
  const d = new PyDict(cls);
  d.dict = new Map();
  return d;
}

/** OrderedDict's views: dict views named odict_keys, odict_values, odict_items. */
const orderedViewTypes = {
  keys: new PyType('odict_keys', [dictViewTypes.keys], 'builtins'),
  values: new PyType('odict_values', [dictViewTypes.values], 'builtins'),
  items: new PyType('odict_items', [dictViewTypes.items], 'builtins'),
};

defineMethods(orderedDictType, {
  keys: (args) => new PyDictView(args[0] as PyDict, 'keys', orderedViewTypes.keys),
  values: (args) => new PyDictView(args[0] as PyDict, 'values', orderedViewTypes.values),
  items: (args) => new PyDictView(args[0] as PyDict, 'items', orderedViewTypes.items),
  __repr__: (args) => {
    const d = args[0] as PyDict;
    if (!d.entries.size) return `${d.cls.name}()`;
    return `${d.cls.name}([${[...d.entries.values()].map((e) => `(${repr(e.key)}, ${repr(e.value)})`).join(', ')}])`;
  },
  move_to_end: (args, kwargs) => {
    const kw = keywords('move_to_end', kwargs, ['last']);
    const d = args[0] as PyDict;
    const k = hashKey(args[1]);
    const entry = d.entries.get(k);
    if (!entry) throw new PyException(KeyError, [args[1]]);
    const last = args[2] ?? kw.last ?? true;
    d.entries.delete(k);
    if (truthy(last)) d.entries.set(k, entry);
    else {
      const rest = [...d.entries];
      d.entries.clear();
      d.entries.set(k, entry);
      for (const [key, e] of rest) d.entries.set(key, e);
    }
    return None;
  },
  popitem: (args, kwargs) => {
    const kw = keywords('popitem', kwargs, ['last']);
    const d = args[0] as PyDict;
    if (!d.entries.size) throw new PyException(KeyError, ['dictionary is empty']);
    const keys = [...d.entries.keys()];
    const k = truthy(args[1] ?? kw.last ?? true) ? keys[keys.length - 1] : keys[0];
    const entry = d.entries.get(k)!;
    d.entries.delete(k);
    return new PyTuple([entry.key, entry.value]);
  },
  // Two OrderedDicts are equal only with the same order; against a plain dict order does not matter.
  __eq__: (args) => {
    const [a, b] = args as [PyDict, PyValue];
    if (!(b instanceof PyDict)) return NotImplemented;
    if (!b.cls.isSubtypeOf(orderedDictType)) return dictEquals(a, b);
    const ka = [...a.entries.values()];
    const kb = [...b.entries.values()];
    return ka.length === kb.length && ka.every((e, i) => equals(e.key, kb[i].key) && equals(e.value, kb[i].value));
  },
});

function dictEquals(a: PyDict, b: PyDict): boolean {
  if (a.entries.size !== b.entries.size) return false;
  for (const [k, e] of a.entries) {
    const other = b.entries.get(k);
    if (!other || !equals(e.value, other.value)) return false;
  }
  return true;
}

// ---- deque

const dequeType = new PyType('deque', [objectType], 'collections');

class PyDeque extends PyObject {
  constructor(
    public items: PyValue[],
    readonly maxlen: number | null,
  ) {
    super(dequeType);
  }

  /** Drops items from the opposite end once maxlen is exceeded, as a bounded deque does. */
  trim(fromLeft: boolean): void {
    if (this.maxlen === null) return;
    const excess = this.items.length - this.maxlen;
    if (excess > 0) {
      if (fromLeft) this.items.splice(0, excess);
      else this.items.splice(this.items.length - excess, excess);
    }
  }
}

dequeType.construct = (_cls, args, kwargs) => {
  const kw = keywords('deque', kwargs, ['iterable', 'maxlen']);
  arity('deque', args, 0, 2);
  const maxlenArg = args[1] ?? kw.maxlen ?? None;
  const maxlen = maxlenArg === None ? null : Number(requireIndex(maxlenArg));
  if (maxlen !== null && maxlen < 0) throw valueError('maxlen must be non-negative');
  const source = args[0] ?? kw.iterable;
  const d = new PyDeque(source === undefined ? [] : toArray(source), maxlen);
  d.trim(true);
  return d;
};

const self = (args: PyValue[]) => args[0] as PyDeque;

function dequeIndex(d: PyDeque, key: PyValue): number {
  let i = Number(requireIndex(key));
  if (i < 0) i += d.items.length;
  if (i < 0 || i >= d.items.length) throw indexError('deque index out of range');
  return i;
}

defineMethods(dequeType, {
  append: (args) => {
    methodArity('append', args, 1);
    self(args).items.push(args[1]);
    self(args).trim(true);
    return None;
  },
  appendleft: (args) => {
    methodArity('appendleft', args, 1);
    self(args).items.unshift(args[1]);
    self(args).trim(false);
    return None;
  },
  extend: (args) => {
    const d = self(args);
    for (const v of toArray(args[1])) {
      d.items.push(v);
      d.trim(true);
    }
    return None;
  },
  extendleft: (args) => {
    const d = self(args);
    for (const v of toArray(args[1])) {
      d.items.unshift(v);
      d.trim(false);
    }
    return None;
  },
  pop: (args) => {
    if (!self(args).items.length) throw indexError('pop from an empty deque');
    return self(args).items.pop()!;
  },
  popleft: (args) => {
    if (!self(args).items.length) throw indexError('pop from an empty deque');
    return self(args).items.shift()!;
  },
  rotate: (args) => {
    const items = self(args).items;
    const n = args[1] === undefined ? 1 : Number(requireIndex(args[1]));
    if (items.length) {
      const k = ((n % items.length) + items.length) % items.length;
      items.unshift(...items.splice(items.length - k, k));
    }
    return None;
  },
  clear: (args) => {
    self(args).items = [];
    return None;
  },
  copy: (args) => new PyDeque(self(args).items.slice(), self(args).maxlen),
  count: (args) => self(args).items.filter((x) => x === args[1] || equals(x, args[1])).length,
  index: (args) => {
    const i = self(args).items.findIndex((x) => x === args[1] || equals(x, args[1]));
    if (i < 0) throw valueError(`${repr(args[1])} is not in deque`);
    return i;
  },
  remove: (args) => {
    const items = self(args).items;
    const i = items.findIndex((x) => x === args[1] || equals(x, args[1]));
    if (i < 0) throw valueError(`${repr(args[1])} is not in deque`);
    items.splice(i, 1);
    return None;
  },
  reverse: (args) => {
    self(args).items.reverse();
    return None;
  },
  __len__: (args) => self(args).items.length,
  __bool__: (args) => self(args).items.length > 0,
  __iter__: (args) => {
    const d = self(args);
    const items = d.items;
    const size = items.length;
    let i = 0;
    return new PyIterator(iteratorTypeNamed('_collections._deque_iterator'), () => {
      if (d.items !== items || items.length !== size) throw pyError(RuntimeError, 'deque mutated during iteration');
      return i < items.length ? items[i++] : undefined;
    });
  },
  __reversed__: (args) => {
    const items = self(args).items.slice();
    let i = items.length - 1;
    return new PyIterator(iteratorTypeNamed('_collections._deque_reverse_iterator'), () => (i >= 0 ? items[i--] : undefined));
  },
  __getitem__: (args) => self(args).items[dequeIndex(self(args), args[1])],
  __setitem__: (args) => {
    self(args).items[dequeIndex(self(args), args[1])] = args[2];
    return None;
  },
  __delitem__: (args) => {
    self(args).items.splice(dequeIndex(self(args), args[1]), 1);
    return None;
  },
  __contains__: (args) => self(args).items.some((x) => x === args[1] || equals(x, args[1])),
  __eq__: (args) => {
    const other = args[1];
    if (!(other instanceof PyDeque)) return NotImplemented;
    const a = self(args).items;
    return a.length === other.items.length && a.every((x, i) => x === other.items[i] || equals(x, other.items[i]));
  },
  __repr__: (args) => {
    const d = self(args);
    const body = `[${d.items.map(repr).join(', ')}]`;
    return d.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${d.maxlen})`;
  },
});
dequeType.dict.set('maxlen', new PyProperty(new PyNativeFunction('maxlen', (args) => self(args).maxlen ?? None), None, None, None));
dequeType.dict.set('__hash__', None);

// ---- namedtuple

/** Creates a tuple subclass whose fields are also attributes (`collections.namedtuple`). */
export function makeNamedTuple(typename: string, fields: string[], defaults: PyValue[], module = '__main__'): PyType {
  for (const name of [typename, ...fields]) {
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) throw valueError(`Type names and field names must be valid identifiers: ${repr(name)}`);
    if (name.startsWith('_') && name !== typename) throw valueError(`Field names cannot start with an underscore: ${repr(name)}`);
  }
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f)) throw valueError(`Encountered duplicate field name: ${repr(f)}`);
    seen.add(f);
  }
  if (defaults.length > fields.length) throw typeError('Got more default values than field names');
  const type = new PyType(typename, [tupleType], module);
  const firstDefault = fields.length - defaults.length;
  const build = (args: PyValue[], kwargs: Kwargs): PyTuple => {
    if (args.length > fields.length) throw typeError(`${typename}.__new__() takes ${fields.length + 1} positional arguments but ${args.length + 1} were given`);
    const values: (PyValue | undefined)[] = [...args];
    if (kwargs) {
      for (const [k, v] of kwargs) {
        const i = fields.indexOf(k);
        if (i < 0) throw typeError(`${typename}.__new__() got an unexpected keyword argument '${k}'`);
        if (values[i] !== undefined) throw typeError(`${typename}.__new__() got multiple values for argument '${k}'`);
        values[i] = v;
      }
    }
    const missing = fields.filter((_, i) => values[i] === undefined && i < firstDefault);
    if (missing.length) {
      const names = missing.map((m) => `'${m}'`);
      const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
      throw typeError(`${typename}.__new__() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
    }
    return new PyTuple(fields.map((_, i) => values[i] ?? defaults[i - firstDefault]), type);
  };
  type.construct = (_cls, args, kwargs) => build(args, kwargs);
  fields.forEach((field, i) => {
    type.dict.set(field, new PyProperty(new PyNativeFunction(field, (args) => (args[0] as PyTuple).items[i]), None, None, None));
  });
  type.dict.set('_fields', new PyTuple(fields));
  const defaultsDict = new PyDict();
  defaults.forEach((v, i) => setValue(defaultsDict, fields[firstDefault + i], v));
  type.dict.set('_field_defaults', defaultsDict);
  defineMethods(type, {
    // Instances have no __dict__ (CPython gives namedtuples empty __slots__) and fields are read-only.
    __setattr__: (args) => {
      const name = args[1] as string;
      throw attributeError(fields.includes(name) ? "can't set attribute" : `'${typename}' object has no attribute '${name}'`);
    },
    __repr__: (args) => `${typename}(${(args[0] as PyTuple).items.map((v, i) => `${fields[i]}=${repr(v)}`).join(', ')})`,
    _asdict: (args) => {
      const d = new PyDict();
      (args[0] as PyTuple).items.forEach((v, i) => setValue(d, fields[i], v));
      return d;
    },
    _replace: (args, kwargs) => {
      const values = [...(args[0] as PyTuple).items];
      for (const [k, v] of kwargs ?? []) {
        const i = fields.indexOf(k);
        if (i < 0) throw valueError(`Got unexpected field names: ['${k}']`);
        values[i] = v;
      }
      return new PyTuple(values, type);
    },
  });
  type.dict.set('_make', new PyNativeFunction('_make', (args) => {
    const values = toArray(args[0]);
    if (values.length !== fields.length) throw typeError(`Expected ${fields.length} arguments, got ${values.length}`);
    return new PyTuple(values, type);
  }));
  return type;
}

function namedtuple(args: PyValue[], kwargs: Kwargs): PyValue {
  const kw = keywords('namedtuple', kwargs, ['typename', 'field_names', 'rename', 'defaults', 'module']);
  arity('namedtuple', args, 0, 2);
  const typename = args[0] ?? kw.typename;
  const fieldNames = args[1] ?? kw.field_names;
  if (typeof typename !== 'string' || fieldNames === undefined) throw typeError("namedtuple() missing required argument 'field_names'");
  const fields = typeof fieldNames === 'string' ? fieldNames.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : toArray(fieldNames).map((f) => {
    if (typeof f !== 'string') throw typeError('Type names and field names must be strings');
    return f;
  });
  const defaults = kw.defaults === undefined || kw.defaults === None ? [] : toArray(kw.defaults);
  return makeNamedTuple(typename, fields, defaults, typeof kw.module === 'string' ? kw.module : '__main__');
}

registerModule('_collections', () => {
  const m = new PyModule('_collections');
  m.dict!.set('Counter', counterType);
  m.dict!.set('defaultdict', defaultdictType);
  m.dict!.set('OrderedDict', orderedDictType);
  m.dict!.set('deque', dequeType);
  m.dict!.set('namedtuple', new PyNativeFunction('namedtuple', namedtuple));
  return m;
});

