// The `time` module: wall-clock and monotonic clocks (for timing loops) and an interruptible sleep.
import { PyFloat, PyModule, None, typeName, type PyValue } from '../objects/core';
import { typeError, valueError } from '../objects/exceptions';
import { PyNativeFunction } from '../objects/functions';
import { normalizeInt } from '../objects/int';
import { floatValue } from '../ops/convert';
import { registerModule } from '../modules';
import { runtime } from '../runtime';
import { arity } from '../types/define';

/** How often a sleeping cell looks at the interrupt flag. */
const SLEEP_SLICE_MS = 50;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleep(seconds: number): void {
  const until = performance.now() + seconds * 1000;
  for (let left = until - performance.now(); left > 0; left = until - performance.now()) {
    // Blocks this thread (the kernel's worker) without spinning; wakes up to honour interrupts.
    Atomics.wait(sleeper, 0, 0, Math.min(left, SLEEP_SLICE_MS));
    runtime.checkInterrupt();
  }
}

const clock = (name: string, read: () => number) =>
  new PyNativeFunction(name, (args) => {
    arity(name, args, 0);
    return new PyFloat(read());
  });

const nanoseconds = (name: string, read: () => number) =>
  new PyNativeFunction(name, (args) => {
    arity(name, args, 0);
    return normalizeInt(BigInt(Math.round(read() * 1e6)) * 1000n);
  });

registerModule('time', () => {
  const m = new PyModule('time');
  const set = (name: string, value: PyValue) => m.dict!.set(name, value);
  const wallMs = () => Date.now();
  set('time', clock('time', () => wallMs() / 1000));
  set('time_ns', nanoseconds('time_ns', wallMs));
  set('perf_counter', clock('perf_counter', () => performance.now() / 1000));
  set('perf_counter_ns', nanoseconds('perf_counter_ns', () => performance.now()));
  set('monotonic', clock('monotonic', () => performance.now() / 1000));
  set(
    'sleep',
    new PyNativeFunction('sleep', (args) => {
      arity('sleep', args, 1);
      const seconds = floatValue(args[0]!);
      if (seconds === undefined) throw typeError(`'${typeName(args[0]!)}' object cannot be interpreted as an integer`);
      if (seconds < 0) throw valueError('sleep length must be non-negative');
      sleep(seconds);
      return None;
    }),
  );
  return m;
});
