// torch.load of PyTorch's zip format: data.pkl is run on a restricted pickle VM that accepts only the globals
// state files use (what torch.load(weights_only=True) accepts: OrderedDict, torch.Size, dtypes, the tensor and
// Parameter rebuild functions, storage classes), so loading never runs code; storages are read from data/<key>, once per key, so
// tensors that shared a storage when saved share it again.
import { None, PyObject, PyType, objectType, typeName, type PyValue } from '../../python/objects/core';
import { PyDict, PyTuple } from '../../python/objects/containers';
import { ExceptionType, NotImplementedError, RuntimeError, exceptionTypes, pyError } from '../../python/objects/exceptions';
import { call } from '../../python/ops/call';
import { str } from '../../python/ops/convert';
import { orderedDictType } from '../../python/stdlib/collections';
import { Tensor } from '../../tensor/index';
import { BYTES, checkInt64Exact, type DType, type Storage } from '../../tensor/dtype';
import { PyTensor, wrapTensor } from '../tensorObject';
import { setRequiresGrad } from '../tensorType';
import { PyDevice, dtypeObjects, sizeType } from '../values';
import { PickleGlobal, UnpicklingFailure, unpickle, type UnpickleHooks } from './pickle';
import { STORAGE_TYPES } from './save';
import { ZipFormatError, readZip } from './zip';

/** pickle.UnpicklingError (CPython's _pickle.UnpicklingError). */
const pickleErrorType = new PyType('PickleError', [ExceptionType], '_pickle');
export const unpicklingErrorType = new PyType('UnpicklingError', [pickleErrorType], '_pickle');

const DTYPE_OF_STORAGE = new Map(Object.entries(STORAGE_TYPES).map(([dtype, name]) => [name, dtype as DType]));

/** PyTorch's storage classes that agnb has no dtype for. */
const OTHER_STORAGES = new Set(['HalfStorage', 'BFloat16Storage', 'ComplexFloatStorage', 'ComplexDoubleStorage']);

const CUDA_UNAVAILABLE =
  'Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is False. If you are running on a CPU-only machine, ' +
  "please use torch.load with map_location=torch.device('cpu') to map your storages to the CPU.";

/** The storage a persistent id names, as map_location callables receive it. */
const storageType = new PyType('TypedStorage', [objectType], 'torch.storage');
class LoadedStorage extends PyObject {
  constructor(
    readonly storage: Storage,
    readonly dtype: DType,
  ) {
    super(storageType);
  }
}

function unsupported(message: string): never {
  throw pyError(
    unpicklingErrorType,
    `agnb loads only what torch.load(weights_only=True) accepts (tensors, Parameters, state_dicts, optimizer states and plain containers of them). ${message}`,
  );
}

/** Elements from a record's little-endian bytes; int64 must stay within what agnb holds exactly. */
function storageFrom(bytes: Uint8Array, dtype: DType, numel: number): Storage {
  const copy = new Uint8Array(bytes).buffer; // a copy (Node Buffers slice as views)
  switch (dtype) {
    case 'float32':
      return new Float32Array(copy, 0, numel);
    case 'float64':
      return new Float64Array(copy, 0, numel);
    case 'int8':
      return new Int8Array(copy, 0, numel);
    case 'int16':
      return new Int16Array(copy, 0, numel);
    case 'int32':
      return new Int32Array(copy, 0, numel);
    case 'bool':
    case 'uint8':
      return new Uint8Array(copy, 0, numel);
    case 'int64': {
      const wide = new BigInt64Array(copy, 0, numel);
      const values = new Float64Array(numel);
      for (let i = 0; i < numel; i++) values[i] = Number(wide[i]!);
      checkInt64Exact(values);
      return values;
    }
  }
}

/** The device a storage saved at `location` is restored to under `mapLocation` (PyTorch's restore_location). */
function restoreLocation(location: string, mapLocation: PyValue, storage: LoadedStorage): void {
  let target = location;
  if (typeof mapLocation === 'string') target = mapLocation;
  else if (mapLocation instanceof PyDevice) target = str(mapLocation);
  else if (mapLocation instanceof PyDict) {
    const mapped = mapLocation.entries.get(location)?.value;
    if (mapped !== undefined) target = typeof mapped === 'string' ? mapped : str(mapped);
  } else if (mapLocation !== None) {
    const result = call(mapLocation, [storage, location]);
    if (result !== storage) throw pyError(NotImplementedError, 'a map_location function must return the storage it is given in agnb (tensors live on the CPU)');
    return;
  }
  if (target === 'cpu') return;
  if (target.startsWith('cuda')) throw pyError(RuntimeError, CUDA_UNAVAILABLE);
  throw pyError(RuntimeError, `don't know how to restore data location of torch.storage.TypedStorage (tagged with ${target})`);
}

function intItems(value: PyValue, what: string): number[] {
  if (!(value instanceof PyTuple) || !value.items.every((item) => typeof item === 'number')) throw new UnpicklingFailure(`bad tensor ${what}`);
  return value.items as number[];
}

/** _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata]). */
function rebuildTensor(args: readonly PyValue[]): PyTensor {
  const [storage, offset, size, stride, requiresGrad] = args;
  if (!(storage instanceof LoadedStorage) || typeof offset !== 'number') throw new UnpicklingFailure('bad _rebuild_tensor_v2 arguments');
  const shape = intItems(size!, 'size');
  const strides = intItems(stride!, 'stride');
  let last = offset;
  for (let i = 0; i < shape.length; i++) if (shape[i]! > 0) last += (shape[i]! - 1) * strides[i]!;
  if (shape.length !== strides.length || (!shape.includes(0) && (offset < 0 || last >= storage.storage.length))) {
    throw new UnpicklingFailure('a tensor reaches outside its storage');
  }
  const tensor = new Tensor(storage.storage, shape, strides, offset, storage.dtype);
  if (requiresGrad === true) setRequiresGrad(tensor, true);
  return wrapTensor(tensor);
}

/** _rebuild_parameter(data, requires_grad, backward_hooks): nn.Parameter(data, requires_grad). */
function rebuildParameter(args: readonly PyValue[]): PyTensor {
  const [data, requiresGrad] = args;
  if (!(data instanceof PyTensor)) throw new UnpicklingFailure('bad _rebuild_parameter arguments');
  const source = data.tensor;
  const parameter = new Tensor(source.storage, [...source.shape], [...source.strides], source.offset, source.dtype, source.version);
  parameter.isParameter = true;
  setRequiresGrad(parameter, requiresGrad === true);
  return wrapTensor(parameter);
}

const ALLOWED = new Set(['collections.OrderedDict', 'torch.Size', 'torch._utils._rebuild_tensor_v2', 'torch._utils._rebuild_parameter']);

/** The object torch.save wrote into `bytes`. */
export function deserialize(bytes: Uint8Array, mapLocation: PyValue): PyValue {
  if (bytes.length === 0) throw pyError(exceptionTypes.get('EOFError')!, 'Ran out of input');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    if (bytes[0] === 0x80) {
      throw pyError(
        NotImplementedError,
        "this file is in PyTorch's legacy serialization format (PyTorch before 1.6, or _use_new_zipfile_serialization=False), which agnb does not read; save it again with torch.save's default format",
      );
    }
    throw pyError(RuntimeError, 'Invalid magic number; corrupt file?');
  }
  let records: Map<string, Uint8Array>;
  try {
    records = readZip(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw pyError(RuntimeError, `the file is not a readable zip archive: ${error.message}`);
    throw error;
  }
  const first = records.keys().next().value ?? '';
  const archive = first.slice(0, first.indexOf('/') + 1);
  if (records.has(`${archive}constants.pkl`)) {
    throw pyError(NotImplementedError, 'this is a TorchScript archive (torch.jit.save), which agnb cannot load');
  }
  const pickle = records.get(`${archive}data.pkl`);
  if (!pickle) throw pyError(RuntimeError, `PytorchStreamReader failed locating file data.pkl: file not found`);

  const storages = new Map<string, LoadedStorage>();
  const hooks: UnpickleHooks = {
    global(found) {
      if (ALLOWED.has(found.path)) return found;
      if (found.module === 'torch' && Object.hasOwn(dtypeObjects, found.name)) return dtypeObjects[found.name as DType];
      if (found.module === 'torch' && DTYPE_OF_STORAGE.has(found.name)) return found;
      if (found.module === 'torch' && OTHER_STORAGES.has(found.name)) {
        throw pyError(NotImplementedError, `agnb cannot load a torch.${found.name}: it has no tensors of that dtype`);
      }
      return unsupported(`Unsupported class ${found.path}`);
    },
    reduce(callable, args) {
      const path = callable instanceof PickleGlobal ? callable.path : typeName(callable);
      if (path === 'collections.OrderedDict') return call(orderedDictType, [...args.items]);
      if (path === 'torch.Size') return call(sizeType, [...args.items]);
      if (path === 'torch._utils._rebuild_tensor_v2') return rebuildTensor(args.items);
      if (path === 'torch._utils._rebuild_parameter') return rebuildParameter(args.items);
      return unsupported(`Trying to call reduce for unrecognized function ${path}`);
    },
    build(target, state) {
      if (target instanceof PyDict && target.cls === orderedDictType && state instanceof PyDict) {
        target.dict ??= new Map();
        for (const entry of state.entries.values()) if (typeof entry.key === 'string') target.dict.set(entry.key, entry.value);
        return;
      }
      unsupported(`Can only build Tensor, parameter or dict objects, but got ${typeName(target)}`);
    },
    persistentLoad(id) {
      if (!(id instanceof PyTuple) || id.items[0] !== 'storage') return unsupported('Only persistent_load of storage is allowed');
      const [, type, key, location, numel] = id.items;
      const dtype = type instanceof PickleGlobal ? DTYPE_OF_STORAGE.get(type.name) : undefined;
      if (dtype === undefined || typeof key !== 'string' || typeof location !== 'string' || typeof numel !== 'number') {
        throw new UnpicklingFailure('bad storage id');
      }
      let loaded = storages.get(key);
      if (!loaded) {
        const data = records.get(`${archive}data/${key}`);
        if (!data) throw pyError(RuntimeError, `PytorchStreamReader failed locating file data/${key}: file not found`);
        if (data.length < numel * BYTES[dtype]) throw new UnpicklingFailure(`storage ${key} is truncated`);
        loaded = new LoadedStorage(storageFrom(data, dtype, numel), dtype);
        restoreLocation(location, mapLocation, loaded);
        storages.set(key, loaded);
      }
      return loaded;
    },
  };
  try {
    return unpickle(pickle, hooks);
  } catch (error) {
    if (error instanceof UnpicklingFailure) throw pyError(unpicklingErrorType, error.message);
    throw error;
  }
}
