// Class creation for `class` statements.
import { MroError, None, PyInstance, PyType, objectType, typeOf, type PyValue } from './objects/core';
import { PyException, RuntimeError, pyError, typeError } from './objects/exceptions';
import { PyClassMethod, PyFunction, PyStaticMethod } from './objects/functions';
import { call, callSpecial } from './ops/call';

/** Calls `value.__set_name__(cls, name)` if defined; Python 3.11 wraps its errors in a RuntimeError. */
function setName(value: PyInstance, cls: PyType, name: string): void {
  try {
    callSpecial(value, '__set_name__', [cls, name]);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    const wrapped = pyError(RuntimeError, `Error calling __set_name__ on '${typeOf(value).name}' instance '${name}' in '${cls.name}'`);
    wrapped.cause = e;
    wrapped.suppressContext = true;
    throw wrapped;
  }
}

/** Creates a user class from its evaluated bases and the namespace its body filled (what type.__new__ does). */
export function createClass(name: string, qualname: string, bases: PyValue[], ns: Map<string, PyValue>): PyType {
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    if (b.name === 'bool' || b.name === 'NoneType' || b.name === 'function') throw typeError(`type '${b.name}' is not an acceptable base type`);
  }
  let cls: PyType;
  try {
    const module = ns.get('__module__');
    cls = new PyType(name, bases.length ? (bases as PyType[]) : [objectType], typeof module === 'string' ? module : '__main__', qualname);
  } catch (e) {
    if (e instanceof MroError) throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${e.baseNames.join(', ')}`);
    throw e;
  }
  cls.instancesHaveDict = true;
  for (const [k, v] of ns) if (k !== '__qualname__') cls.dict.set(k, v);
  if (ns.has('__eq__') && !ns.has('__hash__')) cls.dict.set('__hash__', None);
  const newFn = cls.dict.get('__new__');
  if (newFn instanceof PyFunction) cls.dict.set('__new__', new PyStaticMethod(newFn));
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const fn = cls.dict.get(special);
    if (fn instanceof PyFunction) cls.dict.set(special, new PyClassMethod(fn));
  }
  // type.__new__ tells descriptors their names, then calls the nearest base's __init_subclass__.
  for (const [k, v] of ns) if (v instanceof PyInstance) setName(v, cls, k);
  for (const base of cls.mro.slice(1)) {
    const hook = base.dict.get('__init_subclass__');
    if (hook instanceof PyClassMethod) {
      call(hook.func, [cls]);
      break;
    }
  }
  return cls;
}
