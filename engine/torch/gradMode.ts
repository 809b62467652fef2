// torch.no_grad / enable_grad / set_grad_enabled / inference_mode: context managers that are also
// decorators, as in torch.autograd.grad_mode.
import { isGradEnabled, isInferenceMode, setGradEnabled, setInferenceMode, withGradMode } from '../tensor/index';
import { None, PyObject, PyType, objectType, typeName, type Kwargs, type PyValue } from '../python/objects/core';
import { typeError } from '../python/objects/exceptions';
import { PyNativeFunction } from '../python/objects/functions';
import { call } from '../python/ops/call';
import { getAttrOrUndefined } from '../python/ops/attr';
import { defineMethods } from '../python/types/define';

const MODULE = 'torch.autograd.grad_mode';

class PyGradMode extends PyObject {
  /** The mode to restore on __exit__ (saved on __enter__, or on construction for set_grad_enabled). */
  previous: boolean[] = [];
  /** inference_mode's own setting, and the ones to restore. */
  inference: boolean | undefined;
  previousInference: boolean[] = [];

  constructor(
    cls: PyType,
    /** The mode inside the block. */
    readonly mode: boolean,
  ) {
    super(cls);
  }
}

/** The class a function was defined in (from its __qualname__), so the decorated method still binds self. */
function classOf(fn: PyValue): string | undefined {
  const qualname = getAttrOrUndefined(fn, '__qualname__');
  if (typeof qualname !== 'string') return undefined;
  const owner = qualname.split('.').slice(0, -1).at(-1);
  return owner === undefined || owner === '<locals>' ? undefined : owner;
}

function gradModeType(name: string, construct: (cls: PyType, args: PyValue[], kwargs: Kwargs) => PyGradMode): PyType {
  const type = new PyType(name, [objectType], MODULE);
  type.construct = construct;
  defineMethods(type, {
    __enter__: (args) => {
      const self = args[0] as PyGradMode;
      if (name !== 'set_grad_enabled') self.previous.push(isGradEnabled());
      setGradEnabled(self.mode);
      if (self.inference !== undefined) {
        self.previousInference.push(isInferenceMode());
        setInferenceMode(self.inference);
      }
      return None;
    },
    __exit__: (args) => {
      const self = args[0] as PyGradMode;
      setGradEnabled(self.previous.pop() ?? true);
      if (self.inference !== undefined) setInferenceMode(self.previousInference.pop() ?? false);
      return false;
    },
    // As a decorator: the function runs with the mode set, and the previous mode is restored after.
    __call__: (args) => {
      const self = args[0] as PyGradMode;
      const fn = args[1]!;
      const fnName = getAttrOrUndefined(fn, '__name__');
      const run = (callArgs: PyValue[], callKwargs: Kwargs): PyValue => {
        if (self.inference === undefined) return withGradMode(self.mode, () => call(fn, callArgs, callKwargs));
        const previous = isInferenceMode();
        setInferenceMode(self.inference);
        try {
          return withGradMode(self.mode, () => call(fn, callArgs, callKwargs));
        } finally {
          setInferenceMode(previous);
        }
      };
      return new PyNativeFunction(typeof fnName === 'string' ? fnName : 'decorated', run, undefined, classOf(fn));
    },
  });
  return type;
}

const noArguments = (name: string, args: PyValue[], kwargs: Kwargs) => {
  if (args.length > 0 || (kwargs && kwargs.size > 0)) throw typeError(`${name}.__init__() takes 1 positional argument but ${args.length + 1} were given`);
};

export const noGradType = gradModeType('no_grad', (cls, args, kwargs) => (noArguments('no_grad', args, kwargs), new PyGradMode(cls, false)));
export const enableGradType = gradModeType('enable_grad', (cls, args, kwargs) => (noArguments('enable_grad', args, kwargs), new PyGradMode(cls, true)));

/** inference_mode(mode=True): grad mode off, and the tensors created are inference tensors. */
export const inferenceModeType = gradModeType('inference_mode', (cls, args, kwargs) => {
  const mode = (args[0] ?? kwargs?.get('mode') ?? true) === true;
  const object = new PyGradMode(cls, !mode);
  object.inference = mode;
  return object;
});

/** set_grad_enabled(mode) takes effect at once (it is also called as a plain function); exiting restores. */
export const setGradEnabledType = gradModeType('set_grad_enabled', (cls, args, kwargs) => {
  const mode = args[0] ?? kwargs?.get('mode');
  if (typeof mode !== 'boolean') throw typeError(`set_grad_enabled(): argument 'mode' must be bool, not ${mode === undefined ? 'nothing' : typeName(mode)}`);
  const object = new PyGradMode(cls, mode);
  object.previous.push(isGradEnabled());
  setGradEnabled(mode);
  return object;
});
