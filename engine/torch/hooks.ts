// torch.utils.hooks.RemovableHandle: what register_hook and the module hook registrations return. Ids count
// up from 0 across all handles, as RemovableHandle.next_id does.
import { None, PyObject, PyType, objectType } from '../python/objects/core';
import { defineMethods } from '../python/types/define';

const removableHandleType = new PyType('RemovableHandle', [objectType], 'torch.utils.hooks');
removableHandleType.instancesHaveDict = true;

let nextId = 0;

class PyRemovableHandle extends PyObject {
  constructor(
    readonly id: number,
    readonly remove: () => void,
  ) {
    super(removableHandleType);
    this.dict = new Map([['id', id]]);
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

/** A new handle with the next id; its remove() calls `remove(id)`. */
export function removableHandle(remove: (id: number) => void): PyRemovableHandle {
  const id = nextId++;
  return new PyRemovableHandle(id, () => remove(id));
}
