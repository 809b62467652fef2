// Generator objects. A generator function's body is compiled to a JS generator (compiler.ts, "generator
// mode"); the Python generator wraps it, runs it one step per next()/send(), and turns what escapes into
// Python semantics (StopIteration at the end, RuntimeError for a StopIteration raised inside).
import { None, builtinType, typeName, type PyValue } from './objects/core';
import { PyIterator } from './objects/containers';
import { GeneratorExit, PyException, RuntimeError, StopIteration, isExceptionType, pyError, typeError, valueError } from './objects/exceptions';
import { call } from './ops/call';
import { address } from './ops/convert';
import { addTraceback, type Frame } from './frame';
import { runtime } from './runtime';
import { defineGetters, defineMethods, methodArity } from './types/define';

/** What a compiled generator body is: yields values out, receives sent values, returns a control signal. */
export type GeneratorBody = Generator<PyValue, number, PyValue>;

export const generatorType = builtinType('generator');

export class PyGenerator extends PyIterator {
  private running = false;
  /** Whether it ran at least once (a for loop closes only generators it started itself). */
  started = false;
  private finished = false;
  /** The value of `return x` in the generator (StopIteration.value). */
  returnValue: PyValue = None;

  constructor(
    readonly qualname: string,
    private readonly frame: Frame,
    private readonly body: GeneratorBody,
  ) {
    super(generatorType, () => this.resume(None));
  }

  /** Runs to the next yield; undefined when the generator finished. */
  resume(sent: PyValue, thrown?: PyException): PyValue | undefined {
    if (this.finished) {
      if (thrown) throw thrown;
      return undefined;
    }
    if (this.running) throw valueError('generator already executing');
    this.running = true;
    this.started = true;
    runtime.enterCall(this.frame);
    try {
      const step = thrown ? this.body.throw(thrown) : this.body.next(sent);
      if (!step.done) return step.value;
      this.finished = true;
      this.returnValue = this.frame.returnValue;
      return undefined;
    } catch (e) {
      this.finished = true;
      const exc = addTraceback(e, this.frame);
      if (exc.cls.isSubtypeOf(StopIteration)) {
        const wrapped = pyError(RuntimeError, 'generator raised StopIteration');
        wrapped.cause = exc;
        wrapped.suppressContext = true;
        throw wrapped;
      }
      throw exc;
    } finally {
      this.running = false;
      runtime.depth--;
    }
  }

  send(value: PyValue): PyValue {
    if (!this.started && value !== None) throw typeError("can't send non-None value to a just-started generator");
    const v = this.resume(value);
    if (v === undefined) throw new PyException(StopIteration, this.returnValue === None ? [] : [this.returnValue]);
    return v;
  }

  close(): void {
    if (this.finished || !this.started) {
      this.finished = true;
      return;
    }
    try {
      if (this.resume(None, pyError(GeneratorExit)) !== undefined) throw pyError(RuntimeError, 'generator ignored GeneratorExit');
    } catch (e) {
      if (!(e instanceof PyException && (e.cls.isSubtypeOf(GeneratorExit) || e.cls.isSubtypeOf(StopIteration)))) throw e;
    }
  }
}

defineMethods(generatorType, {
  __repr__: (args) => `<generator object ${(args[0] as PyGenerator).qualname} at ${address(args[0] as PyGenerator)}>`,
  send: (args) => {
    methodArity('send', args, 1);
    return (args[0] as PyGenerator).send(args[1]);
  },
  close: (args) => {
    (args[0] as PyGenerator).close();
    return None;
  },
  throw: (args) => {
    methodArity('throw', args, 1, 3);
    const gen = args[0] as PyGenerator;
    const exc = args[1];
    const err = exc instanceof PyException ? exc : isExceptionType(exc) ? call(exc, args.length > 2 ? [args[2]] : []) : undefined;
    if (!(err instanceof PyException)) throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(exc)}`);
    const v = gen.resume(None, err);
    if (v === undefined) throw new PyException(StopIteration, []);
    return v;
  },
});
defineGetters(generatorType, {
  __name__: (self) => (self as PyGenerator).qualname.split('.').pop()!,
  __qualname__: (self) => (self as PyGenerator).qualname,
});
