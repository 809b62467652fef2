// File access for Python code (torch.save/torch.load). The engine never opens a file itself, since it also runs
// in browsers: a host that has a file system (the CLI, the notebook's kernel worker) passes `HostFiles` rooted at
// its working directory, and without one every file operation raises a clear error.
import { None, type PyValue } from './objects/core';
import { OSError, NotImplementedError, PyException, exceptionTypes, pyError } from './objects/exceptions';
import { exceptionStr, repr, str } from './ops/convert';
import { runtime } from './runtime';
import { defineMethods } from './types/define';

/** What a file path names. */
export type FileKind = 'file' | 'directory';

/**
 * A host's files; relative paths are resolved against the host's working directory. Failures throw an Error
 * whose `code` is the POSIX name (ENOENT, EISDIR, EACCES, ...), as Node's fs does.
 */
export interface HostFiles {
  read(path: string): Uint8Array;
  write(path: string, data: Uint8Array): void;
  /** Adds to the end of a file, creating it if needed. */
  append(path: string, data: Uint8Array): void;
  /** undefined when nothing exists at `path`. */
  kind(path: string): FileKind | undefined;
}

/** The host's files, or the error a host without a file system gives. */
export function files(): HostFiles {
  const hostFiles = runtime.host.files;
  if (!hostFiles) throw pyError(NotImplementedError, 'this kernel has no file system (it runs in a browser): files cannot be read or written');
  return hostFiles;
}

/** CPython's errno, message and exception class for the POSIX error codes a file operation can give. */
const OS_ERRORS: Record<string, [errno: number, message: string, type: string]> = {
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  ENOSPC: [28, 'No space left on device', 'OSError'],
};

/** The Python exception for a host file error on `path`, as CPython raises it: `[Errno 2] No such file or directory: 'x'`. */
export function osError(error: unknown, path: string): PyException {
  if (error instanceof PyException) return error;
  const code = (error as { code?: unknown }).code;
  const known = typeof code === 'string' ? OS_ERRORS[code] : undefined;
  if (!known) return pyError(OSError, `${path}: ${(error as Error).message ?? String(error)}`);
  const [errno, message, type] = known;
  const exception = new PyException(exceptionTypes.get(type)!, [errno, message]);
  exception.dict!.set('errno', errno);
  exception.dict!.set('strerror', message);
  exception.dict!.set('filename', path);
  return exception;
}

/** Runs a host file operation, turning its failure into CPython's OSError. */
export function withFiles<T>(path: string, operation: (files: HostFiles) => T): T {
  const host = files();
  try {
    return operation(host);
  } catch (error) {
    throw osError(error, path);
  }
}

// CPython's OSError.__str__: `[Errno 2] No such file or directory: 'x.pth'` when errno and strerror are set.
defineMethods(OSError, {
  __str__: (args) => {
    const e = args[0] as PyException;
    const errno: PyValue = e.dict?.get('errno') ?? None;
    const strerror: PyValue = e.dict?.get('strerror') ?? None;
    if (errno === None || strerror === None) return exceptionStr(e);
    const filename: PyValue = e.dict?.get('filename') ?? None;
    const text = `[Errno ${str(errno)}] ${str(strerror)}`;
    return filename === None ? text : `${text}: ${repr(filename)}`;
  },
});
