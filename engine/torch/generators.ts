// torch.Generator objects and the global seeding functions: torch.manual_seed / seed / initial_seed act on
// torch.default_generator; every sampling function takes generator= and then draws from that generator's own
// stream (engine/random's Generator: PyTorch 1.13's MT19937 and cached normal).
import * as random from '../random/index';
import { None, PyObject, PyType, intType, objectType, typeName, type PyValue } from '../python/objects/core';
import { call } from '../python/ops/call';
import { RuntimeError, pyError, typeError } from '../python/objects/exceptions';
import { guarded } from './errors';
import { requireIndex } from '../python/ops/convert';
import { defineGetters, defineMethods, methodArity } from '../python/types/define';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';
import { checkDevice, cpuDevice } from './values';

export const generatorType = new PyType('Generator', [objectType], 'torch._C');

export class PyGenerator extends PyObject {
  constructor(readonly generator: random.Generator) {
    super(generatorType);
  }
}

export const defaultGeneratorObject = new PyGenerator(random.defaultGenerator);

/** Generator.manual_seed's argument: a Python int (not a bool) from -2**63 to 2**64 - 1. */
function seedValue(value: PyValue): bigint {
  if (typeof value !== 'number' && typeof value !== 'bigint') throw pyError(RuntimeError, `manual_seed expected a long, but got ${typeName(value)}`);
  const seed = requireIndex(value);
  return typeof seed === 'bigint' ? seed : BigInt(seed);
}

function pythonInt(value: bigint): PyValue {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

generatorType.construct = (_cls, args) => {
  checkDevice(args[0]);
  return new PyGenerator(new random.Generator());
};
defineMethods(generatorType, {
  manual_seed: (args) => {
    methodArity('manual_seed', args, 1);
    guarded(() => (args[0] as PyGenerator).generator.manualSeed(seedValue(args[1]!)));
    return args[0]!;
  },
  initial_seed: (args) => pythonInt((args[0] as PyGenerator).generator.initialSeed()),
  seed: (args) => pythonInt((args[0] as PyGenerator).generator.seed()),
});
defineGetters(generatorType, { device: () => cpuDevice });

/** The generator= argument: its own stream, or the default generator's when absent or None. */
export function generatorOf(args: BoundArgs): random.Generator {
  const value = args.raw('generator');
  if (value === undefined) return random.defaultGenerator;
  if (!(value instanceof PyGenerator)) throw typeError(`${args.fn}(): argument 'generator' must be torch.Generator, not ${typeName(value)}`);
  return value.generator;
}

/** torch.manual_seed, torch.seed and torch.initial_seed (also in torch.random). */
export const SEEDING: Record<string, OpDefinition> = {
  manual_seed: {
    signature: 'seed',
    run: (a) => {
      // torch.manual_seed converts with int() first (so 1.7 seeds 1); Generator.manual_seed does not.
      random.defaultGenerator.manualSeed(seedValue(call(intType, [a.raw('seed') ?? None])));
      return defaultGeneratorObject;
    },
  },
  initial_seed: { signature: '', run: () => pythonInt(random.defaultGenerator.initialSeed()) },
  seed: { signature: '', run: () => pythonInt(random.defaultGenerator.seed()) },
};
