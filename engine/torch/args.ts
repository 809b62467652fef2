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

export type Signature = readonly Parameter[];

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
  signatures.set(text, parameters);
  return parameters;
}

/** The arguments of one call, by parameter name, with typed readers that raise PyTorch-style TypeErrors. */
export class BoundArgs {
  constructor(
    readonly fn: string,
    private readonly values: Map<string, PyValue>,
    /** Where each positionally given argument stood, counted as PyTorch's messages count it. */
    private readonly positions = new Map<string, number>(),
  ) {}

  /** Whether the argument was given and is not None. */
  has(name: string): boolean {
    const value = this.values.get(name);
    return value !== undefined && value !== None;
  }

  /** Whether the argument was given at all (None included). */
  given(name: string): boolean {
    return this.values.has(name);
  }

  raw(name: string): PyValue | undefined {
    const value = this.values.get(name);
    return value === None ? undefined : value;
  }

  private invalid(name: string, expected: string, value: PyValue): never {
    const position = this.positions.get(name);
    throw typeError(`${this.fn}(): argument '${name}'${position === undefined ? '' : ` (position ${position})`} must be ${expected}, not ${typeName(value)}`);
  }

  tensor(name: string): Tensor {
    const value = this.values.get(name);
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
      if (!(item instanceof PyTensor)) throw typeError(`expected Tensor as element ${i} in argument ${(this.positions.get(name) ?? 1) - 1}, but got ${typeName(item)}`);
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
export function bindArguments(fn: string, signatureText: string, args: readonly PyValue[], kwargs: Kwargs, isMethod = false): BoundArgs {
  const parameters = parseSignature(signatureText);
  const values = new Map<string, PyValue>();
  const positions = new Map<string, number>();
  let position = 0;
  for (const parameter of parameters) {
    if (parameter.varargs) {
      const rest = args.slice(position);
      position = args.length;
      if (rest.length === 1 && (rest[0] instanceof PyTuple || rest[0] instanceof PyList)) values.set(parameter.name, rest[0]);
      else if (rest.length > 0) values.set(parameter.name, new PyTuple(rest));
      break;
    }
    if (parameter.keywordOnly || position >= args.length) break;
    positions.set(parameter.name, isMethod ? position : position + 1);
    values.set(parameter.name, args[position++]!);
  }
  if (position < args.length) {
    const positional = parameters.filter((p) => !p.keywordOnly).length;
    throw typeError(`${fn}() takes ${positional} positional argument${positional === 1 ? '' : 's'} but ${args.length} were given`);
  }
  for (const [name, value] of kwargs ?? []) {
    if (name === 'out' && !isMethod) throw typeError(`${fn}(): out= is not supported in agnb; use the returned tensor instead`);
    if (!parameters.some((p) => p.name === name)) throw typeError(`${fn}() got an unexpected keyword argument '${name}'`);
    if (values.has(name)) throw typeError(`${fn}() got multiple values for argument '${name}'`);
    values.set(name, value);
  }
  for (const parameter of parameters) {
    if (!parameter.optional && !values.has(parameter.name)) throw typeError(`${fn}() missing required argument '${parameter.name}'`);
  }
  return new BoundArgs(fn, values, positions);
}
