// Binding call arguments to a Python function's parameters, with CPython's error messages.
import { type Kwargs, type PyValue } from './objects/core';
import { PyDict, PyTuple } from './objects/containers';
import { typeError } from './objects/exceptions';
import type { PyFunction } from './objects/functions';

/** A function's parameter list. Fast slots: positional params, then *args, then keyword-only, then **kwargs. */
export class Signature {
  readonly positionalCount: number;
  readonly slotCount: number;
  /** How many positional arguments (and no keywords) a call passes when it can skip the binder; -1 if none can. */
  readonly directArity: number;

  constructor(
    readonly positional: string[],
    readonly posonlyCount: number,
    readonly varargs: string | null,
    readonly kwonly: string[],
    readonly varkw: string | null,
  ) {
    this.positionalCount = positional.length;
    this.slotCount = positional.length + (varargs ? 1 : 0) + kwonly.length + (varkw ? 1 : 0);
    this.directArity = varargs || kwonly.length || varkw ? -1 : positional.length;
  }


  /** Fills `slots` from the call's arguments and the function's defaults. */
  bind(fn: PyFunction, args: PyValue[], kwargs: Kwargs, slots: (PyValue | undefined)[]): void {
    const name = fn.qualname;
    const npos = this.positionalCount;
    const given = Math.min(args.length, npos);
    for (let i = 0; i < given; i++) slots[i] = args[i];
    let slot = npos;
    if (this.varargs) slots[slot++] = new PyTuple(args.slice(npos));
    else if (args.length > npos) throw this.tooMany(name, fn, args.length, kwargs);
    const kwStart = slot;
    slot += this.kwonly.length;
    let extra: PyDict | null = null;
    if (this.varkw) {
      extra = new PyDict();
      slots[slot] = extra;
    }
    if (kwargs) {
      const posonlyAsKw: string[] = [];
      for (const [key, value] of kwargs) {
        let index = this.positional.indexOf(key);
        if (index >= 0 && index < this.posonlyCount) {
          if (extra) {
            extra.entries.set(key, { key, value });
            continue;
          }
          posonlyAsKw.push(key);
          continue;
        }
        if (index < 0) {
          const k = this.kwonly.indexOf(key);
          if (k >= 0) index = kwStart + k;
        }
        if (index < 0) {
          if (!extra) throw typeError(`${name}() got an unexpected keyword argument '${key}'`);
          extra.entries.set(key, { key, value });
          continue;
        }
        if (slots[index] !== undefined) throw typeError(`${name}() got multiple values for argument '${key}'`);
        slots[index] = value;
      }
      if (posonlyAsKw.length) {
        throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
      }
    }
    const defaults = fn.defaults;
    const firstDefault = npos - defaults.length;
    const missing: string[] = [];
    for (let i = given; i < npos; i++) {
      if (slots[i] !== undefined) continue;
      if (i >= firstDefault) slots[i] = defaults[i - firstDefault];
      else missing.push(this.positional[i]);
    }
    if (missing.length) throw missingError(name, missing, 'positional');
    const missingKw: string[] = [];
    this.kwonly.forEach((key, k) => {
      if (slots[kwStart + k] !== undefined) return;
      const d = fn.kwdefaults.get(key);
      if (d !== undefined) slots[kwStart + k] = d;
      else missingKw.push(key);
    });
    if (missingKw.length) throw missingError(name, missingKw, 'keyword-only');
  }

  private tooMany(name: string, fn: PyFunction, given: number, kwargs: Kwargs) {
    const npos = this.positionalCount;
    const required = npos - fn.defaults.length;
    const takes = required === npos ? `${npos}` : `from ${required} to ${npos}`;
    const plural = required === npos && npos === 1 ? 'argument' : 'arguments';
    const kwGiven = kwargs ? [...kwargs.keys()].filter((k) => this.kwonly.includes(k)).length : 0;
    const givenText = kwGiven
      ? `${given} positional argument${given === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'}) were given`
      : `${given} ${given === 1 ? 'was' : 'were'} given`;
    return typeError(`${name}() takes ${takes} positional ${plural} but ${givenText}`);
  }
}

function missingError(name: string, missing: string[], kind: string) {
  const quoted = missing.map((m) => `'${m}'`);
  const list = quoted.length === 1 ? quoted[0] : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  const plural = missing.length === 1 ? 'argument' : 'arguments';
  return typeError(`${name}() missing ${missing.length} required ${kind} ${plural}: ${list}`);
}
