// open() for text files through the host's files (files.ts): reading loads the whole file (UTF-8, universal
// newlines), writing appends each write to the file at once, so the file is complete even if it is never
// closed. Binary and read-write ('+') modes need bytes and seeking, which agnb does not have: they raise.
import { None, PyObject, PyType, objectType, typeName, type Kwargs, type PyValue } from '../objects/core';
import { NotImplementedError, StopIteration, ValueError, exceptionTypes, pyError, typeError } from '../objects/exceptions';
import { PyList } from '../objects/containers';
import { toArray } from '../ops/iter';
import { repr, truthy } from '../ops/convert';
import { files, osError, withFiles } from '../files';
import { defineGetters, defineMethods, keywords } from './define';

export const textFileType = new PyType('TextIOWrapper', [objectType], '_io');

/** io.UnsupportedOperation: reading a file opened for writing, or the reverse. */
const unsupportedOperation = new PyType('UnsupportedOperation', [exceptionTypes.get('OSError')!, ValueError], 'io');

const utf8Encoder = new TextEncoder();

class PyTextFile extends PyObject {
  closed = false;
  /** Read mode: the file's text and how far it was read (UTF-16 units). */
  private position = 0;

  constructor(
    readonly name: string,
    readonly mode: string,
    private readonly text: string | undefined,
  ) {
    super(textFileType);
  }

  check(): this {
    if (this.closed) throw pyError(ValueError, 'I/O operation on closed file.');
    return this;
  }

  private readableText(): string {
    this.check();
    if (this.text === undefined) throw pyError(unsupportedOperation, 'not readable');
    return this.text;
  }

  /** Up to `size` characters (code points), all that is left for a negative size. */
  read(size: number): string {
    const text = this.readableText();
    const start = this.position;
    let end = start;
    for (let count = 0; end < text.length && (size < 0 || count < size); count++) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    this.position = end;
    return text.slice(start, end);
  }

  readline(size: number): string {
    const text = this.readableText();
    const newline = text.indexOf('\n', this.position);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    if (size >= 0 && lineEnd - this.position > size) return this.read(size);
    const line = text.slice(this.position, lineEnd);
    this.position = lineEnd;
    return line;
  }

  write(value: PyValue): number {
    this.check();
    if (this.text !== undefined) throw pyError(unsupportedOperation, 'not writable');
    if (typeof value !== 'string') throw typeError(`write() argument must be str, not ${typeName(value)}`);
    if (value !== '') withFiles(this.name, (host) => host.append(this.name, utf8Encoder.encode(value)));
    return [...value].length;
  }
}

const self = (args: PyValue[]) => args[0] as PyTextFile;
const sizeArgument = (value: PyValue | undefined): number => (value === undefined || value === None ? -1 : Number(value));

defineMethods(textFileType, {
  read: (args) => self(args).read(sizeArgument(args[1])),
  readline: (args) => self(args).readline(sizeArgument(args[1])),
  readlines: (args) => {
    const lines: string[] = [];
    for (let line = self(args).readline(-1); line !== ''; line = self(args).readline(-1)) lines.push(line);
    return new PyList(lines);
  },
  write: (args) => self(args).write(args[1] ?? None),
  writelines: (args) => {
    for (const line of toArray(args[1] ?? None)) self(args).write(line);
    return None;
  },
  readable: (args) => !/[wax]/.test(self(args).check().mode),
  writable: (args) => /[wax]/.test(self(args).check().mode),
  flush: (args) => {
    self(args).check();
    return None;
  },
  close: (args) => {
    self(args).closed = true;
    return None;
  },
  __enter__: (args) => self(args).check(),
  __exit__: (args) => {
    self(args).closed = true;
    return None;
  },
  __iter__: (args) => self(args).check(),
  __next__: (args) => {
    const line = self(args).readline(-1);
    if (line === '') throw pyError(StopIteration);
    return line;
  },
  __repr__: (args) => `<_io.TextIOWrapper name=${repr(self(args).name)} mode=${repr(self(args).mode)} encoding='UTF-8'>`,
});

defineGetters(textFileType, {
  name: (file) => (file as PyTextFile).name,
  mode: (file) => (file as PyTextFile).mode,
  closed: (file) => (file as PyTextFile).closed,
  encoding: () => 'UTF-8',
});

const ENCODINGS = new Set(['utf-8', 'utf8', 'utf_8']);

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None): text files only. */
export function openFile(args: PyValue[], kwargs: Kwargs): PyTextFile {
  const given = keywords('open', kwargs, ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline']);
  const file = args[0] ?? given.file;
  const mode = args[1] ?? given.mode ?? 'r';
  const encoding = args[3] ?? given.encoding ?? None;
  if (typeof file !== 'string') throw typeError(`expected str, bytes or os.PathLike object, not ${file === undefined ? 'NoneType' : typeName(file)}`);
  if (typeof mode !== 'string') throw typeError(`open() argument 'mode' must be str, not ${typeName(mode)}`);
  if (/[^rwxabt+]/.test(mode) || new Set(mode).size !== mode.length) throw pyError(ValueError, `invalid mode: '${mode}'`);
  const kinds = mode.replace(/[bt+]/g, '');
  if (kinds.length !== 1) throw pyError(ValueError, 'must have exactly one of create/read/write/append mode');
  if (mode.includes('b') || mode.includes('+')) {
    throw pyError(NotImplementedError, `open() with mode '${mode}' is not supported in agnb: only text files opened for reading ('r') or writing ('w', 'a', 'x')`);
  }
  if (encoding !== None && !(typeof encoding === 'string' && ENCODINGS.has(encoding.toLowerCase()))) {
    throw pyError(NotImplementedError, `open() with encoding=${repr(encoding)} is not supported in agnb: files are UTF-8`);
  }
  for (const unsupported of [args[4] ?? given.errors, args[5] ?? given.newline]) {
    if (unsupported !== undefined && unsupported !== None && truthy(unsupported)) {
      throw pyError(NotImplementedError, 'open() with errors= or newline= is not supported in agnb');
    }
  }
  const host = files();
  if (kinds === 'r') {
    const bytes = withFiles(file, (h) => h.read(file));
    const text = new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
    return new PyTextFile(file, mode, text);
  }
  const existing = host.kind(file);
  if (existing === 'directory') throw osError({ code: 'EISDIR' }, file);
  if (kinds === 'x' && existing !== undefined) throw osError({ code: 'EEXIST' }, file);
  if (kinds !== 'a' || existing === undefined) withFiles(file, (h) => h.write(file, new Uint8Array(0)));
  return new PyTextFile(file, mode, undefined);
}
