// The `itertools` module: lazy iterator building blocks, in CPython's order of results.
import { None, PyModule, PyType, objectType, typeName, type Kwargs, type NativeFn, type PyValue } from '../objects/core';
import { PyIterator, PyTuple } from '../objects/containers';
import { typeError, valueError } from '../objects/exceptions';
import { PyNativeFunction } from '../objects/functions';
import { binaryOp } from '../ops/arith';
import { call } from '../ops/call';
import { equals } from '../ops/compare';
import { floatValue, indexValue, truthy } from '../ops/convert';
import { iterate, toArray, type NextFn } from '../ops/iter';
import { registerModule } from '../modules';
import { arity, keywords } from '../types/define';

/** Each itertools callable is a type (`<class 'itertools.count'>`) whose instances are native iterators. */
function iteratorType(name: string, make: (args: PyValue[], kwargs: Kwargs) => NextFn): PyType {
  const type = new PyType(name, [objectType], 'itertools');
  type.construct = (cls, args, kwargs) => new PyIterator(cls, make(args, kwargs));
  return type;
}

/** A non-negative int argument (r of permutations/combinations, product's repeat, tee's n), with CPython's messages. */
function nonNegativeInt(v: PyValue, notInt: string | null, negative: string): number {
  const i = indexValue(v);
  if (i === undefined) throw typeError(notInt ?? `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (i < 0) throw valueError(negative);
  return Number(i);
}

const exhausted: NextFn = () => undefined;

function fromArray(items: readonly PyValue[]): NextFn {
  let i = 0;
  return () => (i < items.length ? items[i++] : undefined);
}

/** Yields index tuples in lexicographic order: `advance` moves `indices` to the next one or returns false. */
function indexTuples(first: number[] | null, advance: (indices: number[]) => boolean, pick: (indices: number[]) => PyValue[]): NextFn {
  if (!first) return exhausted;
  let indices: number[] | null = first;
  return () => {
    if (!indices) return undefined;
    const out = new PyTuple(pick(indices));
    if (!advance(indices)) indices = null;
    return out;
  };
}

function combinations(pool: PyValue[], r: number, withReplacement: boolean): NextFn {
  const n = pool.length;
  const first = withReplacement ? (n || !r ? new Array(r).fill(0) : null) : r <= n ? [...Array(r).keys()] : null;
  const advance = (indices: number[]) => {
    let i = r - 1;
    const limit = (k: number) => (withReplacement ? n - 1 : k + n - r);
    while (i >= 0 && indices[i] === limit(i)) i--;
    if (i < 0) return false;
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = withReplacement ? indices[i] : indices[j - 1] + 1;
    return true;
  };
  return indexTuples(first, advance, (indices) => indices.map((i) => pool[i]));
}

/** permutations via CPython's cycles algorithm, which fixes the output order. */
function permutations(pool: PyValue[], r: number): NextFn {
  const n = pool.length;
  if (r > n) return exhausted;
  const indices = [...Array(n).keys()];
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  let first = true;
  let done = false;
  return () => {
    if (done) return undefined;
    if (first) {
      first = false;
      return new PyTuple(indices.slice(0, r).map((i) => pool[i]));
    }
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        indices.push(...indices.splice(i, 1));
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i];
        [indices[i], indices[j]] = [indices[j], indices[i]];
        return new PyTuple(indices.slice(0, r).map((k) => pool[k]));
      }
    }
    done = true;
    return undefined;
  };
}

function product(pools: PyValue[][]): NextFn {
  if (pools.some((p) => p.length === 0)) return exhausted;
  const indices = pools.map(() => 0);
  const advance = (ix: number[]) => {
    for (let i = pools.length - 1; i >= 0; i--) {
      if (++ix[i] < pools[i].length) return true;
      ix[i] = 0;
    }
    return false;
  };
  return indexTuples(indices, advance, (ix) => ix.map((k, i) => pools[i][k]));
}

const groupbyGrouper = new PyType('_grouper', [objectType], 'itertools');
const teeType = new PyType('_tee', [objectType], 'itertools');

/** groupby shares one underlying iterator between the outer iterator and the current group, as CPython does. */
function groupby(iterable: PyValue, keyFn: PyValue): NextFn {
  const next = iterate(iterable);
  const keyOf = (v: PyValue) => (keyFn === None ? v : call(keyFn, [v]));
  const unset = {};
  let currentKey: PyValue | typeof unset = unset;
  let targetKey: PyValue | typeof unset = unset;
  let currentValue: PyValue | undefined;
  let generation = 0;
  let finished = false;
  const sameKey = (a: PyValue | typeof unset, b: PyValue | typeof unset) => a !== unset && b !== unset && (a === b || equals(a as PyValue, b as PyValue));
  const advance = (): boolean => {
    currentValue = next();
    if (currentValue === undefined) {
      finished = true;
      return false;
    }
    currentKey = keyOf(currentValue);
    return true;
  };
  return () => {
    if (finished) return undefined;
    generation++;
    while (currentKey === unset || sameKey(currentKey, targetKey)) if (!advance()) return undefined;
    targetKey = currentKey;
    const myGeneration = generation;
    const groupKey = targetKey;
    let first = true;
    const group = new PyIterator(groupbyGrouper, () => {
      if (generation !== myGeneration || finished) return undefined;
      if (!first && !advance()) return undefined;
      first = false;
      return sameKey(currentKey, groupKey) ? currentValue : undefined;
    });
    return new PyTuple([groupKey as PyValue, group]);
  };
}
function accumulate(iterable: PyValue, fn: PyValue, initial: PyValue): NextFn {
  const next = iterate(iterable);
  let total: PyValue | undefined = initial === None ? undefined : initial;
  let emitInitial = total !== undefined;
  return () => {
    if (emitInitial) {
      emitInitial = false;
      return total;
    }
    const v = next();
    if (v === undefined) return undefined;
    total = total === undefined ? v : fn === None ? binaryOp('+', total, v) : call(fn, [total, v]);
    return total;
  };
}

function islice(args: PyValue[]): NextFn {
  arity('islice', args, 2, 4);
  const bound = (v: PyValue | undefined, dflt: number | undefined, what: string): number | undefined => {
    if (v === undefined || v === None) return dflt;
    const i = indexValue(v);
    if (i === undefined || i < 0) throw valueError(`${what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
    return Number(i);
  };
  const [start, stop, step] =
    args.length === 2 ? [0, bound(args[1], undefined, 'Stop'), 1] : [bound(args[1], 0, 'Indices')!, bound(args[2], undefined, 'Stop'), bound(args[3], 1, 'Step')!];
  if (step === 0) throw valueError('Step for islice() must be a positive integer or None.');
  const next = iterate(args[0]);
  let position = 0;
  let wanted = start;
  return () => {
    if (stop !== undefined && wanted >= stop) {
      // CPython consumes up to the stop position before finishing.
      while (position < stop && next() !== undefined) position++;
      return undefined;
    }
    for (;;) {
      const v = next();
      if (v === undefined) return undefined;
      if (position++ === wanted) {
        wanted += step;
        return v;
      }
    }
  };
}

registerModule('itertools', () => {
  const m = new PyModule('itertools');
  const set = (name: string, v: PyValue) => m.dict!.set(name, v);
  const addType = (name: string, make: (args: PyValue[], kwargs: Kwargs) => NextFn) => set(name, iteratorType(name, make));

  addType('count', (args, kwargs) => {
    const kw = keywords('count', kwargs, ['start', 'step']);
    arity('count', args, 0, 2);
    let current: PyValue = args[0] ?? kw.start ?? 0;
    const step: PyValue = args[1] ?? kw.step ?? 1;
    for (const v of [current, step]) if (floatValue(v) === undefined) throw typeError('a number is required');
    return () => {
      const out = current;
      current = binaryOp('+', current, step);
      return out;
    };
  });
  addType('cycle', (args) => {
    arity('cycle', args, 1);
    const next = iterate(args[0]);
    const saved: PyValue[] = [];
    let i = -1;
    return () => {
      if (i < 0) {
        const v = next();
        if (v !== undefined) {
          saved.push(v);
          return v;
        }
        if (!saved.length) return undefined;
        i = 0;
      }
      const v = saved[i];
      i = (i + 1) % saved.length;
      return v;
    };
  });
  addType('repeat', (args, kwargs) => {
    const kw = keywords('repeat', kwargs, ['object', 'times']);
    arity('repeat', args, 0, 2);
    const value = args[0] ?? kw.object;
    if (value === undefined) throw typeError("repeat() missing required argument 'object' (pos 1)");
    const timesArg = args[1] ?? kw.times;
    let left = timesArg === undefined ? Infinity : Math.max(0, Number(indexValue(timesArg) ?? 0));
    return () => (left-- > 0 ? value : undefined);
  });
  addType('accumulate', (args, kwargs) => {
    const kw = keywords('accumulate', kwargs, ['iterable', 'func', 'initial']);
    arity('accumulate', args, 0, 2);
    return accumulate(args[0] ?? kw.iterable!, args[1] ?? kw.func ?? None, kw.initial ?? None);
  });
  const chain = iteratorType('chain', (args) => chainOf(fromArray(args)));
  const chainOf = (iterables: NextFn): NextFn => {
    let current: NextFn = exhausted;
    return () => {
      for (;;) {
        const v = current();
        if (v !== undefined) return v;
        const nextIterable = iterables();
        if (nextIterable === undefined) return undefined;
        current = iterate(nextIterable);
      }
    };
  };
  chain.dict.set('from_iterable', new PyNativeFunction('from_iterable', (args) => {
    arity('from_iterable', args, 1);
    return new PyIterator(chain, chainOf(iterate(args[0])));
  }));
  set('chain', chain);
  addType('compress', (args) => {
    arity('compress', args, 2);
    const data = iterate(args[0]);
    const selectors = iterate(args[1]);
    return () => {
      for (;;) {
        const v = data();
        const s = selectors();
        if (v === undefined || s === undefined) return undefined;
        if (truthy(s)) return v;
      }
    };
  });
  addType('dropwhile', (args) => {
    arity('dropwhile', args, 2);
    const next = iterate(args[1]);
    let dropping = true;
    return () => {
      for (let v = next(); v !== undefined; v = next()) {
        if (dropping && truthy(call(args[0], [v]))) continue;
        dropping = false;
        return v;
      }
      return undefined;
    };
  });
  addType('takewhile', (args) => {
    arity('takewhile', args, 2);
    const next = iterate(args[1]);
    let taking = true;
    return () => {
      if (!taking) return undefined;
      const v = next();
      if (v !== undefined && truthy(call(args[0], [v]))) return v;
      taking = false;
      return undefined;
    };
  });
  addType('filterfalse', (args) => {
    arity('filterfalse', args, 2);
    const next = iterate(args[1]);
    return () => {
      for (let v = next(); v !== undefined; v = next()) if (!truthy(args[0] === None ? v : call(args[0], [v]))) return v;
      return undefined;
    };
  });
  addType('groupby', (args, kwargs) => {
    const kw = keywords('groupby', kwargs, ['iterable', 'key']);
    arity('groupby', args, 0, 2);
    return groupby(args[0] ?? kw.iterable!, args[1] ?? kw.key ?? None);
  });
  addType('islice', (args) => islice(args));
  addType('pairwise', (args) => {
    arity('pairwise', args, 1);
    const next = iterate(args[0]);
    let previous: PyValue | undefined = next();
    return () => {
      if (previous === undefined) return undefined;
      const v = next();
      if (v === undefined) return (previous = undefined);
      const pair = new PyTuple([previous, v]);
      previous = v;
      return pair;
    };
  });
  addType('starmap', (args) => {
    arity('starmap', args, 2);
    const next = iterate(args[1]);
    return () => {
      const v = next();
      return v === undefined ? undefined : call(args[0], toArray(v));
    };
  });
  addType('zip_longest', (args, kwargs) => {
    const kw = keywords('zip_longest', kwargs, ['fillvalue']);
    const fill = kw.fillvalue ?? None;
    const iterators: (NextFn | null)[] = args.map(iterate);
    let active = iterators.length;
    return () => {
      if (!active) return undefined;
      const row = iterators.map((next, i) => {
        if (!next) return fill;
        const v = next();
        if (v !== undefined) return v;
        iterators[i] = null;
        active--;
        return fill;
      });
      return active ? new PyTuple(row) : undefined;
    };
  });
  addType('product', (args, kwargs) => {
    const kw = keywords('product', kwargs, ['repeat']);
    const times = kw.repeat === undefined ? 1 : nonNegativeInt(kw.repeat, null, 'repeat argument cannot be negative');
    const pools = args.map(toArray);
    return product(Array.from({ length: times }, () => pools).flat());
  });
  addType('permutations', (args, kwargs) => {
    const kw = keywords('permutations', kwargs, ['iterable', 'r']);
    arity('permutations', args, 0, 2);
    const pool = toArray(args[0] ?? kw.iterable!);
    const r = args[1] ?? kw.r ?? None;
    return permutations(pool, r === None ? pool.length : nonNegativeInt(r, 'Expected int as r', 'r must be non-negative'));
  });
  const combinationsType = (name: string, withReplacement: boolean) =>
    addType(name, (args, kwargs) => {
      const kw = keywords(name, kwargs, ['iterable', 'r']);
      arity(name, args, 0, 2);
      const r = args[1] ?? kw.r;
      if (r === undefined) throw typeError(`${name}() missing required argument 'r' (pos 2)`);
      return combinations(toArray(args[0] ?? kw.iterable!), nonNegativeInt(r, 'Expected int as r', 'r must be non-negative'), withReplacement);
    });
  combinationsType('combinations', false);
  combinationsType('combinations_with_replacement', true);
  set('tee', new PyNativeFunction('tee', teeFunction));
  return m;
});

/** tee(iterable, n=2): independent iterators over one source, buffering what some have not yet read. */
const teeFunction: NativeFn = (args) => {
  arity('tee', args, 1, 2);
  const n = args.length > 1 ? nonNegativeInt(args[1], null, 'n must be >= 0') : 2;
  const next = iterate(args[0]);
  const buffer: PyValue[] = [];
  let offset = 0;
  const positions = new Array<number>(n).fill(0);
  const make = (k: number): PyIterator =>
    new PyIterator(teeType, () => {
      const index = positions[k];
      if (index - offset >= buffer.length) {
        const v = next();
        if (v === undefined) return undefined;
        buffer.push(v);
      }
      positions[k]++;
      const v = buffer[index - offset];
      const slowest = Math.min(...positions);
      if (slowest > offset) {
        buffer.splice(0, slowest - offset);
        offset = slowest;
      }
      return v;
    });
  return new PyTuple(Array.from({ length: n }, (_, k) => make(k)));
};
