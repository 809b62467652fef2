// torch.Generator objects and the global seeding functions: torch.manual_seed / seed / initial_seed and
// get_rng_state / set_rng_state act on torch.default_generator; every sampling function takes generator= and then
// draws from that generator's own stream (engine/random's Generator: PyTorch 1.13's MT19937 and cached normal).
// torch.random gathers them with fork_rng.
import * as engine from '../tensor/index';
import * as random from '../random/index';
import { None, PyObject, PyType, intType, objectType, typeName, type PyValue } from '../python/objects/core';
import { call } from '../python/ops/call';
import { RuntimeError, pyError, typeError } from '../python/objects/exceptions';
import { guarded } from './errors';
import { requireIndex } from '../python/ops/convert';
import { defineGetters, defineMethods, methodArity } from '../python/types/define';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';
import { PyTensor, wrapTensor } from './tensorObject';
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

/** The generator's state as PyTorch gives it: a uint8 tensor of 5056 bytes in CPUGeneratorImplState's layout. */
function stateTensor(generator: random.Generator): PyValue {
  return wrapTensor(engine.Tensor.fromStorage(generator.getState(), [random.RNG_STATE_BYTES], 'uint8'));
}

/** Restores a state from get_rng_state/get_state (any other tensor or value is refused as PyTorch refuses it). */
function restoreState(generator: random.Generator, state: PyValue): void {
  if (!(state instanceof PyTensor)) throw typeError(`expected a torch.ByteTensor, but got ${typeName(state)}`);
  if (state.tensor.dtype !== 'uint8') throw typeError('RNG state must be a torch.ByteTensor');
  guarded(() => generator.setState(engine.clone(engine.detach(state.tensor)).storage as Uint8Array));
}

defineMethods(generatorType, {
  get_state: (args) => {
    methodArity('get_state', args, 0);
    return stateTensor((args[0] as PyGenerator).generator);
  },
  set_state: (args) => {
    methodArity('set_state', args, 1);
    restoreState((args[0] as PyGenerator).generator, args[1]!);
    return args[0]!;
  },
});

/** torch.get_rng_state / set_rng_state: the default generator's state. */
export const RNG_STATE: Record<string, OpDefinition> = {
  get_rng_state: { signature: '', run: () => stateTensor(random.defaultGenerator) },
  set_rng_state: {
    signature: 'new_state',
    run: (a) => {
      restoreState(random.defaultGenerator, a.raw('new_state') ?? None);
      return None;
    },
  },
};

/**
 * What torch.random.fork_rng() returns: a context manager that saves the default generator's state on entry and
 * restores it on exit, so draws inside the block leave the stream outside it as it was (no-op when not enabled).
 */
const forkRngType = new PyType('_GeneratorContextManager', [objectType], 'contextlib');

class PyForkRng extends PyObject {
  saved: Uint8Array[] = [];

  constructor(readonly enabled: boolean) {
    super(forkRngType);
  }
}

defineMethods(forkRngType, {
  __enter__: (args) => {
    const self = args[0] as PyForkRng;
    if (self.enabled) self.saved.push(random.defaultGenerator.getState());
    return None;
  },
  __exit__: (args) => {
    const self = args[0] as PyForkRng;
    const state = self.saved.pop();
    if (state) random.defaultGenerator.setState(state);
    return false;
  },
});

export const FORK_RNG: Record<string, OpDefinition> = {
  fork_rng: { signature: 'devices=, enabled=, _caller=, _devices_kw=', run: (a) => new PyForkRng(a.bool('enabled', true)) },
};
