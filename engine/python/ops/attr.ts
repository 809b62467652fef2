// Attribute access: instance dict, then the type's MRO, with descriptors (functions bind, property,
// staticmethod, classmethod) and `__getattr__`/`__setattr__` hooks.
import { PyModule, PyObject, PyType, None, objectType, typeOf, typeName, typeType, type PyValue } from '../objects/core';
import { NON_STR_ATTRIBUTE, NamespaceEntries, PyDict } from '../objects/containers';
import { AttributeError, PyException, attributeError, notImplemented, typeError } from '../objects/exceptions';
import { PyBoundMethod, PyClassMethod, PyFunction, PyNativeFunction, PyProperty, PyStaticMethod, PySuper, superType } from '../objects/functions';
import { call, callMethod } from './call';

/** Binds a value found on a type to the instance (or class) it was looked up through. */
function bind(attr: PyValue, instance: PyValue, owner: PyType): PyValue {
  if (attr instanceof PyFunction) return new PyBoundMethod(instance, attr);
  if (isMethodDescriptor(attr)) {
    return new PyNativeFunction(attr.name, attr.fn, instance, attr.ownerName);
  }
  if (attr instanceof PyStaticMethod) return attr.func;
  if (attr instanceof PyClassMethod) return new PyBoundMethod(owner, attr.func);
  const get = descriptorMethod(attr, '__get__');
  return get !== undefined ? call(get, [attr, instance, owner]) : attr;
}

/**
 * `__get__`, `__set__` or `__delete__` of a descriptor written in Python (an instance of a class defining
 * it); undefined for anything else, including the built-in descriptors handled above.
 */
function descriptorMethod(attr: PyValue | undefined, name: '__get__' | '__set__' | '__delete__'): PyValue | undefined {
  if (!(attr instanceof PyObject) || attr instanceof PyType || attr instanceof PyFunction || attr instanceof PyNativeFunction) return undefined;
  const t = typeOf(attr);
  return t.module === 'builtins' ? undefined : t.lookup(name);
}

/** A Python-level data descriptor (defines __set__ or __delete__): it wins over the instance dict. */
function isDataDescriptor(attr: PyValue | undefined): boolean {
  return descriptorMethod(attr, '__set__') !== undefined || descriptorMethod(attr, '__delete__') !== undefined;
}

/** A native method in a type's dict (`list.append`): called with the instance first rather than bound. */
function isMethodDescriptor(v: PyValue | undefined): v is PyNativeFunction {
  return v instanceof PyNativeFunction && v.self === undefined && v.ownerName !== undefined;
}

/**
 * The inline cache of one attribute access in compiled code (`obj.name`, `obj.name = v`, `obj.name(...)`): the
 * type last seen there, its version and what its MRO holds for the name, so that repeated accesses through
 * objects of one class skip the MRO walk. A change to any class along the MRO changes the version (core.ts).
 * The instance's own dict is read on every access; type objects and `super()` take the generic path.
 */
export class AttributeSite {
  private type: PyType | null = null;
  private version = 0;
  /** `type.lookup(name)`. */
  private found: PyValue | undefined = undefined;
  /** `found` when calling `obj.name(...)` can pass the instance as the first argument instead of binding. */
  private method: PyFunction | PyNativeFunction | undefined = undefined;
  /** Whether `obj.name = v` writes the instance dict directly (no `__setattr__` override, no property). */
  private plainStore = false;
  /** Whether `found` is a property or a Python descriptor, which the generic path handles. */
  private descriptor = false;

  constructor(readonly name: string) {}

  /** Caches what the MRO of `t` holds; false for types whose instances need the generic path. */
  private refresh(t: PyType): boolean {
    if (t === superType || t.isSubtypeOf(typeType)) return false;
    const found = t.lookup(this.name);
    const setHook = t.lookup('__setattr__');
    this.type = t;
    this.version = t.version;
    this.found = found;
    this.method = found instanceof PyFunction || isMethodDescriptor(found) ? found : undefined;
    this.descriptor = found instanceof PyProperty || descriptorMethod(found, '__get__') !== undefined || isDataDescriptor(found);
    this.plainStore = (setHook === undefined || setHook === objectType.dict.get('__setattr__')) && !this.descriptor && this.name !== '__dict__';
    return true;
  }

  /** `obj.name`. */
  load(obj: PyValue): PyValue {
    const t = typeOf(obj);
    if ((t !== this.type || t.version !== this.version) && !this.refresh(t)) return getAttr(obj, this.name);
    const found = this.found;
    if (this.descriptor) return getAttr(obj, this.name);
    if (typeof obj === 'object' && obj.dict !== null) {
      const own = obj.dict.get(this.name);
      if (own !== undefined) return own;
    }
    return found !== undefined ? bind(found, obj, t) : getAttr(obj, this.name);
  }

  /** `obj.name = value`. */
  store(obj: PyValue, value: PyValue): void {
    const t = typeOf(obj);
    if ((t === this.type && t.version === this.version) || this.refresh(t)) {
      if (this.plainStore && typeof obj === 'object' && obj.dict !== null) {
        obj.dict.set(this.name, value);
        return;
      }
    }
    setAttr(obj, this.name, value);
  }

  /**
   * For `obj.name(...)`: the function to call with `obj` as its first argument when the attribute is a plain
   * method of the type (neither shadowed by the instance dict nor anything else); undefined otherwise.
   */
  unboundMethod(obj: PyValue): PyFunction | PyNativeFunction | undefined {
    const t = typeOf(obj);
    if ((t !== this.type || t.version !== this.version) && !this.refresh(t)) return undefined;
    const method = this.method;
    if (method === undefined || (typeof obj === 'object' && obj.dict !== null && obj.dict.has(this.name))) return undefined;
    return method;
  }
}

/** `obj.name`, or undefined when the attribute does not exist. */
export function getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyType) return typeAttr(obj, name);
  if (obj instanceof PySuper) return superAttr(obj, name);
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr instanceof PyProperty) {
    if (attr.fget === None) throw attributeError(`property '${propertyName(attr, name)}' of '${t.name}' object has no getter`);
    return call(attr.fget, [obj]);
  }
  if (isDataDescriptor(attr)) {
    const get = descriptorMethod(attr, '__get__');
    if (get !== undefined) return call(get, [attr!, obj, t]);
  }
  if (obj instanceof PyObject && obj.dict !== null) {
    const own = obj.dict.get(name);
    if (own !== undefined) return own;
  }
  if (attr !== undefined) return bind(attr, obj, t);
  if (name === '__class__') return t;
  if (name === '__dict__' && obj instanceof PyObject && obj.dict) return dictProxy(obj);
  // PEP 562: a module's own __getattr__ answers names its namespace lacks.
  const moduleHook = obj instanceof PyModule ? obj.dict?.get('__getattr__') : undefined;
  if (moduleHook !== undefined) return call(moduleHook, [name]);
  const hook = t.lookup('__getattr__');
  if (hook !== undefined) return call(hook, [obj, name]);
  return undefined;
}

/** `super().name`: the MRO of the instance's type, starting after the class the method was defined in. */
function superAttr(sup: PySuper, name: string): PyValue | undefined {
  const selfType = sup.self instanceof PyType && sup.self.isSubtypeOf(sup.thisClass) ? sup.self : typeOf(sup.self);
  const mro = selfType.mro;
  for (let i = mro.indexOf(sup.thisClass) + 1; i < mro.length; i++) {
    const attr = mro[i].dict.get(name);
    if (attr === undefined) continue;
    if (attr instanceof PyProperty) return call(attr.fget, [sup.self]);
    if (sup.self instanceof PyType) return attr instanceof PyClassMethod ? new PyBoundMethod(sup.self, attr.func) : attr instanceof PyStaticMethod ? attr.func : attr;
    return bind(attr, sup.self, selfType);
  }
  return undefined;
}

function propertyName(p: PyProperty, fallback: string): string {
  return p.fget instanceof PyFunction ? p.fget.name : fallback;
}

/** `Cls.name`: the MRO first (functions stay unbound), then attributes every type has. */
function typeAttr(cls: PyType, name: string): PyValue | undefined {
  // Data descriptors of `type` win over the class's own dict, as in CPython.
  if (name === '__name__') return cls.name;
  if (name === '__qualname__') return cls.qualname;
  const attr = cls.lookup(name);
  if (attr !== undefined) {
    if (attr instanceof PyStaticMethod) return attr.func;
    if (attr instanceof PyClassMethod) return new PyBoundMethod(cls, attr.func);
    const get = descriptorMethod(attr, '__get__');
    return get !== undefined ? call(get, [attr, None, cls]) : attr;
  }
  switch (name) {
    case '__module__':
      return cls.module;
    case '__class__':
      return cls.cls;
    case '__doc__':
      return None;
    case '__dict__':
      return dictProxy(cls);
  }
  const meta = cls.cls.lookup(name);
  if (meta instanceof PyProperty) return call(meta.fget, [cls]);
  return meta !== undefined ? bind(meta, cls, cls.cls) : undefined;
}

const namespaceDicts = new WeakMap<PyObject, PyDict>();

/**
 * `obj.__dict__`: an instance's is a dict over its live namespace; a class's is a snapshot (CPython gives a
 * read-only mappingproxy there).
 */
function dictProxy(obj: PyObject): PyValue {
  if (!(obj instanceof PyType)) {
    // One dict per object, so `vars(obj) is obj.__dict__` as in CPython.
    let d = namespaceDicts.get(obj);
    if (d === undefined || (d.entries as NamespaceEntries).namespace !== obj.dict) {
      d = new PyDict(undefined, new NamespaceEntries(obj.dict!));
      namespaceDicts.set(obj, d);
    }
    return d;
  }
  const d = new PyDict();
  for (const [k, v] of obj.dict) d.entries.set(k, { key: k, value: v });
  return d;
}

export function getAttr(obj: PyValue, name: string): PyValue {
  const v = getAttrOrUndefined(obj, name);
  if (v === undefined) throw noAttribute(obj, name);
  return v;
}

export function noAttribute(obj: PyValue, name: string) {
  const err =
    obj instanceof PyModule
      ? attributeError(`module '${obj.name}' has no attribute '${name}'`)
      : obj instanceof PyType
        ? attributeError(`type object '${obj.name}' has no attribute '${name}'`)
        : attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  err.dict!.set('name', name);
  err.dict!.set('obj', obj);
  return err;
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  const t = typeOf(obj);
  const hook = t.lookup('__setattr__');
  if (hook !== undefined && hook !== objectType.dict.get('__setattr__')) {
    call(hook, [obj, name, value]);
    return;
  }
  genericSetAttr(obj, name, value);
}

/** `obj.__dict__ = mapping`: the attributes become the mapping's items (copied; CPython adopts the dict itself). */
function replaceNamespace(namespace: Map<string, PyValue>, value: PyValue): void {
  if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(value)}'`);
  const items = [...value.entries.values()].map((e) => [e.key, e.value] as const);
  namespace.clear();
  for (const [key, v] of items) {
    if (typeof key !== 'string') throw notImplemented(NON_STR_ATTRIBUTE);
    namespace.set(key, v);
  }
}

/** object.__setattr__. */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyType) {
    if (obj.module === 'builtins') throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    obj.dict.set(name, value);
    return;
  }
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr instanceof PyProperty) {
    if (attr.fset === None) throw attributeError(`property '${propertyName(attr, name)}' of '${t.name}' object has no setter`);
    call(attr.fset, [obj, value]);
    return;
  }
  const set = descriptorMethod(attr, '__set__');
  if (set !== undefined) {
    call(set, [attr!, obj, value]);
    return;
  }
  if (obj instanceof PyObject && obj.dict !== null) {
    if (name === '__dict__') replaceNamespace(obj.dict, value);
    else obj.dict.set(name, value);
    return;
  }
  if (attr !== undefined) throw attributeError(`'${t.name}' object attribute '${name}' is read-only`);
  throw attributeError(`'${t.name}' object has no attribute '${name}'`);
}

export function delAttr(obj: PyValue, name: string): void {
  const t = typeOf(obj);
  const hook = t.lookup('__delattr__');
  if (hook !== undefined && hook !== objectType.dict.get('__delattr__')) {
    call(hook, [obj, name]);
    return;
  }
  const attr = t.lookup(name);
  if (attr instanceof PyProperty) {
    if (attr.fdel === None) throw attributeError(`property '${propertyName(attr, name)}' of '${t.name}' object has no deleter`);
    call(attr.fdel, [obj]);
    return;
  }
  const remove = obj instanceof PyType ? undefined : descriptorMethod(attr, '__delete__');
  if (remove !== undefined) {
    call(remove, [attr!, obj]);
    return;
  }
  const dict = obj instanceof PyType ? obj.dict : obj instanceof PyObject ? obj.dict : null;
  if (!dict || !dict.delete(name)) throw noAttribute(obj, name);
}

export function hasAttr(obj: PyValue, name: string): boolean {
  try {
    return getAttrOrUndefined(obj, name) !== undefined;
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(AttributeError)) return false;
    throw e;
  }
}

/** `obj.name(*args)`. */
export function invokeMethod(obj: PyValue, name: string, args: PyValue[]): PyValue {
  return callMethod(obj, name, args, null, getAttr);
}
