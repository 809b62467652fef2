// torch.save: the bytes PyTorch 1.13's `_save` writes for the same object. data.pkl is the object pickled as
// CPython's pickler does (tensors reduce to torch._utils._rebuild_tensor_v2 over a persistent storage id,
// Parameters to _rebuild_parameter, OrderedDicts with their attributes such as a state_dict's _metadata);
// each storage follows as data/<key> in key order, then the format version.
import { None, PyFloat, dictType, listType, tupleType, typeName, type PyValue } from '../../python/objects/core';
import { PyDict, PyList, PyTuple } from '../../python/objects/containers';
import { notImplemented } from '../../python/objects/exceptions';
import { orderedDictType } from '../../python/stdlib/collections';
import type { Tensor } from '../../tensor/index';
import type { DType, Storage } from '../../tensor/dtype';
import { isModule } from '../nn/module';
import { PyTensor, parameterType } from '../tensorObject';
import { PyDType, sizeType } from '../values';
import { BATCH_SIZE, PICKLE, PickleWriter } from './pickle';
import { writeZip, type ZipRecord } from './zip';

/** The storage class PyTorch names for each dtype in a persistent id. */
export const STORAGE_TYPES: Record<DType, string> = {
  float32: 'FloatStorage',
  float64: 'DoubleStorage',
  int64: 'LongStorage',
  int32: 'IntStorage',
  bool: 'BoolStorage',
  uint8: 'ByteStorage',
  int8: 'CharStorage',
  int16: 'ShortStorage',
};

/** What torch.save's zip format records as its version. */
const FORMAT_VERSION = '3\n';

/**
 * CPython interns strings that look like identifiers when they are literals or names (dict keys written in code,
 * keyword arguments, attribute names), so equal ones are one object and the pickler writes them once; computed
 * strings ('fc1.weight') are new objects each time.
 */
const INTERNED = /^[A-Za-z_][A-Za-z0-9_]*$/;

class Saver {
  readonly pickle = new PickleWriter();
  /** Storage key by storage, in the order storages are met (PyTorch's id_map). */
  private readonly storageKeys = new Map<Storage, string>();
  readonly storages = new Map<string, { storage: Storage; dtype: DType }>();

  save(value: PyValue): void {
    const p = this.pickle;
    if (value === None) return p.none();
    if (typeof value === 'boolean') return p.bool(value);
    if (typeof value === 'number' || typeof value === 'bigint') return p.int(value);
    if (value instanceof PyFloat) return p.float(value.value);
    if (typeof value === 'string') return this.string(value);
    if (p.recall(value)) return;
    if (value instanceof PyTensor) return this.tensor(value);
    if (value instanceof PyTuple && value.cls === tupleType) return this.tuple(value.items, value);
    if (value instanceof PyTuple && value.cls === sizeType) return this.size(value);
    if (value instanceof PyDType) return p.global('torch', value.dtype);
    if (value instanceof PyList && value.cls === listType) return this.list(value);
    if (value instanceof PyDict && value.cls === dictType) return this.dict(value);
    if (value instanceof PyDict && value.cls === orderedDictType) return this.orderedDict(value);
    if (isModule(value)) {
      throw notImplemented(
        `torch.save of a whole module (${typeName(value)}) is not supported in agnb: save its state_dict() and restore it with load_state_dict(torch.load(PATH))`,
      );
    }
    throw notImplemented(
      `torch.save cannot save a ${typeName(value)} in agnb: it saves tensors, Parameters, torch.Size, dtypes, None, bool, int, float, str and tuples, lists, dicts and OrderedDicts of them`,
    );
  }

  private string(value: string): void {
    const p = this.pickle;
    if (INTERNED.test(value)) {
      const key = `str ${value}`;
      if (p.recall(key)) return;
      p.string(value);
      p.memoize(key);
      return;
    }
    p.string(value);
    p.memoize({});
  }

  /** save_tuple: () is not memoized; up to three items use TUPLE1-3, more a MARK. */
  private tuple(items: readonly PyValue[], identity: object = {}): void {
    const p = this.pickle;
    if (items.length === 0) return p.op(PICKLE.EMPTY_TUPLE);
    if (items.length > 3) p.op(PICKLE.MARK);
    for (const item of items) this.save(item);
    p.op(items.length > 3 ? PICKLE.TUPLE : [PICKLE.TUPLE1, PICKLE.TUPLE2, PICKLE.TUPLE3][items.length - 1]!);
    p.memoize(identity);
  }

  /** torch.Size.__reduce__: (torch.Size, (tuple(self),)). */
  private size(value: PyTuple): void {
    const p = this.pickle;
    p.global('torch', 'Size');
    this.tuple(value.items);
    p.op(PICKLE.TUPLE1);
    p.memoize({});
    p.op(PICKLE.REDUCE);
    p.memoize(value);
  }

  /** batch_list_exact: one item is APPEND, more go in MARK ... APPENDS batches. */
  private list(list: PyList): void {
    const p = this.pickle;
    p.op(PICKLE.EMPTY_LIST);
    p.memoize(list);
    const items = [...list.items];
    if (items.length === 1) {
      this.save(items[0]!);
      p.op(PICKLE.APPEND);
      return;
    }
    for (let start = 0; start < items.length; start += BATCH_SIZE) {
      p.op(PICKLE.MARK);
      for (const item of items.slice(start, start + BATCH_SIZE)) this.save(item);
      p.op(PICKLE.APPENDS);
    }
  }

  /** save_dict of an exact dict (batch_dict_exact: a full last batch is followed by an empty one). */
  private dict(dict: PyDict, identity: object = dict): void {
    const p = this.pickle;
    p.op(PICKLE.EMPTY_DICT);
    p.memoize(identity);
    const entries = [...dict.entries.values()];
    if (entries.length === 0) return;
    if (entries.length === 1) {
      this.save(entries[0]!.key);
      this.save(entries[0]!.value);
      p.op(PICKLE.SETITEM);
      return;
    }
    let start = 0;
    let batch: number;
    do {
      p.op(PICKLE.MARK);
      const slice = entries.slice(start, start + BATCH_SIZE);
      for (const entry of slice) {
        this.save(entry.key);
        this.save(entry.value);
      }
      p.op(PICKLE.SETITEMS);
      batch = slice.length;
      start += BATCH_SIZE;
    } while (batch === BATCH_SIZE);
  }

  /** OrderedDict.__reduce__: (OrderedDict, (), instance attributes or None, None, iter(items)). */
  private orderedDict(dict: PyDict): void {
    const p = this.pickle;
    p.global('collections', 'OrderedDict');
    p.op(PICKLE.EMPTY_TUPLE);
    p.op(PICKLE.REDUCE);
    p.memoize(dict);
    this.items([...dict.entries.values()].map((entry) => [entry.key, entry.value]));
    const attributes = dict.dict;
    if (attributes && attributes.size > 0) {
      this.dict(new PyDict(dictType, new Map([...attributes].map(([key, value]) => [key, { key, value }]))), {});
      p.op(PICKLE.BUILD);
    }
  }

  /** batch_dict over an iterator: a lone last item is SETITEM, runs of items MARK ... SETITEMS. */
  private items(entries: Array<[PyValue, PyValue]>): void {
    const p = this.pickle;
    for (let start = 0; start < entries.length; start += BATCH_SIZE) {
      const batch = entries.slice(start, start + BATCH_SIZE);
      if (batch.length === 1) {
        this.save(batch[0]![0]);
        this.save(batch[0]![1]);
        p.op(PICKLE.SETITEM);
        return;
      }
      p.op(PICKLE.MARK);
      for (const [key, value] of batch) {
        this.save(key);
        this.save(value);
      }
      p.op(PICKLE.SETITEMS);
    }
  }

  /** Tensor.__reduce_ex__, or Parameter's: (_rebuild_parameter, (data, requires_grad, OrderedDict())). */
  private tensor(value: PyTensor): void {
    const p = this.pickle;
    const tensor = value.tensor;
    if (value.cls.isSubtypeOf(parameterType)) {
      p.global('torch._utils', '_rebuild_parameter');
      this.rebuildTensor(tensor, false); // param.data: a new tensor object each time
      p.op(PICKLE.REDUCE);
      p.memoize({});
      p.bool(tensor.requiresGrad);
      this.emptyOrderedDict();
      p.op(PICKLE.TUPLE3);
      p.memoize({});
    } else {
      this.rebuildTensor(tensor, tensor.requiresGrad);
    }
    p.op(PICKLE.REDUCE);
    p.memoize(value);
  }

  /** _rebuild_tensor_v2 and its arguments (storage, offset, size, stride, requires_grad, OrderedDict()). */
  private rebuildTensor(tensor: Tensor, requiresGrad: boolean): void {
    const p = this.pickle;
    p.global('torch._utils', '_rebuild_tensor_v2');
    p.op(PICKLE.MARK);
    this.persistentStorage(tensor);
    p.int(tensor.offset);
    this.tuple(tensor.shape);
    this.tuple(tensor.strides);
    p.bool(requiresGrad);
    this.emptyOrderedDict();
    p.op(PICKLE.TUPLE);
    p.memoize({});
  }

  private emptyOrderedDict(): void {
    const p = this.pickle;
    p.global('collections', 'OrderedDict');
    p.op(PICKLE.EMPTY_TUPLE);
    p.op(PICKLE.REDUCE);
    p.memoize({});
  }

  /** The persistent id ('storage', torch.FloatStorage, key, 'cpu', numel); a storage shared by views is saved once. */
  private persistentStorage(tensor: Tensor): void {
    const p = this.pickle;
    let key = this.storageKeys.get(tensor.storage);
    p.op(PICKLE.MARK);
    this.string('storage');
    p.global('torch', STORAGE_TYPES[tensor.dtype]);
    if (key !== undefined) p.recall(tensor.storage);
    else {
      key = String(this.storageKeys.size);
      this.storageKeys.set(tensor.storage, key);
      this.storages.set(key, { storage: tensor.storage, dtype: tensor.dtype });
      p.string(key);
      p.memoize(tensor.storage);
    }
    this.string('cpu');
    p.int(tensor.storage.length);
    p.op(PICKLE.TUPLE);
    p.memoize({});
    p.op(PICKLE.BINPERSID);
  }
}

/** A storage's bytes as PyTorch lays them out: little-endian elements, int64 as 8-byte integers. */
export function storageBytes(storage: Storage, dtype: DType): Uint8Array {
  if (dtype === 'int64') {
    const out = new BigInt64Array(storage.length);
    for (let i = 0; i < storage.length; i++) out[i] = BigInt(storage[i]!);
    return new Uint8Array(out.buffer);
  }
  return new Uint8Array(storage.buffer.slice(storage.byteOffset, storage.byteOffset + storage.byteLength));
}

/** The archive's folder: the file's name without its directory and last extension ('model.pth' -> 'model'). */
export function archiveName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? base : base.slice(0, dot);
}

/** The bytes torch.save writes for `value` into an archive named `archive`. */
export function serialize(value: PyValue, archive: string): Uint8Array {
  const saver = new Saver();
  saver.save(value);
  const records: ZipRecord[] = [{ name: 'data.pkl', data: saver.pickle.finish() }];
  for (const key of [...saver.storages.keys()].sort()) {
    const { storage, dtype } = saver.storages.get(key)!;
    records.push({ name: `data/${key}`, data: storageBytes(storage, dtype) });
  }
  records.push({ name: 'version', data: new TextEncoder().encode(FORMAT_VERSION) });
  return writeZip(archive, records);
}
