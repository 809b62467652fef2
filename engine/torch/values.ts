// The small value types of the torch module: torch.dtype, torch.Size, torch.device, and conversions between
// Python values and the engine's numbers.
import type { DType, Tensor } from '../tensor/index';
import { BYTES, defaultFloatDtype, isIntegral } from '../tensor/dtype';
import { formatSize } from '../tensor/print/index';
import { None, NotImplemented, PyFloat, PyObject, PyType, objectType, tupleType, typeName, type PyValue } from '../python/objects/core';
import { PyList, PyRange, PySlice, PyTuple } from '../python/objects/containers';
import { getItem, sliceItems } from '../python/ops/sequence';
import { AssertionError, NotImplementedError, RuntimeError, pyError, typeError } from '../python/objects/exceptions';
import { intToFloat } from '../python/objects/int';
import { requireIndex } from '../python/ops/convert';
import { equals } from '../python/ops/compare';
import { pyHash } from '../python/ops/hash';
import { toArray } from '../python/ops/iter';
import { defineGetters, defineMethods, methodArity } from '../python/types/define';

// ---- torch.dtype

export const dtypeType = new PyType('dtype', [objectType], 'torch');

export class PyDType extends PyObject {
  constructor(readonly dtype: DType) {
    super(dtypeType);
  }
}

/** One object per dtype, so `x.dtype is torch.float32` holds. */
export const dtypeObjects: Record<DType, PyDType> = {
  bool: new PyDType('bool'),
  uint8: new PyDType('uint8'),
  int8: new PyDType('int8'),
  int16: new PyDType('int16'),
  int32: new PyDType('int32'),
  int64: new PyDType('int64'),
  float32: new PyDType('float32'),
  float64: new PyDType('float64'),
};

/** The module attributes naming each dtype, aliases included (torch.float is torch.float32). */
export const dtypeAliases: Record<string, DType> = {
  float32: 'float32',
  float: 'float32',
  float64: 'float64',
  double: 'float64',
  int8: 'int8',
  int16: 'int16',
  short: 'int16',
  int32: 'int32',
  int: 'int32',
  int64: 'int64',
  long: 'int64',
  bool: 'bool',
  uint8: 'uint8',
};

defineMethods(dtypeType, {
  __repr__: (args) => `torch.${(args[0] as PyDType).dtype}`,
});
defineGetters(dtypeType, {
  is_floating_point: (self) => (self as PyDType).dtype.startsWith('float'),
  itemsize: (self) => BYTES[(self as PyDType).dtype],
});

/** The legacy tensor type of each dtype (torch.FloatTensor is a float32 CPU tensor). */
export const LEGACY_TYPE_NAMES: Record<DType, string> = {
  float32: 'FloatTensor',
  float64: 'DoubleTensor',
  int32: 'IntTensor',
  int64: 'LongTensor',
  bool: 'BoolTensor',
  uint8: 'ByteTensor',
  int8: 'CharTensor',
  int16: 'ShortTensor',
};

/** torch.FloatTensor, torch.IntTensor, ...: legacy constructors (see creation.ts) and arguments of tensor.type(). */
export const legacyTensorTypes = Object.fromEntries(
  Object.entries(LEGACY_TYPE_NAMES).map(([dtype, name]) => [dtype, new PyType(name, [objectType], 'torch')]),
) as Record<DType, PyType>;

/** The dtype a legacy type or its name ('torch.IntTensor') stands for. */
export function legacyDtype(value: PyValue): DType | undefined {
  const entries = Object.entries(LEGACY_TYPE_NAMES) as Array<[DType, string]>;
  return entries.find(([dtype, name]) => value === legacyTensorTypes[dtype] || value === `torch.${name}`)?.[0];
}

export function dtypeOf(value: PyValue, argument: string): DType {
  if (value instanceof PyDType) return value.dtype;
  throw typeError(`${argument} must be torch.dtype, not ${typeName(value)}`);
}

// ---- torch.Size: a tuple of ints

export const sizeType = new PyType('Size', [tupleType], 'torch');

export function makeSize(shape: readonly number[]): PyTuple {
  return new PyTuple([...shape], sizeType);
}

sizeType.construct = (_cls, args) => makeSize(args.length === 0 ? [] : toArray(args[0]!).map((v) => Number(requireIndex(v))));
/** Tuple equality for tuple subclasses (one with its own module would otherwise compare by identity). */
export const sameItems = (a: PyValue, b: PyValue): PyValue => (b instanceof PyTuple ? a instanceof PyTuple && a.items.length === b.items.length && a.items.every((item, i) => equals(item, b.items[i]!)) : NotImplemented);
defineMethods(sizeType, {
  __repr__: (args) => formatSize(shapeOfTuple(args[0]!)),
  __eq__: (args) => sameItems(args[0]!, args[1]!),
  __ne__: (args) => {
    const same = sameItems(args[0]!, args[1]!);
    return same === NotImplemented ? same : !same;
  },
  __hash__: (args) => pyHash(new PyTuple((args[0] as PyTuple).items)),
  // Slices and concatenations of a Size are Sizes.
  __getitem__: (args) => {
    const items = (args[0] as PyTuple).items;
    const key = args[1]!;
    return key instanceof PySlice ? new PyTuple(sliceItems(items, key), sizeType) : getItem(new PyTuple(items), key);
  },
  __add__: (args) => (args[1] instanceof PyTuple ? new PyTuple([...(args[0] as PyTuple).items, ...args[1].items], sizeType) : NotImplemented),
  __radd__: (args) => (args[1] instanceof PyTuple ? new PyTuple([...args[1].items, ...(args[0] as PyTuple).items]) : NotImplemented),
  numel: (args) => {
    methodArity('numel', args, 0);
    return shapeOfTuple(args[0]!).reduce((n, size) => n * size, 1);
  },
});

function shapeOfTuple(value: PyValue): number[] {
  return (value as PyTuple).items.map((v) => Number(v));
}

// ---- torch.device: every device name parses, as in PyTorch; only the CPU runs

export const deviceType = new PyType('device', [objectType], 'torch');

export class PyDevice extends PyObject {
  constructor(
    readonly type: string,
    readonly index: number | null = null,
  ) {
    super(deviceType);
  }
}

export const cpuDevice = new PyDevice('cpu');

const DEVICE_TYPES = ['cpu', 'cuda', 'ipu', 'xpu', 'mkldnn', 'opengl', 'opencl', 'ideep', 'hip', 've', 'fpga', 'ort', 'xla', 'lazy', 'vulkan', 'mps', 'meta', 'hpu', 'privateuseone'];

/** torch.device(spec): 'type', 'type:index', or an int (a CUDA ordinal). */
function parseDevice(spec: PyValue, index: PyValue = None): PyDevice {
  if (spec instanceof PyDevice) return spec;
  if (typeof spec === 'number' || typeof spec === 'bigint') return new PyDevice('cuda', Number(spec));
  if (typeof spec !== 'string') throw typeError(`device() received an invalid combination of arguments - got (${typeName(spec)})`);
  const match = /^([a-z_]+)(?::(\d+))?$/.exec(spec);
  const type = match?.[1] ?? spec.split(':')[0]!;
  if (!DEVICE_TYPES.includes(type)) {
    throw pyError(RuntimeError, `Expected one of ${DEVICE_TYPES.join(', ')} device type at start of device string: ${spec}`);
  }
  if (!match) throw pyError(RuntimeError, `Invalid device string: '${spec}'`);
  const ordinal = match[2] !== undefined ? Number(match[2]) : index === None ? null : Number(requireIndex(index));
  return type === 'cpu' && ordinal === null ? cpuDevice : new PyDevice(type, ordinal);
}

deviceType.construct = (_cls, args) => parseDevice(args[0] ?? None, args[1]);
defineMethods(deviceType, {
  __repr__: (args) => {
    const device = args[0] as PyDevice;
    return device.index === null ? `device(type='${device.type}')` : `device(type='${device.type}', index=${device.index})`;
  },
  __str__: (args) => {
    const device = args[0] as PyDevice;
    return device.index === null ? device.type : `${device.type}:${device.index}`;
  },
  __eq__: (args) => {
    const [a, b] = args as [PyDevice, PyValue];
    return b instanceof PyDevice ? a.type === b.type && a.index === b.index : NotImplemented;
  },
  __hash__: (args) => pyHash(`${(args[0] as PyDevice).type}:${(args[0] as PyDevice).index}`),
});
defineGetters(deviceType, {
  type: (self) => (self as PyDevice).type,
  index: (self) => (self as PyDevice).index ?? None,
});

export const NO_CUDA = 'Torch not compiled with CUDA enabled';

/** Whether a device argument names a device (a string, an int ordinal or a torch.device). */
export const isDeviceArgument = (value: PyValue): boolean => typeof value === 'string' || value instanceof PyDevice;

/** device=: the CPU runs; CUDA and MPS fail as in a CPU-only PyTorch build; other device types are not supported here. */
export function checkDevice(value: PyValue | undefined): void {
  if (value === undefined || value === None || value === cpuDevice) return;
  const device = parseDevice(value);
  if (device.type === 'cpu') return;
  if (device.type === 'cuda') throw pyError(AssertionError, NO_CUDA);
  if (device.type === 'mps') throw pyError(RuntimeError, 'PyTorch is not linked with support for mps devices');
  throw pyError(NotImplementedError, `agnb runs on the CPU only: device '${device.type}' is not available`);
}

// ---- numbers

/** A Python number as the engine sees it: its value and the dtype PyTorch infers for it. */
export interface PythonNumber {
  value: number;
  dtype: DType;
}

export function pythonNumber(value: PyValue): PythonNumber | undefined {
  if (typeof value === 'boolean') return { value: value ? 1 : 0, dtype: 'bool' };
  if (typeof value === 'number') return { value, dtype: 'int64' };
  if (typeof value === 'bigint') {
    // PyTorch unpacks every Python int into an int64 first.
    if (value >= 2n ** 63n || value < -(2n ** 63n)) throw pyError(RuntimeError, 'Overflow when unpacking long');
    return { value: intToFloat(value), dtype: 'int64' };
  }
  if (value instanceof PyFloat) return { value: value.value, dtype: defaultFloatDtype() };
  return undefined;
}

/** bool(tensor) and torch.is_nonzero: the one element's truth; more or fewer elements are ambiguous. */
export function truthValue(tensor: Tensor): boolean {
  if (tensor.numel !== 1) throw pyError(RuntimeError, `Boolean value of Tensor with ${tensor.numel === 0 ? 'no values' : 'more than one value'} is ambiguous`);
  return tensor.at(0) !== 0;
}

/** An element read from a tensor, as the Python value item() and tolist() return. */
export function toPython(value: number, dtype: DType): PyValue {
  if (dtype === 'bool') return value !== 0;
  if (isIntegral(dtype)) return Number.isSafeInteger(value) ? value : BigInt(value);
  return new PyFloat(value);
}

/** The items of a list, tuple or range: the sequences PyTorch reads as tensor data and index tensors. */
export function sequenceItems(value: PyValue): readonly PyValue[] | undefined {
  if (value instanceof PyList || value instanceof PyTuple) return value.items;
  if (!(value instanceof PyRange)) return undefined;
  const [start, step] = [Number(value.start), Number(value.step)];
  return Array.from({ length: Number(value.length) }, (_, i) => start + i * step);
}
