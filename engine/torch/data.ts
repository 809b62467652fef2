// torch.utils.data: Dataset (subclassed from Python with __getitem__/__len__), TensorDataset, Subset,
// random_split, the samplers and DataLoader with default_collate, as PyTorch 1.13 has them. Loading runs in
// this process; every draw from torch's generators happens in PyTorch's order: each iteration over a loader
// draws its base seed (one 64-bit number) when it starts, and a shuffling RandomSampler draws its own seed
// when the first batch is requested, then takes torch.randperm from a generator seeded with it.
import * as engine from '../tensor/index';
import * as random from '../random/index';
import { warn } from '../tensor/errors';
import { None, PyFloat, PyType, dictType, listType, objectType, typeOf, type Kwargs, type PyValue } from '../python/objects/core';
import { PyDict, PyIterator, PyList, PyTuple } from '../python/objects/containers';
import { PyNativeFunction } from '../python/objects/functions';
import { AssertionError, NotImplementedError, PyException, RuntimeError, StopIteration, TypeError, pyError, typeError, valueError } from '../python/objects/exceptions';
import { binaryOp } from '../python/ops/arith';
import { getAttr, hasAttr, setAttr } from '../python/ops/attr';
import { call } from '../python/ops/call';
import { equals, lessThan } from '../python/ops/compare';
import { floatValue, repr, requireIndex } from '../python/ops/convert';
import { getIter, iterate, toArray } from '../python/ops/iter';
import { defineGetters } from '../python/types/define';
import { getItem, len } from '../python/ops/sequence';
import { registerModule } from '../python/modules';
import { runtime } from '../python/runtime';
import type { BoundArgs } from './args';
import { bindPythonArguments } from './pythonArgs';
import { PyGenerator, generatorOf } from './generators';
import { module } from './module';
import { defineNative, newDict, type Method } from './optim/optimizer';
import { PyTensor, wrapTensor } from './tensorObject';

const attr = (self: PyValue, name: string): PyValue => getAttr(self, name);
const setAttrs = (self: PyValue, entries: Array<[string, PyValue]>): void => entries.forEach(([key, value]) => setAttr(self, key, value));

function nativeClass(name: string, file: string, bases: PyType[], methods: Record<string, Method>): PyType {
  const type = new PyType(name, bases, `torch.utils.data.${file}`);
  type.instancesHaveDict = true;
  defineNative(type, methods);
  return type;
}

/** A native iterator whose items are computed on demand (what a Python generator function gives). */
function lazyIterator(typeName: string, start: () => () => PyValue | undefined): PyIterator {
  let next: (() => PyValue | undefined) | undefined;
  return new PyIterator(iteratorType(typeName), () => (next ??= start())());
}

/** __iter__ and __next__ for native iterator types, so `iter(loader).__next__()` works as in Python. */
const ITERATOR_METHODS: Record<string, Method> = {
  __iter__: (args) => args[0]!,
  __next__: (args) => {
    const item = (args[0] as PyIterator).next();
    if (item === undefined) throw pyError(StopIteration);
    return item;
  },
};

const iteratorTypes = new Map<string, PyType>();
function iteratorType(name: string): PyType {
  let type = iteratorTypes.get(name);
  if (!type) {
    type = new PyType(name, [objectType], 'torch.utils.data');
    defineNative(type, ITERATOR_METHODS);
    iteratorTypes.set(name, type);
  }
  return type;
}

/** int(torch.empty((), dtype=torch.int64).random_(generator=...).item()): one uint64 draw modulo 2**63. */
const drawSeed = (generator: random.Generator): bigint => generator.random64() % (1n << 63n);

const pythonInts = (values: Float64Array): PyValue[] => Array.from(values, (value) => value);

// ---- datasets

export const datasetType = nativeClass('Dataset', 'dataset', [objectType], {
  __getitem__: () => {
    throw pyError(NotImplementedError);
  },
  __add__: (args) => call(concatDatasetType, [new PyList([args[0]!, args[1]!])]),
});

/** Datasets that are iterated rather than indexed (streams); DataLoader batches what __iter__ yields. */
export const iterableDatasetType = nativeClass('IterableDataset', 'dataset', [datasetType], {
  __iter__: () => {
    throw pyError(NotImplementedError);
  },
});

const isIterableDataset = (value: PyValue): boolean => typeOf(value).isSubtypeOf(iterableDatasetType);

const concatDatasetType = nativeClass('ConcatDataset', 'dataset', [datasetType], {
  __init__: (args, kwargs) => {
    const datasets = toArray(bindPythonArguments('ConcatDataset.__init__', 'self, datasets', args, kwargs).raw('datasets')!);
    if (datasets.length === 0) throw pyError(AssertionError, 'datasets should not be an empty iterable');
    if (datasets.some(isIterableDataset)) throw pyError(AssertionError, 'ConcatDataset does not support IterableDataset');
    let total = 0;
    setAttrs(args[0]!, [
      ['datasets', new PyList(datasets)],
      ['cumulative_sizes', new PyList(datasets.map((dataset) => (total += len(dataset))))],
    ]);
    return None;
  },
  __len__: (args) => toArray(attr(args[0]!, 'cumulative_sizes')).at(-1)!,
  __getitem__: (args) => {
    const self = args[0]!;
    const sizes = toArray(attr(self, 'cumulative_sizes')) as number[];
    let index = Number(requireIndex(args[1]!));
    if (index < 0) {
      if (-index > sizes.at(-1)!) throw valueError('absolute value of index should not exceed dataset length');
      index += sizes.at(-1)!;
    }
    const which = bisectRight(sizes, index);
    return getItem(toArray(attr(self, 'datasets'))[which]!, which === 0 ? index : index - sizes[which - 1]!);
  },
});

/** Python's bisect_right over sorted numbers. */
function bisectRight(sorted: number[], value: number): number {
  let count = 0;
  while (count < sorted.length && sorted[count]! <= value) count++;
  return count;
}

const tensorDatasetType = nativeClass('TensorDataset', 'dataset', [datasetType], {
  __init__: (args, kwargs) => {
    bindPythonArguments('TensorDataset.__init__', 'self, *tensors', args, kwargs);
    const tensors = args.slice(1);
    const first = tensors[0];
    const size = (value: PyValue): PyValue => call(getAttr(value, 'size'), [0]);
    if (first !== undefined && !tensors.every((tensor) => equals(size(first), size(tensor)))) throw pyError(AssertionError, 'Size mismatch between tensors');
    setAttr(args[0]!, 'tensors', new PyTuple(tensors));
    return None;
  },
  __getitem__: (args) => new PyTuple(toArray(attr(args[0]!, 'tensors')).map((tensor) => getItem(tensor, args[1]!))),
  __len__: (args) => call(getAttr(toArray(attr(args[0]!, 'tensors'))[0]!, 'size'), [0]),
});

const subsetType = nativeClass('Subset', 'dataset', [datasetType], {
  __init__: (args, kwargs) => {
    const a = bindPythonArguments('Subset.__init__', 'self, dataset, indices', args, kwargs);
    setAttrs(args[0]!, [
      ['dataset', a.raw('dataset')!],
      ['indices', a.raw('indices')!],
    ]);
    return None;
  },
  __getitem__: (args) => {
    const [self, index] = args as [PyValue, PyValue];
    const indices = attr(self, 'indices');
    if (index instanceof PyList) return getItem(attr(self, 'dataset'), new PyList(index.items.map((i) => getItem(indices, i))));
    return getItem(attr(self, 'dataset'), getItem(indices, index));
  },
  __len__: (args) => len(attr(args[0]!, 'indices')),
});

const DATASET_FILE = '/usr/lib/python3/dist-packages/torch/utils/data/dataset.py';

/** Fractions summing to 1 become lengths: floor(n * fraction) each, the remainder handed out round-robin. */
function lengthsFromFractions(fractions: PyValue[], total: number): number[] {
  const lengths = fractions.map((fraction, i) => {
    const value = floatValue(fraction) ?? NaN;
    if (value < 0 || value > 1) throw valueError(`Fraction at index ${i} is not between 0 and 1`);
    return Math.floor(total * value);
  });
  const remainder = total - lengths.reduce((sum, length) => sum + length, 0);
  for (let i = 0; i < remainder; i++) lengths[i % lengths.length]!++;
  lengths.forEach((length, i) => {
    if (length === 0) warn(`Length of split at index ${i} is 0. This might result in an empty dataset.`, { file: DATASET_FILE, line: 342, source: 'warnings.warn(f"Length of split at index {i} is 0. "' });
  });
  return lengths;
}

function randomSplit(a: BoundArgs): PyValue {
  const dataset = a.raw('dataset')!;
  let lengths = toArray(a.raw('lengths')!);
  const sum = (values: PyValue[]): PyValue => values.reduce<PyValue>((total, length) => binaryOp('+', total, length), 0);
  const fractionSum = floatValue(sum(lengths)) ?? NaN;
  if (Math.abs(fractionSum - 1) <= 1e-9 * Math.max(Math.abs(fractionSum), 1) && fractionSum <= 1) lengths = lengthsFromFractions(lengths, len(dataset));
  if (!equals(sum(lengths), len(dataset))) throw valueError('Sum of input lengths does not equal the length of the input dataset!');
  const counts = lengths.map((length) => Number(requireIndex(length)));
  const total = len(dataset);
  const indices = pythonInts(random.randperm(generatorOf(a), total));
  let offset = 0;
  return new PyList(
    counts.map((count) => {
      offset += count;
      return call(subsetType, [dataset, new PyList(indices.slice(offset - count, offset))]);
    }),
  );
}

// ---- samplers

export const samplerType = nativeClass('Sampler', 'sampler', [objectType], {
  __init__: () => None,
});

const sequentialSamplerType = nativeClass('SequentialSampler', 'sampler', [samplerType], {
  __init__: (args, kwargs) => {
    setAttr(args[0]!, 'data_source', bindPythonArguments('SequentialSampler.__init__', 'self, data_source', args, kwargs).raw('data_source')!);
    return None;
  },
  __iter__: (args) => {
    const self = args[0]!;
    return lazyIterator('generator', () => {
      const n = len(attr(self, 'data_source'));
      let i = 0;
      return () => (i < n ? i++ : undefined);
    });
  },
  __len__: (args) => len(attr(args[0]!, 'data_source')),
});

function numSamples(self: PyValue): number {
  const given = attr(self, '_num_samples');
  return given === None ? len(attr(self, 'data_source')) : Number(requireIndex(given));
}

const randomSamplerType = nativeClass('RandomSampler', 'sampler', [samplerType], {
  __init__: (args, kwargs) => {
    const self = args[0]!;
    const a = bindPythonArguments('RandomSampler.__init__', 'self, data_source, replacement=, num_samples=, generator=', args, kwargs);
    const replacement = a.given('replacement') ? a.raw('replacement') ?? None : false;
    setAttrs(self, [
      ['data_source', a.raw('data_source')!],
      ['replacement', replacement],
      ['_num_samples', a.raw('num_samples') ?? None],
      ['generator', a.raw('generator') ?? None],
    ]);
    if (typeof replacement !== 'boolean') throw typeError(`replacement should be a boolean value, but got replacement=${repr(replacement)}`);
    const count = attr(self, '_num_samples') === None ? len(attr(self, 'data_source')) : attr(self, '_num_samples');
    if (typeof count !== 'number' || count <= 0) throw valueError(`num_samples should be a positive integer value, but got num_samples=${repr(count)}`);
    return None;
  },
  __iter__: (args) => {
    const self = args[0]!;
    return lazyIterator('generator', () => {
      const n = len(attr(self, 'data_source'));
      const own = attr(self, 'generator');
      const generator = own instanceof PyGenerator ? own.generator : new random.Generator(drawSeed(random.defaultGenerator));
      const total = numSamples(self);
      const order: PyValue[] = [];
      if (attr(self, 'replacement') === true) {
        for (let remaining = total; remaining > 0; remaining -= 32) {
          const chunk = new Float64Array(Math.min(32, remaining));
          random.randintFloat64(generator, chunk, 0, n);
          order.push(...pythonInts(chunk));
        }
      } else {
        for (let i = 0; i < Math.floor(total / n); i++) order.push(...pythonInts(random.randperm(generator, n)));
        order.push(...pythonInts(random.randperm(generator, n)).slice(0, total % n));
      }
      let i = 0;
      return () => (i < order.length ? order[i++] : undefined);
    });
  },
  __len__: (args) => numSamples(args[0]!),
});
defineGetters(randomSamplerType, { num_samples: numSamples });

/** The given indices in a random order: torch.randperm straight from the generator (the default one if none). */
const subsetRandomSamplerType = nativeClass('SubsetRandomSampler', 'sampler', [samplerType], {
  __init__: (args, kwargs) => {
    const a = bindPythonArguments('SubsetRandomSampler.__init__', 'self, indices, generator=', args, kwargs);
    setAttrs(args[0]!, [
      ['indices', a.raw('indices')!],
      ['generator', a.raw('generator') ?? None],
    ]);
    return None;
  },
  __iter__: (args) => {
    const self = args[0]!;
    return lazyIterator('generator', () => {
      const indices = attr(self, 'indices');
      const own = attr(self, 'generator');
      const order = random.randperm(own instanceof PyGenerator ? own.generator : random.defaultGenerator, len(indices));
      let i = 0;
      return () => (i < order.length ? getItem(indices, order[i++]!) : undefined);
    });
  },
  __len__: (args) => len(attr(args[0]!, 'indices')),
});

/** Indices drawn by torch.multinomial over the weights (as float64), with or without replacement. */
const weightedRandomSamplerType = nativeClass('WeightedRandomSampler', 'sampler', [samplerType], {
  __init__: (args, kwargs) => {
    const a = bindPythonArguments('WeightedRandomSampler.__init__', 'self, weights, num_samples, replacement=, generator=', args, kwargs);
    const count = a.raw('num_samples')!;
    if (typeof count !== 'number' || count <= 0) throw valueError(`num_samples should be a positive integer value, but got num_samples=${repr(count)}`);
    const replacement = a.raw('replacement') ?? true;
    if (typeof replacement !== 'boolean') throw valueError(`replacement should be a boolean value, but got replacement=${repr(replacement)}`);
    const given = a.raw('weights')!;
    const weights = given instanceof PyTensor ? wrapTensor(engine.toDtype(given.tensor, 'float64')) : torchFunction('tensor', [given], newKwargs({ dtype: torchFunction('float64') }));
    const shape = (weights as PyTensor).tensor.shape;
    if (shape.length !== 1) throw valueError(`weights should be a 1d sequence but given weights have shape ${repr(new PyTuple([...shape]))}`);
    setAttrs(args[0]!, [
      ['weights', weights],
      ['num_samples', count],
      ['replacement', replacement],
      ['generator', a.raw('generator') ?? None],
    ]);
    return None;
  },
  __iter__: (args) => {
    const self = args[0]!;
    const drawn = torchFunction('multinomial', [attr(self, 'weights'), attr(self, 'num_samples'), attr(self, 'replacement')], newKwargs({ generator: attr(self, 'generator') }));
    return getIter(call(getAttr(drawn, 'tolist'), []));
  },
  __len__: (args) => attr(args[0]!, 'num_samples') as number,
});

const batchSamplerType = nativeClass('BatchSampler', 'sampler', [samplerType], {
  __init__: (args, kwargs) => {
    const a = bindPythonArguments('BatchSampler.__init__', 'self, sampler, batch_size, drop_last', args, kwargs);
    const batchSize = a.raw('batch_size') ?? None;
    if (typeof batchSize !== 'number' || batchSize <= 0) throw valueError(`batch_size should be a positive integer value, but got batch_size=${repr(batchSize)}`);
    const dropLast = a.raw('drop_last') ?? None;
    if (typeof dropLast !== 'boolean') throw valueError(`drop_last should be a boolean value, but got drop_last=${repr(dropLast)}`);
    setAttrs(args[0]!, [
      ['sampler', a.raw('sampler')!],
      ['batch_size', batchSize],
      ['drop_last', dropLast],
    ]);
    return None;
  },
  __iter__: (args) => {
    const self = args[0]!;
    return lazyIterator('generator', () => {
      const next = iterate(attr(self, 'sampler'));
      const size = attr(self, 'batch_size') as number;
      const dropLast = attr(self, 'drop_last') === true;
      return () => {
        const batch: PyValue[] = [];
        for (let item = next(); item !== undefined; item = batch.length < size ? next() : undefined) batch.push(item);
        return batch.length === 0 || (dropLast && batch.length < size) ? undefined : new PyList(batch);
      };
    });
  },
  __len__: (args) => {
    const self = args[0]!;
    const n = len(attr(self, 'sampler'));
    const size = attr(self, 'batch_size') as number;
    return attr(self, 'drop_last') === true ? Math.floor(n / size) : Math.ceil(n / size);
  },
});

// ---- collation

const COLLATE_ERROR = 'default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found ';

/** torch.<name>, called with `args` (or the attribute itself when args are not given). */
function torchFunction(name: string, args?: PyValue[], kwargs: Kwargs = null): PyValue {
  const value = runtime.modules.import('torch').dict!.get(name)!;
  return args === undefined ? value : call(value, args, kwargs);
}
const newKwargs = (entries: Record<string, PyValue>): Kwargs => new Map(Object.entries(entries));
const torchTensor = (values: PyValue[], kwargs: Kwargs = null): PyValue => torchFunction('tensor', [new PyList(values)], kwargs);

/** The same container type holding new contents, or the plain container when the type cannot be built so. */
function rebuild(type: PyType, contents: PyValue, plain: PyValue): PyValue {
  try {
    return call(type, [contents]);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(TypeError)) return plain;
    throw e;
  }
}

const isNamedTuple = (value: PyValue): boolean => value instanceof PyTuple && hasAttr(value, '_fields');

function transposed(batch: PyValue[]): PyValue[][] {
  const rows = batch.map(toArray);
  const size = rows[0]!.length;
  if (!rows.every((row) => row.length === size)) throw pyError(RuntimeError, 'each element in list of batch should be of equal size');
  return Array.from({ length: size }, (_, i) => rows.map((row) => row[i]!));
}

/** default_collate: stacks tensors, turns numbers into tensors and recurses into mappings and sequences. */
export function defaultCollate(batch: PyValue[]): PyValue {
  const elem = batch[0]!;
  const type = typeOf(elem);
  if (elem instanceof PyTensor) return wrapTensor(engine.stack(batch.map((item) => (item as PyTensor).tensor), 0));
  if (elem instanceof PyFloat) return torchTensor(batch, new Map([['dtype', runtime.modules.import('torch').dict!.get('float64')!]]));
  if (typeof elem === 'number' || typeof elem === 'bigint' || typeof elem === 'boolean') return torchTensor(batch);
  if (typeof elem === 'string') return new PyList(batch);
  if (elem instanceof PyDict) {
    const collated = newDict([...elem.entries.values()].map(({ key }) => [key, defaultCollate(batch.map((item) => getItem(item, key)))] as const));
    return type === dictType ? collated : rebuild(type, collated, collated);
  }
  if (isNamedTuple(elem)) return call(type, transposed(batch).map(defaultCollate));
  if (elem instanceof PyTuple || elem instanceof PyList) {
    const items = transposed(batch).map(defaultCollate);
    return elem instanceof PyTuple || type === listType ? new PyList(items) : rebuild(type, new PyList(items), new PyList(items));
  }
  throw typeError(COLLATE_ERROR + repr(type));
}

/** default_convert, used when batch_size=None: samples pass through, tuples become lists. */
export function defaultConvert(data: PyValue): PyValue {
  if (data instanceof PyDict) {
    const converted = newDict([...data.entries.values()].map(({ key, value }) => [key, defaultConvert(value)] as const));
    return data.cls === dictType ? converted : rebuild(data.cls, converted, converted);
  }
  if (isNamedTuple(data)) return call(typeOf(data), (data as PyTuple).items.map(defaultConvert));
  if (data instanceof PyTuple) return new PyList(data.items.map(defaultConvert));
  if (data instanceof PyList) {
    const items = new PyList(data.items.map(defaultConvert));
    return data.cls === listType ? items : rebuild(data.cls, items, items);
  }
  return data;
}

// ---- DataLoader

export const dataLoaderType = nativeClass('DataLoader', 'dataloader', [objectType], {
  __init__: (args, kwargs) => {
    const self = args[0]!;
    const a = bindPythonArguments(
      'DataLoader.__init__',
      'self, dataset, batch_size=, shuffle=, sampler=, batch_sampler=, num_workers=, collate_fn=, pin_memory=, drop_last=, timeout=, worker_init_fn=, multiprocessing_context=, generator=, *, prefetch_factor=, persistent_workers=, pin_memory_device=',
      args,
      kwargs,
    );
    const option = (name: string, fallback: PyValue): PyValue => (a.given(name) ? (a.raw(name) ?? None) : fallback);
    const dataset = a.raw('dataset')!;
    const numWorkers = option('num_workers', 0);
    if (lessThan(numWorkers, 0)) throw valueError('num_workers option should be non-negative; use num_workers=0 to disable multiprocessing.');
    if (lessThan(option('timeout', 0), 0)) throw valueError('timeout option should be non-negative');
    if (option('persistent_workers', false) === true && equals(numWorkers, 0)) throw valueError('persistent_workers option needs num_workers > 0');
    let sampler = option('sampler', None);
    let batchSampler = option('batch_sampler', None);
    const iterable = isIterableDataset(dataset);
    if (iterable) {
      const given = option('shuffle', None);
      if (given !== None && given !== false) throw valueError(`DataLoader with IterableDataset: expected unspecified shuffle option, but got shuffle=${repr(given)}`);
      if (sampler !== None) throw valueError(`DataLoader with IterableDataset: expected unspecified sampler option, but got sampler=${repr(sampler)}`);
      if (batchSampler !== None) throw valueError(`DataLoader with IterableDataset: expected unspecified batch_sampler option, but got batch_sampler=${repr(batchSampler)}`);
    }
    const shuffle = option('shuffle', None) === None ? false : option('shuffle', None) === true || floatValue(option('shuffle', None)) !== 0;
    let batchSize = option('batch_size', 1);
    let dropLast = option('drop_last', false);
    if (sampler !== None && shuffle) throw valueError('sampler option is mutually exclusive with shuffle');
    if (batchSampler !== None) {
      if (!equals(batchSize, 1) || shuffle || sampler !== None || dropLast === true) {
        throw valueError('batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last');
      }
      batchSize = None;
      dropLast = false;
    } else if (batchSize === None && dropLast === true) {
      throw valueError('batch_size=None option disables auto-batching and is mutually exclusive with drop_last');
    }
    const generator = option('generator', None);
    if (sampler === None && iterable) sampler = call(infiniteSamplerType, []);
    else if (sampler === None) sampler = shuffle ? call(randomSamplerType, [dataset], new Map([['generator', generator]])) : call(sequentialSamplerType, [dataset]);
    if (batchSize !== None && batchSampler === None) batchSampler = call(batchSamplerType, [sampler, batchSize, dropLast]);
    setAttrs(self, [
      ['dataset', dataset],
      ['num_workers', numWorkers],
      ['prefetch_factor', option('prefetch_factor', 2)],
      ['pin_memory', option('pin_memory', false)],
      ['pin_memory_device', option('pin_memory_device', '')],
      ['timeout', option('timeout', 0)],
      ['worker_init_fn', option('worker_init_fn', None)],
      ['batch_size', batchSize],
      ['drop_last', dropLast],
      ['sampler', sampler],
      ['batch_sampler', batchSampler],
      ['generator', generator],
      ['collate_fn', option('collate_fn', None) === None ? (batchSampler !== None ? defaultCollateFunction : defaultConvertFunction) : option('collate_fn', None)],
      ['persistent_workers', option('persistent_workers', false)],
    ]);
    return None;
  },
  __iter__: (args) => loaderIterator(args[0]!),
  __len__: (args) => {
    const self = args[0]!;
    if (!isIterableDataset(attr(self, 'dataset'))) return len(indexSampler(self));
    const length = len(attr(self, 'dataset'));
    const batchSize = attr(self, 'batch_size');
    if (batchSize === None) return length;
    return attr(self, 'drop_last') === true ? Math.floor(length / (batchSize as number)) : Math.ceil(length / (batchSize as number));
  },
});

const indexSampler = (loader: PyValue): PyValue => (attr(loader, 'batch_sampler') !== None ? attr(loader, 'batch_sampler') : attr(loader, 'sampler'));

const loaderIteratorType = nativeClass('_SingleProcessDataLoaderIter', 'dataloader', [objectType], {
  ...ITERATOR_METHODS,
  __len__: (args) => len((args[0] as LoaderIterator).indexSampler),
});

class LoaderIterator extends PyIterator {
  constructor(
    readonly indexSampler: PyValue,
    next: () => PyValue | undefined,
  ) {
    super(loaderIteratorType, next);
  }
}

/** One pass over the loader (workers, if asked for, are not started: samples load in this process, in order). */
function loaderIterator(loader: PyValue): PyValue {
  const sampler = indexSampler(loader);
  const batched = attr(loader, 'batch_sampler') !== None;
  const indices = getIter(sampler);
  const dataset = attr(loader, 'dataset');
  const collate = attr(loader, 'collate_fn');
  const own = attr(loader, 'generator');
  drawSeed(own instanceof PyGenerator ? own.generator : random.defaultGenerator);
  const nextIndex = iterate(indices);
  const fetch = isIterableDataset(dataset) ? streamFetcher(dataset, batched, attr(loader, 'drop_last') === true) : (index: PyValue) => (batched ? new PyList(toArray(index).map((i) => getItem(dataset, i))) : getItem(dataset, index));
  return new LoaderIterator(sampler, () => {
    const index = nextIndex();
    if (index === undefined) return undefined;
    const data = fetch(index);
    return data === undefined ? undefined : call(collate, [data]);
  });
}

/** Samples of an iterable dataset: as many as the batch has places (a short last batch unless drop_last). */
function streamFetcher(dataset: PyValue, batched: boolean, dropLast: boolean): (batch: PyValue) => PyValue | undefined {
  const next = iterate(dataset);
  let ended = false;
  return (batch) => {
    if (ended) return undefined;
    if (!batched) return next();
    const places = len(batch);
    const data: PyValue[] = [];
    while (data.length < places) {
      const item = next();
      if (item === undefined) {
        ended = true;
        break;
      }
      data.push(item);
    }
    return data.length === 0 || (dropLast && data.length < places) ? undefined : new PyList(data);
  };
}

/** The sampler of an iterable dataset: None forever (the dataset decides when to stop). */
const infiniteSamplerType = nativeClass('_InfiniteConstantSampler', 'sampler', [objectType], {
  __iter__: () => lazyIterator('generator', () => () => None),
});

const defaultCollateFunction = new PyNativeFunction('default_collate', (args, kwargs) => defaultCollate(toArray(bindPythonArguments('default_collate', 'batch', args, kwargs).raw('batch')!)));
const defaultConvertFunction = new PyNativeFunction('default_convert', (args, kwargs) => defaultConvert(bindPythonArguments('default_convert', 'data', args, kwargs).raw('data')!));

registerModule('torch.utils.data', () =>
  module('torch.utils.data', {
    Dataset: datasetType,
    IterableDataset: iterableDatasetType,
    ConcatDataset: concatDatasetType,
    TensorDataset: tensorDatasetType,
    Subset: subsetType,
    Sampler: samplerType,
    SequentialSampler: sequentialSamplerType,
    RandomSampler: randomSamplerType,
    SubsetRandomSampler: subsetRandomSamplerType,
    WeightedRandomSampler: weightedRandomSamplerType,
    BatchSampler: batchSamplerType,
    DataLoader: dataLoaderType,
    random_split: new PyNativeFunction('random_split', (args, kwargs) => randomSplit(bindPythonArguments('random_split', 'dataset, lengths, generator=', args, kwargs))),
    default_collate: defaultCollateFunction,
    default_convert: defaultConvertFunction,
  }),
);

registerModule('torch.utils', () => module('torch.utils', { data: runtime.modules.import('torch.utils.data') }));
