// torch.utils.hooks.RemovableHandle: what register_hook returns.
import { None, PyObject, PyType, objectType } from '../python/objects/core';
import { defineMethods } from '../python/types/define';

const removableHandleType = new PyType('RemovableHandle', [objectType], 'torch.utils.hooks');

class PyRemovableHandle extends PyObject {
  constructor(readonly remove: () => void) {
    super(removableHandleType);
  }
}

defineMethods(removableHandleType, {
  remove: (args) => {
    (args[0] as PyRemovableHandle).remove();
    return None;
  },
  __enter__: (args) => args[0]!,
  __exit__: (args) => {
    (args[0] as PyRemovableHandle).remove();
    return None;
  },
});

export function removableHandle(remove: () => void): PyObject {
  return new PyRemovableHandle(remove);
}
