// PyTorch-style argument parsing, in one place. A signature is written like PyTorch's own schema strings:
//   'input, dim=, keepdim=, *, dtype='     positional-or-keyword parameters, '=' marks optional ones,
//                                           parameters after a bare '*' are keyword-only;
//   'input, *size'                         varargs sizes: f(2, 3), f((2, 3)), f([2, 3]), f(torch.Size(...)) or size=...
// Bindings reject unknown keywords with PyTorch's TypeError; out= is taken by torch.* ops (see outArgument.ts) and
// refused with a clear TypeError by the other functions.
import type { DType, Tensor } from '../tensor/index';
import { None, PyFloat, typeName, type Kwargs, type PyValue } from '../python/objects/core';
import { PyList, PyTuple } from '../python/objects/containers';
import { typeError } from '../python/objects/exceptions';
import { floatValue, indexValue, truthy } from '../python/ops/convert';
import { toArray } from '../python/ops/iter';
import { PyTensor } from './tensorObject';
import { dtypeOf } from './values';

interface Parameter {
  name: string;
  optional: boolean;
  keywordOnly: boolean;
  varargs: boolean;
}

/** A parsed signature: its parameters in order, and where each name stands (looked up on every argument read). */
export interface Signature {
  readonly parameters: readonly Parameter[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Parameters that may be given positionally. */
  readonly positionalCount: number;
}

const signatures = new Map<string, Signature>();

export function parseSignature(text: string): Signature {
  const cached = signatures.get(text);
  if (cached) return cached;
  const parameters: Parameter[] = [];
  let keywordOnly = false;
  for (const raw of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    if (raw === '*') {
      keywordOnly = true;
      continue;
    }
    const varargs = raw.startsWith('*');
    const optional = raw.endsWith('=');
    parameters.push({ name: raw.replace(/^\*|=$/g, ''), optional: optional || varargs, keywordOnly, varargs });
    if (varargs) keywordOnly = true;
  }
  const signature: Signature = {
    parameters,
    indexOf: new Map(parameters.map((parameter, i) => [parameter.name, i])),
    positionalCount: parameters.filter((p) => !p.keywordOnly).length,
  };
  signatures.set(text, signature);
  return signature;
}

/** The arguments of one call, by parameter name, with typed readers that raise PyTorch-style TypeErrors. */
export class BoundArgs {
  constructor(
    readonly fn: string,
    private readonly signature: Signature,
    /** By parameter index; undefined where not given. */
    private readonly values: ReadonlyArray<PyValue | undefined>,
    /** How many parameters were given positionally (they are the first ones). */
    private readonly positionalGiven: number,
    private readonly isMethod: boolean,
  ) {}

  private value(name: string): PyValue | undefined {
    const index = this.signature.indexOf.get(name);
    return index === undefined ? undefined : this.values[index];
  }

  /** Where a positionally given argument stood, counted as PyTorch's messages count it. */
  private position(name: string): number | undefined {
    const index = this.signature.indexOf.get(name);
    if (index === undefined || index >= this.positionalGiven) return undefined;
    return this.isMethod ? index : index + 1;
  }

  /** Whether the argument was given and is not None. */
  has(name: string): boolean {
    const value = this.value(name);
    return value !== undefined && value !== None;
  }

  /** Whether the argument was given at all (None included). */
  given(name: string): boolean {
    return this.value(name) !== undefined;
  }

  raw(name: string): PyValue | undefined {
    const value = this.value(name);
    return value === None ? undefined : value;
  }

  private invalid(name: string, expected: string, value: PyValue): never {
    const position = this.position(name);
    throw typeError(`${this.fn}(): argument '${name}'${position === undefined ? '' : ` (position ${position})`} must be ${expected}, not ${typeName(value)}`);
  }

  tensor(name: string): Tensor {
    const value = this.value(name);
    if (value instanceof PyTensor) return value.tensor;
    if (value === undefined) throw typeError(`${this.fn}() missing required argument '${name}'`);
    return this.invalid(name, 'Tensor', value);
  }

  optionalTensor(name: string): Tensor | undefined {
    return this.has(name) ? this.tensor(name) : undefined;
  }

  /** A tuple or list of tensors (cat, stack). */
  tensors(name: string): Tensor[] {
    const value = this.raw(name);
    if (!(value instanceof PyTuple || value instanceof PyList)) return this.invalid(name, 'tuple of Tensors', value ?? None);
    return value.items.map((item, i) => {
      if (!(item instanceof PyTensor)) throw typeError(`expected Tensor as element ${i} in argument ${(this.position(name) ?? 1) - 1}, but got ${typeName(item)}`);
      return item.tensor;
    });
  }

  int(name: string, fallback?: number): number {
    const value = this.raw(name);
    if (value === undefined) {
      if (fallback === undefined) throw typeError(`${this.fn}() missing required argument '${name}'`);
      return fallback;
    }
    const index = value instanceof PyTensor ? undefined : indexValue(value);
    if (index === undefined) return this.invalid(name, 'int', value);
    return Number(index);
  }

  optionalInt(name: string): number | undefined {
    return this.has(name) ? this.int(name) : undefined;
  }

  number(name: string, fallback?: number): number {
    const value = this.raw(name);
    if (value === undefined) {
      if (fallback === undefined) throw typeError(`${this.fn}() missing required argument '${name}'`);
      return fallback;
    }
    const number = value instanceof PyTensor ? scalarOfTensor(value.tensor) : floatValue(value);
    if (number === undefined) return this.invalid(name, 'Number', value);
    return number;
  }

  optionalNumber(name: string): number | undefined {
    return this.has(name) ? this.number(name) : undefined;
  }

  bool(name: string, fallback = false): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean' && !(value instanceof PyTensor)) return this.invalid(name, 'bool', value);
    return truthy(value);
  }

  /** A dim argument that may be one int or a sequence of ints (sum, mean); undefined when absent. */
  dims(name: string): number[] | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (value instanceof PyTuple || value instanceof PyList) return value.items.map((item) => this.intItem(name, item));
    return [this.int(name)];
  }

  /** A list of ints (sizes, dims): given as one sequence or as several ints. */
  ints(name: string): number[] {
    const value = this.raw(name);
    if (value === undefined) throw typeError(`${this.fn}() missing required argument '${name}'`);
    if (!mayHoldInts(value)) return this.invalid(name, 'tuple of ints', value);
    return toArray(value).map((item) => this.intItem(name, item));
  }

  private intItem(name: string, item: PyValue): number {
    const index = item instanceof PyTensor ? undefined : indexValue(item);
    if (index === undefined) return this.invalid(name, 'tuple of ints', item);
    return Number(index);
  }

  dtype(name = 'dtype'): DType | undefined {
    const value = this.raw(name);
    return value === undefined ? undefined : dtypeOf(value, `${this.fn}(): argument '${name}'`);
  }

  string(name: string, fallback: string): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (typeof value !== 'string') return this.invalid(name, 'str', value);
    return value;
  }
}

/** Whether a value may be a sequence of ints: not a number, string or tensor (tuples, lists, ranges, generators may). */
function mayHoldInts(value: PyValue): boolean {
  return !(value instanceof PyTensor || value instanceof PyFloat || typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean');
}

function scalarOfTensor(tensor: Tensor): number | undefined {
  return tensor.numel === 1 ? tensor.at(0) : undefined;
}

/**
 * Binds a call's arguments to a signature, PyTorch style. For a method (`isMethod`) the first argument is
 * self, which PyTorch's messages do not count when they give an argument's position.
 */
export function bindArguments(fn: string, signatureOrText: Signature | string, args: readonly PyValue[], kwargs: Kwargs, isMethod = false): BoundArgs {
  const signature = typeof signatureOrText === 'string' ? parseSignature(signatureOrText) : signatureOrText;
  const { parameters } = signature;
  const values = new Array<PyValue | undefined>(parameters.length);
  let position = 0;
  let positionalGiven = 0;
  for (let i = 0; i < parameters.length; i++) {
    const parameter = parameters[i]!;
    if (parameter.varargs) {
      const rest = args.slice(position);
      position = args.length;
      if (rest.length === 1 && (rest[0] instanceof PyTuple || rest[0] instanceof PyList)) values[i] = rest[0];
      else if (rest.length > 0) values[i] = new PyTuple(rest);
      break;
    }
    if (parameter.keywordOnly || position >= args.length) break;
    values[i] = args[position++]!;
    positionalGiven = i + 1;
  }
  if (position < args.length) {
    const positional = signature.positionalCount;
    throw typeError(`${fn}() takes ${positional} positional argument${positional === 1 ? '' : 's'} but ${args.length} were given`);
  }
  if (kwargs) {
    for (const [name, value] of kwargs) {
      if (name === 'out' && !isMethod) throw typeError(`${fn}(): out= is not supported in agnb; use the returned tensor instead`);
      const index = signature.indexOf.get(name);
      if (index === undefined) throw typeError(`${fn}() got an unexpected keyword argument '${name}'`);
      if (values[index] !== undefined) throw typeError(`${fn}() got multiple values for argument '${name}'`);
      values[index] = value;
    }
  }
  for (let i = 0; i < parameters.length; i++) {
    if (!parameters[i]!.optional && values[i] === undefined) throw typeError(`${fn}() missing required argument '${parameters[i]!.name}'`);
  }
  return new BoundArgs(fn, signature, values, positionalGiven, isMethod);
}
