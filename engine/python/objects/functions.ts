// Callable objects: user functions, native functions, bound methods, and the descriptor wrappers
// (property, staticmethod, classmethod).
import {
  PyObject,
  PyType,
  builtinFunctionType,
  builtinType,
  classmethodType,
  functionType,
  methodType,
  propertyType,
  staticmethodType,
  type Kwargs,
  type Namespace,
  type NativeFn,
  type PyValue,
} from './core';

/** A closure variable shared between a function and the functions nested in it. */
export class Cell {
  constructor(public value: PyValue | undefined = undefined) {}
}

/** The compiled body of a `def` or lambda, shared by the functions each execution of the definition creates. */
export interface FunctionCode {
  /** Binds a call's arguments to the parameters (defaults, keywords, *args) and runs the body. */
  invoke(fn: PyFunction, args: PyValue[], kwargs: Kwargs): PyValue;
  /**
   * Runs the body in a fresh activation whose first `directArity` fast slots a call site has filled with
   * positional arguments (`fast` has `slotCount` entries): the path of calls that need no binding.
   */
  run(fn: PyFunction, fast: (PyValue | undefined)[]): PyValue;
  /** The number of positional arguments that bind directly, or -1 when there are *args, keyword-only or **kwargs parameters. */
  readonly directArity: number;
  readonly slotCount: number;
}

/** A function defined in Python; its `code` is produced by the compiler. */
export class PyFunction extends PyObject {
  constructor(
    public name: string,
    public qualname: string,
    public module: string,
    readonly code: FunctionCode,
    public defaults: PyValue[],
    public kwdefaults: Map<string, PyValue>,
    readonly closure: Cell[],
    /** The module namespace the function was defined in. */
    readonly globals: Namespace,
    /** __doc__: the string literal that starts the body, if any. */
    public doc: PyValue | undefined = undefined,
  ) {
    super(functionType);
    this.dict = new Map();
  }
}

export const superType = builtinType('super');

/** `method_descriptor`: a native method in a type's dict (self is the first argument). */
export const methodDescriptorType = builtinType('method_descriptor');

/** A function implemented in TypeScript. When `self` is set it is a bound method and `self` is passed first. */
export class PyNativeFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    readonly self: PyValue | undefined = undefined,
    /** For method descriptors: the type name used in messages and reprs (`list.append`). */
    readonly ownerName: string | undefined = undefined,
  ) {
    super(self === undefined && ownerName !== undefined ? methodDescriptorType : builtinFunctionType);
  }

  call(args: PyValue[], kwargs: Kwargs): PyValue {
    return this.self === undefined ? this.fn(args, kwargs) : this.fn([this.self, ...args], kwargs);
  }
}

/** A Python function bound to an instance (`obj.method`). */
export class PyBoundMethod extends PyObject {
  constructor(
    readonly self: PyValue,
    readonly func: PyValue,
  ) {
    super(methodType);
  }
}

export class PyProperty extends PyObject {
  constructor(
    readonly fget: PyValue,
    readonly fset: PyValue,
    readonly fdel: PyValue,
    readonly doc: PyValue,
  ) {
    super(propertyType);
  }
}

/** `super()`: attribute lookup starts after `thisClass` in the MRO of `self`'s type. */
export class PySuper extends PyObject {
  constructor(
    readonly thisClass: PyType,
    readonly self: PyValue,
  ) {
    super(superType);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(readonly func: PyValue) {
    super(staticmethodType);
  }
}

export class PyClassMethod extends PyObject {
  constructor(readonly func: PyValue) {
    super(classmethodType);
  }
}
