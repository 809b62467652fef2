// torch.save and torch.load: PyTorch 1.13's zip format, read and written through the host's files.
import { None, typeName, type PyValue } from '../../python/objects/core';
import { NotImplementedError, RuntimeError, pyError, typeError } from '../../python/objects/exceptions';
import { files, withFiles } from '../../python/files';
import { nativeFunction } from '../errors';
import { bindPythonArguments } from '../pythonArgs';
import { deserialize } from './load';
import { archiveName, serialize } from './save';

/** A file name; agnb has no bytes, so file objects and io.BytesIO buffers cannot stand in for one. */
function pathArgument(value: PyValue | undefined, fn: string): string {
  if (typeof value === 'string') return value;
  throw typeError(`${fn}: agnb reads and writes files by name only: expected a str path, not ${value === undefined ? 'nothing' : typeName(value)}`);
}

/** The directory part of a path as PyTorch's stream writer takes it ('' for a bare file name). */
const parentDirectory = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

export const SERIALIZATION: Record<string, PyValue> = {
  save: nativeFunction('save', (args, kwargs) => {
    const a = bindPythonArguments('save', 'obj, f, pickle_module=, pickle_protocol=, _use_new_zipfile_serialization=', args, kwargs);
    const path = pathArgument(a.raw('f'), 'torch.save');
    if (a.raw('pickle_module') !== undefined) throw pyError(NotImplementedError, 'torch.save(pickle_module=...) is not supported in agnb');
    const protocol = a.raw('pickle_protocol');
    if (protocol !== undefined && protocol !== 2) throw pyError(NotImplementedError, `torch.save(pickle_protocol=${String(protocol)}) is not supported in agnb: it writes protocol 2, the default`);
    if (a.raw('_use_new_zipfile_serialization') === false) {
      throw pyError(NotImplementedError, "torch.save(_use_new_zipfile_serialization=False) is not supported in agnb: it writes PyTorch's zip format only");
    }
    const archive = archiveName(path);
    if (archive === '') throw pyError(RuntimeError, `[enforce fail at inline_container.cc:354] . invalid file name: ${path}`);
    const bytes = serialize(a.raw('obj') ?? None, archive);
    const parent = parentDirectory(path);
    if (parent !== '' && files().kind(parent) !== 'directory') throw pyError(RuntimeError, `Parent directory ${parent} does not exist.`);
    try {
      files().write(path, bytes);
    } catch {
      throw pyError(RuntimeError, `File ${path} cannot be opened.`);
    }
    return None;
  }),
  load: nativeFunction('load', (args, kwargs) => {
    const a = bindPythonArguments('load', 'f, map_location=, pickle_module=, *, weights_only=', args, kwargs);
    const path = pathArgument(a.raw('f'), 'torch.load');
    if (a.raw('pickle_module') !== undefined && a.raw('pickle_module') !== None) {
      throw pyError(NotImplementedError, 'torch.load(pickle_module=...) is not supported in agnb');
    }
    const bytes = withFiles(path, (host) => host.read(path));
    return deserialize(bytes, a.raw('map_location') ?? None);
  }),
};
