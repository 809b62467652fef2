// Files held in memory, for tests that run torch.save/torch.load without touching the disk. Directories are the
// prefixes of stored paths; errors carry the POSIX codes the engine turns into OSErrors, as Node's fs does.
import type { FileKind, HostFiles } from '../../engine/python/index';

export class MemoryFiles implements HostFiles {
  readonly files = new Map<string, Uint8Array>();

  read(path: string): Uint8Array {
    const data = this.files.get(path);
    if (data) return data;
    throw Object.assign(new Error(path), { code: this.kind(path) === 'directory' ? 'EISDIR' : 'ENOENT' });
  }

  write(path: string, data: Uint8Array): void {
    this.files.set(path, data);
  }

  append(path: string, data: Uint8Array): void {
    const before = this.files.get(path) ?? new Uint8Array(0);
    const joined = new Uint8Array(before.length + data.length);
    joined.set(before);
    joined.set(data, before.length);
    this.files.set(path, joined);
  }

  kind(path: string): FileKind | undefined {
    if (this.files.has(path)) return 'file';
    if (path === '.') return 'directory';
    return [...this.files.keys()].some((name) => name.startsWith(`${path}/`)) ? 'directory' : undefined;
  }
}
