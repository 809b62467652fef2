// `_functools`, the native core of functools (source/functools.py): reduce, partial, lru_cache/cache,
// wraps/update_wrapper, cmp_to_key, total_ordering.
import { None, NotImplemented, PyModule, PyObject, PyType, objectType, type Kwargs, type PyValue } from '../objects/core';
import { PyDict, PyTuple } from '../objects/containers';
import { typeError, valueError } from '../objects/exceptions';
import { PyNativeFunction } from '../objects/functions';
import { getAttrOrUndefined, setAttr } from '../ops/attr';
import { call, isCallable } from '../ops/call';
import { richCompare, type RichOp } from '../ops/compare';
import { address, repr, requireIndex, truthy } from '../ops/convert';
import { hashKey } from '../ops/hash';
import { iterate } from '../ops/iter';
import { registerModule } from '../modules';
import { arity, defineGetters, defineMethods, keywords } from '../types/define';
import { makeNamedTuple } from './collections';

function reduce(args: PyValue[]): PyValue {
  arity('reduce', args, 2, 3);
  const next = iterate(args[1]);
  let total = args.length > 2 ? args[2] : next();
  if (total === undefined) throw typeError('reduce() of empty iterable with no initial value');
  for (let v = next(); v !== undefined; v = next()) total = call(args[0], [total, v]);
  return total;
}

function toDict(entries: Iterable<[string, PyValue]>): PyDict {
  const d = new PyDict();
  for (const [key, value] of entries) d.entries.set(hashKey(key), { key, value });
  return d;
}

// ---- partial

const partialType = new PyType('partial', [objectType], 'functools');
partialType.instancesHaveDict = true;

class PyPartial extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly args: PyValue[],
    readonly keywords: Map<string, PyValue>,
  ) {
    super(partialType);
    this.dict = new Map();
  }
}

partialType.construct = (_cls, args, kwargs) => {
  if (!args.length) throw typeError("type 'partial' takes at least one argument");
  const [func, ...bound] = args;
  if (!isCallable(func)) throw typeError('the first argument must be callable');
  // A partial of a partial flattens into one, as in CPython.
  if (func instanceof PyPartial) return new PyPartial(func.func, [...func.args, ...bound], new Map([...func.keywords, ...(kwargs ?? [])]));
  return new PyPartial(func, bound, new Map(kwargs ?? []));
};

const partialSelf = (v: PyValue) => v as PyPartial;
defineMethods(partialType, {
  __call__: (args, kwargs) => {
    const p = partialSelf(args[0]);
    return call(p.func, [...p.args, ...args.slice(1)], new Map([...p.keywords, ...(kwargs ?? [])]));
  },
  __repr__: (args) => {
    const p = partialSelf(args[0]);
    const parts = [repr(p.func), ...p.args.map(repr), ...[...p.keywords].map(([k, v]) => `${k}=${repr(v)}`)];
    return `functools.partial(${parts.join(', ')})`;
  },
});
defineGetters(partialType, {
  func: (self) => partialSelf(self).func,
  args: (self) => new PyTuple(partialSelf(self).args),
  keywords: (self) => toDict(partialSelf(self).keywords),
});

// ---- update_wrapper / wraps

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__'];

function updateWrapper(wrapper: PyValue, wrapped: PyValue): PyValue {
  for (const name of WRAPPER_ASSIGNMENTS) {
    const value = getAttrOrUndefined(wrapped, name);
    if (value !== undefined) setAttr(wrapper, name, value);
  }
  if (wrapper instanceof PyObject && wrapper.dict && wrapped instanceof PyObject && wrapped.dict) {
    for (const [k, v] of wrapped.dict) if (!k.startsWith('__') || k === '__wrapped__') wrapper.dict.set(k, v);
  }
  setAttr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

// ---- lru_cache / cache

const lruWrapperType = new PyType('_lru_cache_wrapper', [objectType], 'functools');
lruWrapperType.instancesHaveDict = true;
const cacheInfoType = makeNamedTuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], [], 'functools');

class PyLruWrapper extends PyObject {
  readonly cache = new Map<unknown, PyValue>();
  hits = 0;
  misses = 0;
  constructor(
    readonly func: PyValue,
    /** null: unbounded. */
    readonly maxsize: number | null,
  ) {
    super(lruWrapperType);
    this.dict = new Map();
  }
}

/** Separates positional from keyword arguments in cache keys, so f(1, a=2) and f(1, 'a', 2) differ. */
const KEYWORD_MARK = new PyObject(objectType);

defineMethods(lruWrapperType, {
  __call__: (args, kwargs) => {
    const w = args[0] as PyLruWrapper;
    const callArgs = args.slice(1);
    if (w.maxsize === 0) {
      w.misses++;
      return call(w.func, callArgs, kwargs);
    }
    const keyParts = kwargs && kwargs.size ? [...callArgs, KEYWORD_MARK, ...[...kwargs].flat()] : callArgs;
    const key = keyParts.length === 1 && typeof keyParts[0] !== 'object' ? hashKey(keyParts[0]) : hashKey(new PyTuple(keyParts));
    const cached = w.cache.get(key);
    if (cached !== undefined) {
      w.hits++;
      // Most recently used entries move to the end; eviction takes from the front.
      w.cache.delete(key);
      w.cache.set(key, cached);
      return cached;
    }
    w.misses++;
    const result = call(w.func, callArgs, kwargs);
    w.cache.set(key, result);
    if (w.maxsize !== null && w.cache.size > w.maxsize) w.cache.delete(w.cache.keys().next().value);
    return result;
  },
  cache_info: (args) => {
    const w = args[0] as PyLruWrapper;
    return new PyTuple([w.hits, w.misses, w.maxsize ?? None, w.cache.size], cacheInfoType);
  },
  cache_clear: (args) => {
    const w = args[0] as PyLruWrapper;
    w.cache.clear();
    w.hits = 0;
    w.misses = 0;
    return None;
  },
  __repr__: (args) => `<functools._lru_cache_wrapper object at ${address(args[0] as PyObject)}>`,
});

function lruCached(func: PyValue, maxsize: number | null): PyValue {
  if (!isCallable(func)) throw typeError('the first argument must be callable');
  return updateWrapper(new PyLruWrapper(func, maxsize), func);
}

function lruCache(args: PyValue[], kwargs: Kwargs): PyValue {
  const kw = keywords('lru_cache', kwargs, ['maxsize', 'typed']);
  arity('lru_cache', args, 0, 2);
  const first = args[0] ?? kw.maxsize ?? 128;
  // @lru_cache without parentheses receives the function itself.
  if (isCallable(first) && typeof first !== 'number') return lruCached(first, 128);
  if (first !== None && typeof first !== 'number' && typeof first !== 'bigint') throw typeError('Expected first argument to be an integer, a callable, or None');
  const maxsize = first === None ? null : Math.max(0, Number(requireIndex(first)));
  return new PyNativeFunction('decorating_function', (fargs) => {
    arity('decorating_function', fargs, 1);
    return lruCached(fargs[0], maxsize);
  });
}

// ---- cmp_to_key

const keyWrapperType = new PyType('KeyWrapper', [objectType], 'functools');

class PyKeyWrapper extends PyObject {
  constructor(
    readonly cmp: PyValue,
    readonly obj: PyValue,
  ) {
    super(keyWrapperType);
  }
}

const comparisons: [string, RichOp][] = [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>='], ['__eq__', '=='], ['__ne__', '!=']];
defineMethods(
  keyWrapperType,
  Object.fromEntries(
    comparisons.map(([name, op]) => [
      name,
      (args: PyValue[]) => {
        const [a, b] = args as [PyKeyWrapper, PyValue];
        if (!(b instanceof PyKeyWrapper)) throw typeError('other argument must be K instance');
        return richCompare(op, call(a.cmp, [a.obj, b.obj]), 0);
      },
    ]),
  ),
);
keyWrapperType.dict.set('__hash__', None);

// ---- total_ordering

/** For each root comparison, how the other three follow from it and `==` (CPython's table). */
const DERIVED: Record<string, [string, (root: boolean, equal: () => boolean) => boolean][]> = {
  __lt__: [['__gt__', (r, eq) => !r && !eq()], ['__le__', (r, eq) => r || eq()], ['__ge__', (r) => !r]],
  __le__: [['__ge__', (r, eq) => !r || eq()], ['__lt__', (r, eq) => r && !eq()], ['__gt__', (r) => !r]],
  __gt__: [['__lt__', (r, eq) => !r && !eq()], ['__ge__', (r, eq) => r || eq()], ['__le__', (r) => !r]],
  __ge__: [['__le__', (r, eq) => !r || eq()], ['__gt__', (r, eq) => r && !eq()], ['__lt__', (r) => !r]],
};

function totalOrdering(args: PyValue[]): PyValue {
  arity('total_ordering', args, 1);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError('total_ordering expects a class');
  const defined = Object.keys(DERIVED).filter((name) => {
    const own = cls.lookup(name);
    return own !== undefined && own !== objectType.dict.get(name);
  });
  if (!defined.length) throw valueError('must define at least one ordering operation: < > <= >=');
  // CPython picks the greatest name among the defined ones.
  const root = defined.sort().at(-1)!;
  const rootMethod = cls.lookup(root)!;
  for (const [name, derive] of DERIVED[root]) {
    if (defined.includes(name)) continue;
    cls.dict.set(
      name,
      new PyNativeFunction(name, (fargs) => {
        const [self, other] = fargs;
        const result = call(rootMethod, [self, other]);
        if (result === NotImplemented) return result;
        return derive(truthy(result), () => truthy(richCompare('==', self, other)));
      }),
    );
  }
  return cls;
}

registerModule('_functools', () => {
  const m = new PyModule('_functools');
  const def = (name: string, fn: (args: PyValue[], kwargs: Kwargs) => PyValue) => m.dict!.set(name, new PyNativeFunction(name, fn));
  def('reduce', reduce);
  m.dict!.set('partial', partialType);
  def('lru_cache', lruCache);
  def('cache', (args) => {
    arity('cache', args, 1);
    return lruCached(args[0], null);
  });
  def('update_wrapper', (args) => {
    arity('update_wrapper', args, 2);
    return updateWrapper(args[0], args[1]);
  });
  def('wraps', (args) => {
    arity('wraps', args, 1);
    const wrapped = args[0];
    return new PyNativeFunction('update_wrapper', (wargs) => {
      arity('update_wrapper', wargs, 1);
      return updateWrapper(wargs[0], wrapped);
    });
  });
  def('cmp_to_key', (args) => {
    arity('cmp_to_key', args, 1);
    const cmp = args[0];
    return new PyNativeFunction('K', (kargs) => {
      arity('K', kargs, 1);
      return new PyKeyWrapper(cmp, kargs[0]);
    });
  });
  def('total_ordering', totalOrdering);
  return m;
});
