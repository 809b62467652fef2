// Calling any Python value, and instance creation for classes.
import { PyInstance, PyObject, PyType, objectType, typeOf, typeName, type Kwargs, type PyValue } from '../objects/core';
import { typeError } from '../objects/exceptions';
import { PyBoundMethod, PyFunction, PyNativeFunction, PyStaticMethod, PySuper } from '../objects/functions';
import { None } from '../objects/core';

export function call(f: PyValue, args: PyValue[], kwargs: Kwargs = null): PyValue {
  if (f instanceof PyFunction) return f.code.invoke(f, args, kwargs);
  if (f instanceof PyNativeFunction) return f.call(args, kwargs);
  if (f instanceof PyBoundMethod) return f.func instanceof PyFunction ? invokeWithSelf(f.func, f.self, args, kwargs) : call(f.func, [f.self, ...args], kwargs);
  if (f instanceof PyType) return f.constructorOf()(f, args, kwargs);
  const dunder = typeOf(f).lookup('__call__');
  if (dunder !== undefined) return call(dunder, [f, ...args], kwargs);
  throw typeError(`'${typeName(f)}' object is not callable`);
}

/** Calls a Python function with `self` before `args`, filling its fast slots directly when nothing needs binding. */
export function invokeWithSelf(fn: PyFunction, self: PyValue, args: PyValue[], kwargs: Kwargs): PyValue {
  const code = fn.code;
  if (kwargs === null && code.directArity === args.length + 1) {
    const fast = new Array<PyValue | undefined>(code.slotCount);
    fast[0] = self;
    for (let i = 0; i < args.length; i++) fast[i + 1] = args[i];
    return code.run(fn, fast);
  }
  return code.invoke(fn, [self, ...args], kwargs);
}

/** callable(v): functions, types, bound methods and objects whose type defines __call__. */
export function isCallable(v: PyValue): boolean {
  return v instanceof PyType || v instanceof PyFunction || v instanceof PyNativeFunction || v instanceof PyBoundMethod || typeOf(v).lookup('__call__') !== undefined;
}

/** `obj.name(*args)` without allocating a bound method when `name` is a plain method on the type. */
export function callMethod(obj: PyValue, name: string, args: PyValue[], kwargs: Kwargs, getAttr: (o: PyValue, n: string) => PyValue): PyValue {
  if (!(obj instanceof PyType) && !(obj instanceof PySuper)) {
    const attr = typeOf(obj).lookup(name);
    const shadowed = obj instanceof PyObject && obj.dict !== null && obj.dict.has(name);
    if (!shadowed) {
      if (attr instanceof PyFunction) return invokeWithSelf(attr, obj, args, kwargs);
      if (attr instanceof PyNativeFunction && attr.self === undefined && attr.ownerName !== undefined) return attr.fn([obj, ...args], kwargs);
    }
  }
  return call(getAttr(obj, name), args, kwargs);
}

/** Calls the special method `name` looked up on the type (as CPython does for dunders); undefined if absent. */
export function callSpecial(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const fn = typeOf(obj).lookup(name);
  if (fn === undefined) return undefined;
  if (fn instanceof PyFunction) return invokeWithSelf(fn, obj, args, null);
  if (fn instanceof PyNativeFunction && fn.self === undefined) return fn.fn([obj, ...args], null);
  if (fn instanceof PyStaticMethod) return call(fn.func, args);
  return call(fn, [obj, ...args]);
}

/** object.__new__ + __init__: the default way a class creates instances. */
export function constructInstance(cls: PyType, args: PyValue[], kwargs: Kwargs): PyValue {
  const customNew = cls.lookup('__new__');
  let instance: PyValue;
  if (customNew !== undefined && customNew !== objectType.dict.get('__new__')) {
    const fn = customNew instanceof PyStaticMethod ? customNew.func : customNew;
    instance = call(fn, [cls, ...args], kwargs);
    if (!(typeOf(instance).isSubtypeOf(cls))) return instance;
  } else {
    instance = new PyInstance(cls);
  }
  initInstance(instance, cls, args, kwargs);
  return instance;
}

/** Runs `__init__` if the class (or a base other than object) defines one. */
export function initInstance(instance: PyValue, cls: PyType, args: PyValue[], kwargs: Kwargs): void {
  const init = cls.lookup('__init__');
  if (init === undefined || init === objectType.dict.get('__init__')) {
    const customNew = cls.lookup('__new__');
    if ((args.length || (kwargs && kwargs.size)) && (customNew === undefined || customNew === objectType.dict.get('__new__'))) {
      throw typeError(`${cls.name}() takes no arguments`);
    }
    return;
  }
  const result = init instanceof PyFunction ? invokeWithSelf(init, instance, args, kwargs) : call(init, [instance, ...args], kwargs);
  if (result !== None) throw typeError(`__init__() should return None, not '${typeName(result)}'`);
}
