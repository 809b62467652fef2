// "Did you mean: 'x'?" — CPython 3.11 appends this to uncaught NameError and AttributeError messages.
// Same algorithm as CPython's suggestions.c: a Levenshtein distance where case changes are cheap, a
// candidate must be within about a third of the characters, and the first closest candidate wins.
import { PyObject, PyType, typeOf, type PyValue } from './objects/core';
import { AttributeError, NameError, type PyException } from './objects/exceptions';

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

/** CPython's builtins in its own dict order (ties between equally close names go to the first). */
const CPYTHON_BUILTINS = (
  '__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin breakpoint ' +
  'callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex id input isinstance ' +
  'issubclass iter aiter len locals max min next anext oct ord pow print repr round setattr sorted sum vars None ' +
  'Ellipsis NotImplemented False True bool memoryview bytearray bytes classmethod complex dict enumerate filter ' +
  'float frozenset property int list map object range reversed set slice staticmethod str super tuple type zip ' +
  '__debug__ BaseException BaseExceptionGroup Exception GeneratorExit KeyboardInterrupt SystemExit ArithmeticError ' +
  'AssertionError AttributeError BufferError EOFError ImportError LookupError MemoryError NameError OSError ' +
  'ReferenceError RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError TypeError ValueError ' +
  'Warning FloatingPointError OverflowError ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning ' +
  'FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning ' +
  'UnicodeWarning UserWarning BlockingIOError ChildProcessError ConnectionError FileExistsError ' +
  'FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError PermissionError ProcessLookupError ' +
  'TimeoutError IndentationError IndexError KeyError ModuleNotFoundError NotImplementedError RecursionError ' +
  'UnboundLocalError UnicodeError BrokenPipeError ConnectionAbortedError ConnectionRefusedError ' +
  'ConnectionResetError TabError UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError ExceptionGroup ' +
  'EnvironmentError IOError open quit exit copyright credits license help'
).split(' ');

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() ? CASE_COST : MOVE_COST;
}

function distance(a: string, b: string, maxCost: number): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  let x = a.slice(start, endA);
  let y = b.slice(start, endB);
  if (!x.length || !y.length) return (x.length + y.length) * MOVE_COST;
  if (x.length > MAX_STRING_SIZE || y.length > MAX_STRING_SIZE) return maxCost + 1;
  if (y.length < x.length) [x, y] = [y, x];
  if ((y.length - x.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row = Array.from({ length: x.length }, (_, i) => (i + 1) * MOVE_COST);
  let result = 0;
  for (let j = 0; j < y.length; j++) {
    let diagonal = (result = j * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < x.length; i++) {
      const substitute = diagonal + substitutionCost(y[j], x[i]);
      diagonal = row[i];
      result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function closest(candidates: readonly string[], name: string): string | undefined {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    const maxDistance = Math.min(Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = distance(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === undefined || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** Names visible where a NameError happened: the function's locals, then globals, then builtins. */
export interface NameScope {
  locals: readonly string[];
  globals: Map<string, PyValue>;
}

function attributeNames(obj: PyValue): string[] {
  const names = new Set<string>();
  if (obj instanceof PyObject && obj.dict) for (const k of obj.dict.keys()) names.add(k);
  const t = obj instanceof PyType ? obj : typeOf(obj);
  for (const cls of t.mro) for (const k of cls.dict.keys()) names.add(k);
  return [...names].sort();
}

/** The " Did you mean: 'x'?" suffix for an uncaught exception, or ''. */
export function suggestionFor(e: PyException, scope: NameScope | undefined): string {
  const name = e.dict?.get('name');
  if (typeof name !== 'string') return '';
  let suggestion: string | undefined;
  if (e.cls === NameError && scope) {
    suggestion = closest(scope.locals, name) ?? closest([...scope.globals.keys()], name) ?? closest(CPYTHON_BUILTINS, name);
  } else if (e.cls === AttributeError) {
    const obj = e.dict?.get('obj');
    if (obj !== undefined) suggestion = closest(attributeNames(obj), name);
  }
  return suggestion === undefined ? '' : `. Did you mean: '${suggestion}'?`;
}
