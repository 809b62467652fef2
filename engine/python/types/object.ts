// object, type, exceptions, functions and the descriptor types (property, staticmethod, classmethod, super).
import {
  None,
  NotImplemented,
  PyInstance,
  PyObject,
  PyType,
  builtinFunctionType,
  builtinType,
  classmethodType,
  functionType,
  methodType,
  objectType,
  propertyType,
  staticmethodType,
  typeOf,
  typeType,
  type PyValue,
} from '../objects/core';
import { PyDict, PyTuple } from '../objects/containers';
import { BaseException, PyException, StopIteration, SystemExit, ValueError, pyError, typeError } from '../objects/exceptions';
import { Cell, PyBoundMethod, PyClassMethod, PyFunction, PyNativeFunction, PyProperty, PyStaticMethod, PySuper, methodDescriptorType, superType } from '../objects/functions';
import { genericSetAttr, getAttr } from '../ops/attr';
import { constructInstance, initInstance } from '../ops/call';
import { exceptionStr, nativeRepr, repr, str } from '../ops/convert';
import { hashKey, pyHash } from '../ops/hash';
import { arity, defineAccessors, defineGetters, defineMethods } from './define';
import { toArray } from '../ops/iter';

objectType.construct = constructInstance;
defineMethods(objectType, {
  __init__: () => None,
  __new__: (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError('object.__new__(X): X is not a type object');
    return cls.constructorOf() === constructInstance ? new PyInstance(cls) : cls.constructorOf()(cls, [], null);
  },
  __repr__: (args) => nativeRepr(args[0] as PyObject),
  __str__: (args) => repr(args[0]),
  __eq__: (args) => (args[0] === args[1] ? true : NotImplemented),
  __ne__: (args) => (args[0] === args[1] ? false : NotImplemented),
  __hash__: (args) => pyHash(args[0]),
  __setattr__: (args) => {
    genericSetAttr(args[0], args[1] as string, args[2]);
    return None;
  },
  __format__: (args) => {
    if (args[1] !== '') throw typeError(`unsupported format string passed to ${typeOf(args[0]).name}.__format__`);
    return str(args[0]);
  },
  __getattribute__: (args) => getAttr(args[0], args[1] as string),
});

typeType.construct = (_cls, args) => {
  if (args.length === 1) return typeOf(args[0]);
  throw typeError('type() with 3 arguments is not supported in agnb; use a class statement');
};
defineMethods(typeType, {
  mro: (args) => new PyTuple((args[0] as PyType).mro) as PyValue,
});
defineGetters(typeType, {
  __mro__: (self) => new PyTuple((self as PyType).mro),
  __bases__: (self) => new PyTuple((self as PyType).bases),
  __base__: (self) => (self as PyType).bases[0] ?? None,
});

BaseException.construct = (cls, args, kwargs) => {
  const e = new PyException(cls, args);
  initInstance(e, cls, args, kwargs);
  return e;
};
defineMethods(BaseException, {
  __init__: (args) => {
    (args[0] as PyException).args = args.slice(1);
    return None;
  },
  __str__: (args) => exceptionStr(args[0] as PyException),
  __repr__: (args) => nativeRepr(args[0] as PyException),
  with_traceback: (args) => args[0],
});
defineGetters(StopIteration, {
  value: (self) => (self as PyException).args[0] ?? None,
});
defineGetters(BaseException, {
  __cause__: (self) => (self as PyException).cause ?? None,
  __context__: (self) => (self as PyException).context ?? None,
  __suppress_context__: (self) => (self as PyException).suppressContext,
});
defineAccessors(BaseException, {
  args: [(self) => new PyTuple((self as PyException).args), (self, v) => ((self as PyException).args = toArray(v))],
});
defineGetters(SystemExit, {
  code: (self) => {
    const args = (self as PyException).args;
    return args.length === 0 ? None : args.length === 1 ? args[0] : new PyTuple(args);
  },
});

function stringAttribute(name: string, value: PyValue): string {
  if (typeof value !== 'string') throw typeError(`${name} must be set to a string object`);
  return value;
}
const fn = (v: PyValue) => v as PyFunction;
// Decorators rewrite these (`wrapper.__name__ = f.__name__`, functools.wraps).
defineAccessors(functionType, {
  __name__: [(self) => fn(self).name, (self, v) => (fn(self).name = stringAttribute('__name__', v))],
  __qualname__: [(self) => fn(self).qualname, (self, v) => (fn(self).qualname = stringAttribute('__qualname__', v))],
  __module__: [(self) => fn(self).module, (self, v) => (fn(self).module = stringAttribute('__module__', v))],
  __doc__: [(self) => fn(self).doc ?? None, (self, v) => (fn(self).doc = v)],
  // Kept in the function's dict (set there when the def has annotations), created empty on first read.
  __annotations__: [
    (self) => {
      const dict = fn(self).dict!;
      let annotations = dict.get('__annotations__');
      if (annotations === undefined) dict.set('__annotations__', (annotations = new PyDict()));
      return annotations;
    },
    (self, v) => {
      if (!(v instanceof PyDict)) throw typeError('__annotations__ must be set to a dict object');
      fn(self).dict!.set('__annotations__', v);
    },
  ],
});
/** A closure cell as Python sees it (`fn.__closure__[0].cell_contents`). */
class PyCell extends PyObject {
  constructor(readonly cell: Cell) {
    super(cellType);
  }
}
const cellType = builtinType('cell');
defineGetters(cellType, {
  cell_contents: (self) => {
    const value = (self as PyCell).cell.value;
    if (value === undefined) throw pyError(ValueError, 'Cell is empty');
    return value;
  },
});
// The descriptor protocol of the built-in descriptors, for code that calls it explicitly (functools.partialmethod).
defineMethods(functionType, {
  __get__: (args) => (args[1] === None || args[1] === undefined ? args[0] : new PyBoundMethod(args[1], args[0])),
});
defineGetters(functionType, {
  __closure__: (self) => ((self as PyFunction).closure.length ? new PyTuple((self as PyFunction).closure.map((c) => new PyCell(c))) : None),
  __defaults__: (self) => ((self as PyFunction).defaults.length ? new PyTuple((self as PyFunction).defaults) : None),
  __kwdefaults__: (self) => {
    const kwdefaults = (self as PyFunction).kwdefaults;
    if (!kwdefaults.size) return None;
    const dict = new PyDict();
    for (const [key, value] of kwdefaults) dict.entries.set(hashKey(key), { key, value });
    return dict;
  },
});
for (const nativeType of [builtinFunctionType, methodDescriptorType]) {
  defineGetters(nativeType, {
    __name__: (self) => (self as PyNativeFunction).name,
    __qualname__: (self) => {
      const fn = self as PyNativeFunction;
      return fn.ownerName ? `${fn.ownerName}.${fn.name}` : fn.name;
    },
    __doc__: () => None,
  });
}
defineGetters(methodType, {
  __self__: (self) => (self as PyBoundMethod).self,
  __func__: (self) => (self as PyBoundMethod).func,
});

propertyType.construct = (_cls, args, kwargs) => {
  arity('property', args, 0, 4);
  const get = (i: number, name: string) => kwargs?.get(name) ?? args[i] ?? None;
  return new PyProperty(get(0, 'fget'), get(1, 'fset'), get(2, 'fdel'), get(3, 'doc'));
};
defineMethods(propertyType, {
  getter: (args) => {
    const p = args[0] as PyProperty;
    return new PyProperty(args[1], p.fset, p.fdel, p.doc);
  },
  setter: (args) => {
    const p = args[0] as PyProperty;
    return new PyProperty(p.fget, args[1], p.fdel, p.doc);
  },
  deleter: (args) => {
    const p = args[0] as PyProperty;
    return new PyProperty(p.fget, p.fset, args[1], p.doc);
  },
});
defineGetters(propertyType, { fget: (self) => (self as PyProperty).fget });

staticmethodType.construct = (_cls, args) => {
  arity('staticmethod', args, 1);
  return new PyStaticMethod(args[0]);
};
classmethodType.construct = (_cls, args) => {
  arity('classmethod', args, 1);
  return new PyClassMethod(args[0]);
};

defineMethods(staticmethodType, { __get__: (args) => (args[0] as PyStaticMethod).func });
defineMethods(classmethodType, {
  __get__: (args) => {
    const owner = args[2] === undefined || args[2] === None ? typeOf(args[1]) : args[2];
    return new PyBoundMethod(owner, (args[0] as PyClassMethod).func);
  },
});

superType.construct = (_cls, args) => {
  if (args.length !== 2) throw typeError('super() without arguments is only supported inside a method');
  const [cls, self] = args;
  if (!(cls instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(cls).name}`);
  return new PySuper(cls, self);
};

