// Containers: Sequential runs its children in order.
import type { PyType, PyValue } from '../../python/objects/core';
import { indexError } from '../../python/objects/exceptions';
import { call } from '../../python/ops/call';
import { children, initModule, iterator, moduleClass } from './module';

const sequentialType = moduleClass('Sequential', 'container', {
  __init__: (args) => {
    const modules: Record<string, PyValue> = {};
    args.slice(1).forEach((module, i) => (modules[String(i)] = module));
    return initModule(args[0]!, modules);
  },
  forward: (args) => children(args[0]!).reduce<PyValue>((value, [, module]) => call(module, [value]), args[1]!),
  __len__: (args) => children(args[0]!).length,
  __iter__: (args) => iterator(children(args[0]!).map(([, module]) => module)),
  __getitem__: (args) => {
    const modules = children(args[0]!);
    const index = Number(args[1]);
    const module = modules[index < 0 ? index + modules.length : index];
    if (!module) throw indexError(`index ${index} is out of range`);
    return module[1];
  },
});

export const CONTAINER_MODULES: Record<string, PyType> = { Sequential: sequentialType };
