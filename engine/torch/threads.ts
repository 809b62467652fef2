// torch.set_num_threads / get_num_threads / use_deterministic_algorithms and the math constants: settings a
// tutorial sets up front. agnb computes on one thread and deterministically either way, so the settings are
// remembered (per interpreter) and reported back as PyTorch reports them, and change no result.
import { None, PyFloat, typeName, type PyValue } from '../python/objects/core';
import { PyNativeFunction } from '../python/objects/functions';
import { RuntimeError, pyError, typeError } from '../python/objects/exceptions';
import { keywords } from '../python/types/define';
import type { ModuleCache } from '../python/modules';
import { runtime } from '../python/runtime';

interface Settings {
  threads: number;
  interopThreads: number;
  deterministic: boolean;
  warnOnly: boolean;
}

const settingsByInterpreter = new WeakMap<ModuleCache, Settings>();

function settings(): Settings {
  let found = settingsByInterpreter.get(runtime.modules);
  if (!found) {
    found = { threads: 1, interopThreads: 1, deterministic: false, warnOnly: false };
    settingsByInterpreter.set(runtime.modules, found);
  }
  return found;
}

const isInt = (value: PyValue | undefined): value is number | bigint => typeof value === 'number' || typeof value === 'bigint';

function threadCount(name: string, value: PyValue | undefined): number {
  if (!isInt(value)) throw pyError(RuntimeError, `${name} expects an int, but got ${value === undefined ? 'nothing' : typeName(value)}`);
  if (value <= 0) throw pyError(RuntimeError, `${name} expects a positive integer`);
  return Number(value);
}

function requireBool(fn: string, name: string, position: number, value: PyValue | undefined): boolean {
  if (typeof value !== 'boolean') throw typeError(`${fn}(): argument '${name}' (position ${position}) must be bool, not ${value === undefined ? 'NoneType' : typeName(value)}`);
  return value;
}

export const THREAD_SETTINGS: Record<string, PyValue> = {
  set_num_threads: new PyNativeFunction('set_num_threads', ([count]) => {
    settings().threads = threadCount('set_num_threads', count);
    return None;
  }),
  get_num_threads: new PyNativeFunction('get_num_threads', () => settings().threads),
  set_num_interop_threads: new PyNativeFunction('set_num_interop_threads', ([count]) => {
    settings().interopThreads = threadCount('set_num_interop_threads', count);
    return None;
  }),
  get_num_interop_threads: new PyNativeFunction('get_num_interop_threads', () => settings().interopThreads),
  use_deterministic_algorithms: new PyNativeFunction('use_deterministic_algorithms', (args, kwargs) => {
    const given = keywords('use_deterministic_algorithms', kwargs, ['mode', 'warn_only']);
    const state = settings();
    state.deterministic = requireBool('_set_deterministic_algorithms', 'mode', 1, args[0] ?? given.mode);
    state.warnOnly = given.warn_only === undefined ? false : requireBool('_set_deterministic_algorithms', 'warn_only', 2, given.warn_only);
    return None;
  }),
  are_deterministic_algorithms_enabled: new PyNativeFunction('are_deterministic_algorithms_enabled', () => settings().deterministic),
  is_deterministic_algorithms_warn_only_enabled: new PyNativeFunction('is_deterministic_algorithms_warn_only_enabled', () => settings().warnOnly),
  inf: new PyFloat(Infinity),
  nan: new PyFloat(NaN),
  pi: new PyFloat(Math.PI),
  e: new PyFloat(Math.E),
};
