// Argument binding for the parts of torch that PyTorch writes in Python (modules, optimizers, schedulers, data
// loading): the same signature strings as args.ts, but a bad call raises CPython's TypeError for a Python
// function (`SGD.__init__() missing 1 required positional argument: 'params'`), not the C++ parser's.
import type { Kwargs, PyValue } from '../python/objects/core';
import { typeError } from '../python/objects/exceptions';
import { bindArguments, parseSignature, type BoundArgs } from './args';

/** 'a'; 'a' and 'b'; 'a', 'b', and 'c' — CPython's list of missing names. */
function nameList(names: string[]): string {
  const quoted = names.map((name) => `'${name}'`);
  if (quoted.length <= 2) return quoted.join(' and ');
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`;
}

/**
 * Binds `args` (self first) to `signatureText`. A call that binds costs what bindArguments costs (modules' forward
 * runs through here); one that does not is checked again in CPython's order for CPython's message.
 */
export function bindPythonArguments(qualname: string, signatureText: string, args: readonly PyValue[], kwargs: Kwargs): BoundArgs {
  try {
    return bindArguments(qualname, signatureText, args, kwargs);
  } catch (error) {
    checkPythonCall(qualname, signatureText, args, kwargs);
    throw error;
  }
}

/** CPython's argument checks: keywords (unexpected, given twice), the number of positionals, then missing ones. */
function checkPythonCall(qualname: string, signatureText: string, args: readonly PyValue[], kwargs: Kwargs): void {
  const { parameters } = parseSignature(signatureText);
  const positional = parameters.filter((p) => !p.keywordOnly && !p.varargs);
  const acceptsVarargs = parameters.some((p) => p.varargs);
  for (const name of kwargs?.keys() ?? []) {
    const index = parameters.findIndex((p) => p.name === name && !p.varargs);
    if (index < 0) throw typeError(`${qualname}() got an unexpected keyword argument '${name}'`);
    if (!parameters[index]!.keywordOnly && index < args.length) throw typeError(`${qualname}() got multiple values for argument '${name}'`);
  }
  if (!acceptsVarargs && args.length > positional.length) {
    const required = positional.filter((p) => !p.optional).length;
    const takes = required === positional.length ? `${required} positional argument${required === 1 ? '' : 's'}` : `from ${required} to ${positional.length} positional arguments`;
    throw typeError(`${qualname}() takes ${takes} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
  }
  const missing = (candidates: typeof parameters) => candidates.filter((p, i) => !p.optional && !kwargs?.has(p.name) && (p.keywordOnly || i >= args.length)).map((p) => p.name);
  const missingPositional = missing(positional);
  if (missingPositional.length > 0) {
    const count = missingPositional.length;
    throw typeError(`${qualname}() missing ${count} required positional argument${count === 1 ? '' : 's'}: ${nameList(missingPositional)}`);
  }
  const missingKeywordOnly = missing(parameters.filter((p) => p.keywordOnly && !p.varargs));
  if (missingKeywordOnly.length > 0) {
    const count = missingKeywordOnly.length;
    throw typeError(`${qualname}() missing ${count} required keyword-only argument${count === 1 ? '' : 's'}: ${nameList(missingKeywordOnly)}`);
  }
}
