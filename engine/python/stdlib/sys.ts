// The `sys` module: the standard streams (routed to the host) and a few constants.
import { None, PyModule, PyObject, builtinType, typeName, type PyValue } from '../objects/core';
import { PyList } from '../objects/containers';
import { typeError } from '../objects/exceptions';
import { PyNativeFunction } from '../objects/functions';
import { registerModule } from '../modules';
import { RECURSION_LIMIT, runtime } from '../runtime';
import { defineGetters, defineMethods, methodArity } from '../types/define';

const textStreamType = builtinType('TextIOWrapper');

/** sys.stdout / sys.stderr: writes go to the interpreter host. */
class PyTextStream extends PyObject {
  constructor(readonly stream: 'stdout' | 'stderr') {
    super(textStreamType);
  }
}

defineMethods(textStreamType, {
  write: (args) => {
    methodArity('write', args, 1);
    const text = args[1];
    if (typeof text !== 'string') throw typeError(`write() argument must be str, not ${typeName(text)}`);
    runtime.write((args[0] as PyTextStream).stream, text);
    return text.length;
  },
  flush: () => None,
});
defineGetters(textStreamType, {
  name: (self) => `<${(self as PyTextStream).stream}>`,
});

registerModule('sys', () => {
  const m = new PyModule('sys');
  const set = (name: string, value: PyValue) => m.dict!.set(name, value);
  set('stdout', new PyTextStream('stdout'));
  set('stderr', new PyTextStream('stderr'));
  set('maxsize', 2n ** 63n - 1n);
  set('argv', new PyList(['']));
  set('getrecursionlimit', new PyNativeFunction('getrecursionlimit', () => RECURSION_LIMIT));
  return m;
});
