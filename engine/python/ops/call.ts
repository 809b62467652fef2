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
  const n = args.length + 1;
  if (kwargs === null && bindsDirectly(fn, n)) {
    const fast = new Array<PyValue | undefined>(code.slotCount);
    fast[0] = self;
    for (let i = 0; i < args.length; i++) fast[i + 1] = args[i];
    if (n < code.directArity) fillDefaults(fn, fast, n);
    return code.run(fn, fast);
  }
  return code.invoke(fn, [self, ...args], kwargs);
}

/**
 * Whether `n` positional arguments (and no keywords) fill `fn`'s parameters without `Signature.bind`: one per
 * positional parameter, the last ones possibly left to the defaults (`fillDefaults`).
 */
export function bindsDirectly(fn: PyFunction, n: number): boolean {
  const arity = fn.code.directArity;
  return n === arity || (n < arity && n >= arity - fn.defaults.length);
}

/** Fills the positional parameters after the first `given` from the defaults (see `bindsDirectly`). */
export function fillDefaults(fn: PyFunction, fast: (PyValue | undefined)[], given: number): void {
  const arity = fn.code.directArity;
  const defaults = fn.defaults;
  const firstDefault = arity - defaults.length;
  for (let i = given; i < arity; i++) fast[i] = defaults[i - firstDefault];
}

/**
 * The Python `__init__` that calling `cls` runs on a fresh plain instance when nothing else takes part (the
 * constructor, `__new__` and `__init__` lookups of `constructInstance` give object's and a Python function):
 * call sites may then create the instance and fill `__init__`'s frame themselves. Cached per type version.
 */
export function directInit(cls: PyType): PyFunction | null {
  if (cls.directInitVersion !== cls.version) {
    const init = cls.lookup('__init__');
    const customNew = cls.lookup('__new__');
    const plain = cls.constructorOf() === constructInstance && (customNew === undefined || customNew === objectType.dict.get('__new__'));
    cls.directInit = plain && init instanceof PyFunction ? init : null;
    cls.directInitVersion = cls.version;
  }
  return cls.directInit as PyFunction | null;
}

/** What an `__init__` call returned: anything but None is an error. */
export function checkInitResult(result: PyValue): void {
  if (result !== None) throw typeError(`__init__() should return None, not '${typeName(result)}'`);
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

/** `callSpecial(obj, name, [other])` for binary operators, which fills a Python method's frame directly. */
export function callBinarySpecial(obj: PyValue, name: string, other: PyValue): PyValue | undefined {
  const fn = typeOf(obj).lookup(name);
  if (fn instanceof PyFunction && bindsDirectly(fn, 2)) {
    const fast = new Array<PyValue | undefined>(fn.code.slotCount);
    fast[0] = obj;
    fast[1] = other;
    if (fn.code.directArity > 2) fillDefaults(fn, fast, 2);
    return fn.code.run(fn, fast);
  }
  return fn === undefined ? undefined : callSpecial(obj, name, [other]);
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
  checkInitResult(init instanceof PyFunction ? invokeWithSelf(init, instance, args, kwargs) : call(init, [instance, ...args], kwargs));
}
