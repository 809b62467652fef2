// torch.finfo and torch.iinfo: the numeric limits of a floating point or integer dtype, as objects with
// PyTorch's attributes, repr (every number in `{:g}`) and argument errors.
import type { DType } from '../tensor/index';
import { defaultFloatDtype } from '../tensor/dtype';
import { None, NotImplemented, PyFloat, PyObject, PyType, objectType, typeName, type Kwargs, type PyValue } from '../python/objects/core';
import { attributeError, typeError } from '../python/objects/exceptions';
import { formatValue } from '../python/ops/format';
import { defineGetters, defineMethods } from '../python/types/define';
import { PyDType } from './values';

interface FloatInfo {
  bits: number;
  eps: number;
  max: number;
  /** The smallest positive normal number (also finfo's `tiny`). */
  smallestNormal: number;
  /** 10 ** -(decimal digits of precision). */
  resolution: number;
}

/** Per floating point dtype; a dtype missing here is not floating point for finfo. */
const FLOAT_INFO: Partial<Record<string, FloatInfo>> = {
  float32: { bits: 32, eps: 2 ** -23, max: 3.4028234663852886e38, smallestNormal: 2 ** -126, resolution: 1e-6 },
  float64: { bits: 64, eps: 2 ** -52, max: Number.MAX_VALUE, smallestNormal: 2 ** -1022, resolution: 1e-15 },
};

interface IntegerInfo {
  bits: number;
  min: bigint;
  max: bigint;
}

/** Per integer dtype, PyTorch's whole set: those this engine has are looked up by name. */
const INTEGER_INFO: Partial<Record<string, IntegerInfo>> = {
  uint8: { bits: 8, min: 0n, max: 255n },
  int8: { bits: 8, min: -(2n ** 7n), max: 2n ** 7n - 1n },
  int16: { bits: 16, min: -(2n ** 15n), max: 2n ** 15n - 1n },
  int32: { bits: 32, min: -(2n ** 31n), max: 2n ** 31n - 1n },
  int64: { bits: 64, min: -(2n ** 63n), max: 2n ** 63n - 1n },
};

/** A Python int: a number when exact, otherwise a bigint (the interpreter's representation). */
const pythonInt = (value: bigint): PyValue => (Number.isSafeInteger(Number(value)) ? Number(value) : value);

export const finfoType = new PyType('finfo', [objectType], 'torch');
export const iinfoType = new PyType('iinfo', [objectType], 'torch');

class PyFinfo extends PyObject {
  constructor(
    readonly dtype: DType,
    readonly info: FloatInfo,
  ) {
    super(finfoType);
  }
}

class PyIinfo extends PyObject {
  constructor(
    readonly dtype: DType,
    readonly info: IntegerInfo,
  ) {
    super(iinfoType);
  }
}

/**
 * The dtype argument as PyTorch's parser takes it: `type` positionally or by keyword, for finfo also nothing
 * (the default dtype). Its messages differ between the two: iinfo has only the one form.
 */
function dtypeArgument(name: 'finfo' | 'iinfo', args: PyValue[], kwargs: Kwargs): DType | undefined {
  const given = kwargs ? [...kwargs.keys()] : [];
  if (given.some((key) => key !== 'type')) throw typeError(`${name}() missing 1 required positional arguments: "type"`);
  const values = [...args, ...(kwargs?.has('type') ? [kwargs.get('type')!] : [])];
  if (values.length > 1) {
    if (name === 'iinfo') throw typeError(`iinfo() takes 1 positional argument but ${values.length} were given`);
    const got = values.map((value) => (value instanceof PyDType ? 'torch.dtype' : typeName(value)));
    throw typeError(`finfo() received an invalid combination of arguments - got (${got.join(', ')}), but expected one of:\n * (torch.dtype type)\n * ()\n`);
  }
  const value = values[0];
  if (value === undefined) {
    if (name === 'iinfo') throw typeError(`iinfo() missing 1 required positional arguments: "type"`);
    return undefined;
  }
  if (!(value instanceof PyDType)) throw typeError(`${name}(): argument 'type' (position 1) must be torch.dtype, not ${typeName(value)}`);
  return value.dtype;
}

finfoType.construct = (_cls, args, kwargs) => {
  const dtype = dtypeArgument('finfo', args, kwargs) ?? defaultFloatDtype();
  const info = FLOAT_INFO[dtype];
  if (!info) throw typeError(`torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'`);
  return new PyFinfo(dtype, info);
};

iinfoType.construct = (_cls, args, kwargs) => {
  const dtype = dtypeArgument('iinfo', args, kwargs)!;
  if (dtype === 'bool') throw typeError('torch.bool is not supported by torch.iinfo');
  const info = INTEGER_INFO[dtype];
  if (!info) throw typeError(`torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'`);
  return new PyIinfo(dtype, info);
};

const float = (value: number) => new PyFloat(value);
const general = (value: PyValue) => formatValue(value, 'g');

/** Instances are equal when they describe the same dtype, and unhashable (PyTorch defines __eq__ only). */
function sameDtype<T extends PyFinfo | PyIinfo>(type: new (...args: never[]) => T) {
  return (args: PyValue[]): PyValue => {
    const [self, other] = args as [T, PyValue];
    return other instanceof type ? other.dtype === self.dtype : NotImplemented;
  };
}

const refuseAssignment = (typeLabel: string) => (args: PyValue[]): PyValue => {
  const [self, name] = args as [PyObject, string];
  if (self.cls.lookup(name) !== undefined) throw attributeError(`attribute '${name}' of '${typeLabel}' objects is not writable`);
  throw attributeError(`'${typeLabel}' object has no attribute '${name}'`);
};

defineGetters(finfoType, {
  bits: (self) => (self as PyFinfo).info.bits,
  eps: (self) => float((self as PyFinfo).info.eps),
  max: (self) => float((self as PyFinfo).info.max),
  min: (self) => float(-(self as PyFinfo).info.max),
  tiny: (self) => float((self as PyFinfo).info.smallestNormal),
  smallest_normal: (self) => float((self as PyFinfo).info.smallestNormal),
  resolution: (self) => float((self as PyFinfo).info.resolution),
  dtype: (self) => (self as PyFinfo).dtype,
});
defineMethods(finfoType, {
  __repr__: (args) => {
    const { info, dtype } = args[0] as PyFinfo;
    const tiny = general(float(info.smallestNormal));
    return `finfo(resolution=${general(float(info.resolution))}, min=${general(float(-info.max))}, max=${general(float(info.max))}, eps=${general(float(info.eps))}, smallest_normal=${tiny}, tiny=${tiny}, dtype=${dtype})`;
  },
  __eq__: sameDtype(PyFinfo),
  __setattr__: refuseAssignment('torch.finfo'),
});
finfoType.dict.set('__hash__', None);

defineGetters(iinfoType, {
  bits: (self) => (self as PyIinfo).info.bits,
  max: (self) => pythonInt((self as PyIinfo).info.max),
  min: (self) => pythonInt((self as PyIinfo).info.min),
  dtype: (self) => (self as PyIinfo).dtype,
});
defineMethods(iinfoType, {
  __repr__: (args) => {
    const { info, dtype } = args[0] as PyIinfo;
    return `iinfo(min=${general(pythonInt(info.min))}, max=${general(pythonInt(info.max))}, dtype=${dtype})`;
  },
  __eq__: sameDtype(PyIinfo),
  __setattr__: refuseAssignment('torch.iinfo'),
});
iinfoType.dict.set('__hash__', None);
