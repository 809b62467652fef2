// The kernel's file system on Node: paths relative to a working directory (the notebook's folder, or the
// directory `agnb run` was started in). Node's errors keep their POSIX codes, which the engine turns into
// CPython's OSErrors.
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileKind, HostFiles } from '../../engine/python/index';

export function nodeFiles(workingDirectory: string): HostFiles {
  const at = (path: string) => resolve(workingDirectory, path);
  return {
    read: (path) => readFileSync(at(path)),
    write: (path, data) => writeFileSync(at(path), data),
    append: (path, data) => appendFileSync(at(path), data),
    kind: (path): FileKind | undefined => {
      const stats = statSync(at(path), { throwIfNoEntry: false });
      return stats === undefined ? undefined : stats.isDirectory() ? 'directory' : 'file';
    },
  };
}
