// Python exceptions. A raised Python exception is thrown as the PyException object itself (no JS Error, so no
// stack capture cost); anything else that reaches the interpreter boundary is an interpreter bug.
import { PyObject, PyType, builtinType, type PyValue, type Kwargs } from './core';

/** A unit of source code the interpreter ran: one cell or one file. */
export interface CodeUnit {
  /** How tracebacks name it: 'Cell [3]' or 'File "x.py"'. */
  origin: string;
  lineOffset: number;
  lines: string[];
  /** Library code the engine ships in Python (dataclasses, copy, typing): its frames are left out of tracebacks. */
  library?: boolean;
}

/** One frame an exception passed through. `frame` identifies the activation, so re-raises don't repeat it. */
export interface TracebackEntry {
  frame: object;
  unit: CodeUnit;
  line: number;
  name: string;
  /** The frame's local variable names and globals, for NameError suggestions. */
  locals: readonly string[];
  globals: Map<string, PyValue>;
}

export class PyException extends PyObject {
  traceback: TracebackEntry[] = [];
  /** `__context__`: the exception being handled when this one was raised. */
  context: PyException | null = null;
  /** `__cause__`: set by `raise ... from ...`. */
  cause: PyException | null = null;
  suppressContext = false;

  constructor(
    cls: PyType,
    public args: PyValue[],
  ) {
    super(cls);
    this.dict = new Map();
  }
}

export const BaseException = builtinType('BaseException');
BaseException.instancesHaveDict = true;
BaseException.construct = (cls: PyType, args: PyValue[], _kwargs: Kwargs) => new PyException(cls, args);

const hierarchy: [string, string][] = [
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['FileNotFoundError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['FileExistsError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopIteration', 'Exception'],
  ['StopAsyncIteration', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['Warning', 'Exception'],
  ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
];

/** Every built-in exception type by name, in hierarchy order (BaseException first). */
export const exceptionTypes = new Map<string, PyType>([['BaseException', BaseException]]);
for (const [name, base] of hierarchy) exceptionTypes.set(name, builtinType(name, exceptionTypes.get(base)));

function exc(name: string): PyType {
  return exceptionTypes.get(name)!;
}

export const ExceptionType = exc('Exception');
export const KeyboardInterrupt = exc('KeyboardInterrupt');
export const GeneratorExit = exc('GeneratorExit');
export const StopIteration = exc('StopIteration');
export const SystemExit = exc('SystemExit');
export const ZeroDivisionError = exc('ZeroDivisionError');
export const OverflowError = exc('OverflowError');
export const AssertionError = exc('AssertionError');
export const AttributeError = exc('AttributeError');
export const ImportError = exc('ImportError');
export const ModuleNotFoundError = exc('ModuleNotFoundError');
export const IndexError = exc('IndexError');
export const KeyError = exc('KeyError');
export const LookupError = exc('LookupError');
export const MemoryError = exc('MemoryError');
export const NameError = exc('NameError');
export const UnboundLocalError = exc('UnboundLocalError');
export const RuntimeError = exc('RuntimeError');
export const NotImplementedError = exc('NotImplementedError');
export const RecursionError = exc('RecursionError');
export const SyntaxErrorType = exc('SyntaxError');
export const SystemError = exc('SystemError');
export const TypeError = exc('TypeError');
export const ValueError = exc('ValueError');
export const OSError = exc('OSError');

export function pyError(cls: PyType, message?: string): PyException {
  return new PyException(cls, message === undefined ? [] : [message]);
}

export const typeError = (message: string) => pyError(TypeError, message);
export const valueError = (message: string) => pyError(ValueError, message);
export const indexError = (message: string) => pyError(IndexError, message);
export const attributeError = (message: string) => pyError(AttributeError, message);
export const overflowError = (message: string) => pyError(OverflowError, message);
export const zeroDivision = (message: string) => pyError(ZeroDivisionError, message);
export const notImplemented = (message: string) => pyError(NotImplementedError, message);
export const memoryError = () => pyError(MemoryError);

export function isException(v: unknown): v is PyException {
  return v instanceof PyException;
}

/** Whether `cls` names a type deriving from BaseException. */
export function isExceptionType(v: PyValue): v is PyType {
  return v instanceof PyType && v.isSubtypeOf(BaseException);
}
