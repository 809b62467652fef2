// The Python object model. Values are JS primitives where that is cheap and unambiguous:
//   int   → JS number when it is a safe integer (|n| < 2**53), otherwise bigint (see int.ts; never -0)
//   bool  → JS boolean
//   str   → JS string
// Everything else is a PyObject whose `cls` is its Python type. Attribute lookup goes through the type's MRO
// (attr.ts), so classes, dunder methods and native types (e.g. a Tensor) all plug in the same way.

export type PyValue = number | bigint | boolean | string | PyObject;
export type Kwargs = Map<string, PyValue> | null;
/** A native callable: receives positional arguments (self first for methods) and keyword arguments. */
export type NativeFn = (args: PyValue[], kwargs: Kwargs) => PyValue;

export class PyObject {
  // Declared, not initialised as class fields: every object type shares this constructor, and V8 defines
  // class fields through a slow path once it has seen many shapes. Plain assignments stay fast.
  declare cls: PyType;
  /** Instance attributes; only objects that accept arbitrary attributes have one. */
  declare dict: Map<string, PyValue> | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }
}

/** The `type` type, once it exists (it is its own type, so it cannot be passed to its own constructor). */
let metatype: PyType | undefined;

/** Source of type versions: every change to a type's namespace gives it (and its subclasses) a fresh one. */
let nextTypeVersion = 1;

/** A type's namespace: writes bump the version of the type and of every type inheriting from it. */
class TypeDict extends Map<string, PyValue> {
  constructor(private readonly owner: PyType) {
    super();
  }

  override set(key: string, value: PyValue): this {
    super.set(key, value);
    this.owner.changed();
    return this;
  }

  override delete(key: string): boolean {
    if (!super.delete(key)) return false;
    this.owner.changed();
    return true;
  }

  override clear(): void {
    super.clear();
    this.owner.changed();
  }
}

export class PyType extends PyObject {
  mro: PyType[] = [];
  override readonly dict: Map<string, PyValue> = new TypeDict(this);
  /**
   * Identifies the state of the namespaces along the MRO: attribute caches (ops/attr.ts) keyed on a type and
   * its version stay valid until a class in the MRO gains, loses or rebinds a name.
   */
  version = nextTypeVersion++;
  /** Types whose MRO includes this one, held weakly so that dropped classes can be collected. */
  private readonly subclasses: WeakRef<PyType>[] = [];
  private subclassesPruneAt = 64;
  /** What `lookup` found for each name since the last change (null: nowhere along the MRO). */
  private readonly lookups = new Map<string, PyValue | null>();
  /** Creates an instance when the type is called (`int(x)`, `Foo(1)`); see `constructorOf` for inheritance. */
  construct: ((cls: PyType, args: PyValue[], kwargs: Kwargs) => PyValue) | null = null;
  /** Whether instances get a `__dict__` (user classes do; most built-in types do not). */
  instancesHaveDict = false;
  /** What `directInit` (ops/call.ts) found at `directInitVersion`. */
  directInit: PyObject | null = null;
  directInitVersion = 0;

  constructor(
    readonly name: string,
    readonly bases: PyType[],
    readonly module = 'builtins',
    public qualname = name,
  ) {
    super(metatype as PyType);
    if (!metatype) this.cls = this;
    this.mro = computeMro(this);
    this.instancesHaveDict = this.mro.some((base) => base.instancesHaveDict);
    for (const base of bases) base.addSubclass(this);
  }

  addSubclass(sub: PyType): void {
    // Classes made in a loop come and go: drop the collected ones whenever the list doubles.
    if (this.subclasses.length >= this.subclassesPruneAt) {
      this.forEachSubclass(() => {});
      this.subclassesPruneAt = Math.max(64, 2 * this.subclasses.length);
    }
    this.subclasses.push(new WeakRef(sub));
  }

  /** Invalidates caches of lookups through this type and its subclasses. */
  changed(): void {
    this.version = nextTypeVersion++;
    this.lookups.clear();
    this.forEachSubclass((sub) => sub.changed());
  }

  /** Visits the direct subclasses still alive, forgetting the others. */
  private forEachSubclass(visit: (sub: PyType) => void): void {
    let live = 0;
    for (const ref of this.subclasses) {
      const sub = ref.deref();
      if (sub === undefined) continue;
      this.subclasses[live++] = ref;
      visit(sub);
    }
    this.subclasses.length = live;
  }

  /** Finds `name` along the MRO (no instance dict, no descriptors). */
  lookup(name: string): PyValue | undefined {
    let found = this.lookups.get(name);
    if (found === undefined) {
      found = null;
      const mro = this.mro;
      for (let i = 0; i < mro.length && found === null; i++) found = mro[i].dict.get(name) ?? null;
      this.lookups.set(name, found);
    }
    return found === null ? undefined : found;
  }

  /** The nearest `construct` along the MRO (looked up late, so a base's constructor can be installed after subclasses exist). */
  constructorOf(): (cls: PyType, args: PyValue[], kwargs: Kwargs) => PyValue {
    for (const t of this.mro) if (t.construct) return t.construct;
    throw new Error(`type ${this.name} has no constructor`);
  }

  isSubtypeOf(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }
}

/** C3 linearisation; raises a plain Error for an inconsistent hierarchy (the caller turns it into TypeError). */
function computeMro(t: PyType): PyType[] {
  const seqs = [...t.bases.map((b) => [...b.mro]), [...t.bases]];
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length);
    if (!nonEmpty.length) return out;
    const head = nonEmpty.map((s) => s[0]).find((h) => !nonEmpty.some((s) => s.indexOf(h) > 0));
    if (!head) throw new MroError(t.bases.map((b) => b.name));
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

export class MroError extends Error {
  constructor(readonly baseNames: string[]) {
    super('Cannot create a consistent method resolution order (MRO)');
  }
}

export const typeType: PyType = new PyType('type', []);
metatype = typeType;
export const objectType = new PyType('object', []);
(typeType.bases as PyType[]).push(objectType);
objectType.addSubclass(typeType);
typeType.mro = [typeType, objectType];

export function builtinType(name: string, base: PyType = objectType): PyType {
  return new PyType(name, [base]);
}

export const intType = builtinType('int');
export const boolType = builtinType('bool', intType);
export const floatType = builtinType('float');
export const strType = builtinType('str');
export const listType = builtinType('list');
export const tupleType = builtinType('tuple');
export const dictType = builtinType('dict');
export const setType = builtinType('set');
export const frozensetType = builtinType('frozenset');
export const rangeType = builtinType('range');
export const sliceType = builtinType('slice');
export const noneType = builtinType('NoneType');
export const notImplementedType = builtinType('NotImplementedType');
export const ellipsisType = builtinType('ellipsis');
export const functionType = builtinType('function');
export const builtinFunctionType = builtinType('builtin_function_or_method');
export const methodType = builtinType('method');
export const moduleType = builtinType('module');
export const propertyType = builtinType('property');
export const staticmethodType = builtinType('staticmethod');
export const classmethodType = builtinType('classmethod');
export const iteratorType = builtinType('iterator');
moduleType.instancesHaveDict = true;
functionType.instancesHaveDict = true;

/** Singletons that have no state of their own. */
export class PySingleton extends PyObject {
  constructor(cls: PyType, readonly repr: string) {
    super(cls);
  }
}
export const None = new PySingleton(noneType, 'None');
export const NotImplemented = new PySingleton(notImplementedType, 'NotImplemented');
export const Ellipsis = new PySingleton(ellipsisType, 'Ellipsis');

/** An instance of a user-defined class (or of `object`). */
export class PyInstance extends PyObject {
  constructor(cls: PyType) {
    super(cls);
    this.dict = new Map();
  }
}

export class PyFloat extends PyObject {
  // Declared and assigned (not a parameter property, which compiles to a class field): see PyObject.
  declare readonly value: number;
  constructor(value: number) {
    super(floatType);
    this.value = value;
  }
}

/** One name's binding in a `Namespace`: compiled code reads globals through it instead of hashing the name. */
export class Binding {
  constructor(public value: PyValue | undefined) {}
}

/**
 * A module's namespace (its globals, or the builtins): a Map whose names compiled code has asked for each have a
 * `Binding`, so a global read costs a field load while `del`, rebinding and writes from anywhere (setattr on the
 * module, `from m import *`) stay visible at once. A bound name's value lives in its binding: compiled stores of
 * a name the Map already holds write only the binding, and the Map's reads and iteration take the value from it.
 */
export class Namespace extends Map<string, PyValue> {
  /** Invariant: a binding's value is defined exactly while the Map holds its name. */
  private readonly bindings = new Map<string, Binding>();

  /** Starts empty: Map's constructor would call `set` before `bindings` exists. */
  constructor() {
    super();
  }

  /** The binding of `name` (its value is undefined while the name is unbound). */
  binding(name: string): Binding {
    let binding = this.bindings.get(name);
    if (binding === undefined) this.bindings.set(name, (binding = new Binding(super.get(name))));
    return binding;
  }

  /** `set` for a caller that holds the name's binding already. */
  setBound(binding: Binding, key: string, value: PyValue): void {
    if (binding.value === undefined) super.set(key, value);
    binding.value = value;
  }

  override get(key: string): PyValue | undefined {
    const binding = this.bindings.get(key);
    return binding === undefined ? super.get(key) : binding.value;
  }

  override set(key: string, value: PyValue): this {
    super.set(key, value);
    const binding = this.bindings.get(key);
    if (binding !== undefined) binding.value = value;
    return this;
  }

  override delete(key: string): boolean {
    const binding = this.bindings.get(key);
    if (binding !== undefined) binding.value = undefined;
    return super.delete(key);
  }

  override clear(): void {
    super.clear();
    for (const binding of this.bindings.values()) binding.value = undefined;
  }

  override *entries(): MapIterator<[string, PyValue]> {
    for (const key of this.keys()) yield [key, this.get(key)!];
  }

  override *values(): MapIterator<PyValue> {
    for (const key of this.keys()) yield this.get(key)!;
  }

  override [Symbol.iterator](): MapIterator<[string, PyValue]> {
    return this.entries();
  }

  override forEach(fn: (value: PyValue, key: string, map: Map<string, PyValue>) => void): void {
    for (const [key, value] of this.entries()) fn(value, key, this);
  }
}

export class PyModule extends PyObject {
  declare dict: Namespace;
  constructor(readonly name: string) {
    super(moduleType);
    this.dict = new Namespace();
    this.dict.set('__name__', name);
  }
}

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      return v.cls;
  }
}

export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

export function isInt(v: PyValue): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}
