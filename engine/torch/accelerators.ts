// torch.cuda, torch.backends and torch.version as a CPU-only PyTorch build has them: tutorials ask
// `torch.cuda.is_available()` before choosing a device, so the answers (and the errors of calls that need a GPU)
// match that build's.
import { None, type PyValue } from '../python/objects/core';
import { PyNativeFunction } from '../python/objects/functions';
import { AssertionError, AttributeError, pyError } from '../python/objects/exceptions';
import { registerModule } from '../python/modules';
import { runtime } from '../python/runtime';
import { module } from './module';
import { NO_CUDA } from './values';

const returning = (name: string, value: PyValue) => new PyNativeFunction(name, () => value);
const needingCuda = (name: string) =>
  new PyNativeFunction(name, () => {
    throw pyError(AssertionError, NO_CUDA);
  });

registerModule('torch.cuda', () =>
  module('torch.cuda', {
    is_available: returning('is_available', false),
    is_initialized: returning('is_initialized', false),
    device_count: returning('device_count', 0),
    manual_seed: returning('manual_seed', None),
    manual_seed_all: returning('manual_seed_all', None),
    seed: returning('seed', None),
    seed_all: returning('seed_all', None),
    empty_cache: returning('empty_cache', None),
    memory_allocated: returning('memory_allocated', 0),
    max_memory_allocated: returning('max_memory_allocated', 0),
    memory_reserved: returning('memory_reserved', 0),
    current_device: needingCuda('current_device'),
    synchronize: needingCuda('synchronize'),
    get_device_name: needingCuda('get_device_name'),
    get_device_properties: needingCuda('get_device_properties'),
    is_bf16_supported: needingCuda('is_bf16_supported'),
    set_device: new PyNativeFunction('set_device', () => {
      throw pyError(AttributeError, "module 'torch._C' has no attribute '_cuda_setDevice'");
    }),
  }),
);

registerModule('torch.backends.cudnn', () =>
  module('torch.backends.cudnn', {
    is_available: returning('is_available', false),
    version: returning('version', None),
    enabled: true,
    benchmark: false,
    deterministic: false,
    allow_tf32: true,
  }),
);

registerModule('torch.backends.mps', () =>
  module('torch.backends.mps', { is_available: returning('is_available', false), is_built: returning('is_built', false) }),
);

registerModule('torch.backends', () =>
  module('torch.backends', { cudnn: runtime.modules.import('torch.backends.cudnn'), mps: runtime.modules.import('torch.backends.mps') }),
);

registerModule('torch.version', () => module('torch.version', { __version__: '1.13.1', cuda: None, debug: false, git_version: 'Unknown', hip: None }));
