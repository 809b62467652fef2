// The importable modules: torch, torch.autograd, torch.nn, torch.nn.functional. Each module's contents
// come from the op tables; submodules are imported through the interpreter's module cache so that
// `torch.nn.functional` and `import torch.nn.functional as F` are the same object.
import * as engine from '../tensor/index';
import { None, PyModule, type PyValue } from '../python/objects/core';
import { PyList, PyTuple } from '../python/objects/containers';
import { attributeError, typeError } from '../python/objects/exceptions';
import { PyNativeFunction } from '../python/objects/functions';
import { registerModule } from '../python/modules';
import { runtime } from '../python/runtime';
import { bindArguments, type BoundArgs } from './args';
import { DEFAULT_DTYPE, FACTORIES } from './creation';
import { FORK_RNG, RNG_STATE, SEEDING, defaultGeneratorObject, generatorType } from './generators';
import { RANDOM_FILLS, SAMPLING } from './sampling';
import { enableGradType, inferenceModeType, noGradType, setGradEnabledType } from './gradMode';
import { OPS, opFunction, toPythonResult, type OpDefinition } from './ops';
import { setPrintOptionsFrom } from './printing';
import { PyTensor, parameterType, tensorType } from './tensorObject';
import { setRequiresGrad } from './tensorType';
import { SERIALIZATION } from './serialization/index';
import { deviceType, dtypeAliases, dtypeObjects, dtypeType, legacyTensorTypes, sizeType, LEGACY_TYPE_NAMES } from './values';
import { NN_FUNCTIONAL, NN_INIT, TORCH_ACTIVATIONS, installNn } from './nn/index';
import nnUtilsSource from './nn/source/utils.py';
import nnRnnSource from './nn/source/rnn.py';
import nnRnnUtilsSource from './nn/source/rnn_utils.py';
import nnTransformerSource from './nn/source/transformer.py';
import distributionsSource from './distributions/distributions.py';
import constraintsSource from './distributions/constraints.py';
import nnContainerSource from './nn/source/container.py';
import autogradFunctionalSource from './autograd/functional.py';
import { THREAD_SETTINGS } from './threads';
import { registerSourceModule } from '../python/stdlib/sourceModules';
import { returnTypesModule } from './returnTypes';
import { functionCtxType, functionType } from './autogradFunction';
import { GRADCHECK, gradcheckModule } from './gradcheck';
import { TORCH_IN_PLACE } from './inplace';
import { LINALG } from './linalg';
import { finfoType, iinfoType } from './typeInfo';

export function module(name: string, entries: Record<string, PyValue>): PyModule {
  const m = new PyModule(name);
  for (const [key, value] of Object.entries(entries)) m.dict!.set(key, value);
  return m;
}

function functions(table: Record<string, OpDefinition>): Record<string, PyValue> {
  const out: Record<string, PyValue> = {};
  for (const [name, definition] of Object.entries(table)) if (definition.on !== 'tensor') out[name] = opFunction(name, definition);
  return out;
}

function tensors(value: PyValue | undefined, argument: string): engine.Tensor[] {
  if (value === undefined) return [];
  if (value instanceof PyTensor) return [value.tensor];
  if (value instanceof PyTuple || value instanceof PyList) {
    return value.items.map((item) => {
      if (!(item instanceof PyTensor)) throw typeError(`${argument} must be a sequence of Tensors`);
      return item.tensor;
    });
  }
  throw typeError(`${argument} must be a Tensor or a sequence of Tensors`);
}

/** Gradients given per output: a tensor or None each. */
function optionalTensors(value: PyValue | undefined): Array<engine.Tensor | null> | undefined {
  if (value === undefined) return undefined;
  const items = value instanceof PyTuple || value instanceof PyList ? value.items : [value];
  return items.map((item) => (item instanceof PyTensor ? item.tensor : null));
}

function retainGraph(args: BoundArgs): { retainGraph?: boolean } {
  return args.has('retain_graph') ? { retainGraph: args.bool('retain_graph') } : {};
}

const AUTOGRAD: Record<string, OpDefinition> = {
  grad: {
    signature: 'outputs, inputs, grad_outputs=, retain_graph=, create_graph=, only_inputs=, allow_unused=, is_grads_batched=',
    run: (a) => {
      const gradOutputs = optionalTensors(a.raw('grad_outputs'));
      const grads = engine.grad(tensors(a.raw('outputs'), 'outputs'), tensors(a.raw('inputs'), 'inputs'), {
        ...(gradOutputs ? { gradOutputs } : {}),
        ...retainGraph(a),
        createGraph: a.bool('create_graph'),
        allowUnused: a.bool('allow_unused'),
      });
      return new PyTuple(grads.map((grad) => (grad ? toPythonResult(grad) : None)));
    },
  },
  backward: {
    signature: 'tensors, grad_tensors=, retain_graph=, create_graph=, grad_variables=, inputs=',
    run: (a) => {
      const roots = tensors(a.raw('tensors'), 'tensors');
      const gradients = optionalTensors(a.raw('grad_tensors')) ?? [];
      const inputs = a.has('inputs') ? tensors(a.raw('inputs'), 'inputs') : undefined;
      // One backward pass per root accumulates the same gradients as PyTorch's joint pass for the usual case
      // of a single root.
      if (roots.length !== 1) throw typeError('agnb: torch.autograd.backward supports one tensor at a time');
      engine.backward(roots[0]!, {
        gradient: gradients[0] ?? null,
        ...retainGraph(a),
        createGraph: a.bool('create_graph'),
        ...(inputs ? { inputs } : {}),
      });
      return None;
    },
  },
};

const TORCH_EXTRAS: Record<string, OpDefinition> = {
  is_tensor: { signature: 'obj', run: (a) => a.raw('obj') instanceof PyTensor },
  is_grad_enabled: { signature: '', run: () => engine.isGradEnabled() },
  is_inference_mode_enabled: { signature: '', run: () => engine.isInferenceMode() },
  set_printoptions: { signature: 'precision=, threshold=, edgeitems=, linewidth=, profile=, sci_mode=', run: setPrintOptionsFrom },
};

for (const [name, definition] of Object.entries({ ...RANDOM_FILLS, ...SAMPLING })) {
  if (definition.on !== 'torch') tensorType.dict.set(name, opFunction(name, definition, 'Tensor'));
}

registerModule('torch.autograd.function', () => module('torch.autograd.function', { Function: functionType, FunctionCtx: functionCtxType }));

registerModule('torch.autograd.gradcheck', () => gradcheckModule(functions(GRADCHECK)));

registerModule('torch.autograd', () => {
  const gradcheck = runtime.modules.import('torch.autograd.gradcheck');
  return module('torch.autograd', {
    ...functions(AUTOGRAD),
    Function: functionType,
    function: runtime.modules.import('torch.autograd.function'),
    gradcheck: gradcheck.dict!.get('gradcheck')!,
    gradgradcheck: gradcheck.dict!.get('gradgradcheck')!,
    // torch.autograd.functional is written in agnb Python: compiled on first use rather than with every `import torch`.
    __getattr__: new PyNativeFunction('__getattr__', ([name]) => {
      if (name === 'functional') return runtime.modules.import('torch.autograd.functional');
      throw attributeError(`module 'torch.autograd' has no attribute '${String(name)}'`);
    }),
  });
});

registerModule('torch.nn.functional', () => module('torch.nn.functional', functions(NN_FUNCTIONAL)));

registerModule('torch.nn.init', () => module('torch.nn.init', functions(NN_INIT)));

registerSourceModule('torch.nn.utils', nnUtilsSource);

registerSourceModule('torch.autograd.functional', autogradFunctionalSource);

registerSourceModule('torch.nn.modules.rnn', nnRnnSource);
registerSourceModule('torch.nn.utils.rnn', nnRnnUtilsSource);
registerSourceModule('torch.nn.modules.transformer', nnTransformerSource);

registerSourceModule('torch.distributions', distributionsSource);
registerSourceModule('torch.distributions.constraints', constraintsSource);
registerSourceModule('torch.nn.modules.container', nnContainerSource);

/** Layers written in agnb Python, by the module that defines them: compiled the first time one is named. */
const SOURCE_LAYERS: Record<string, string> = {
  ...Object.fromEntries(['RNNBase', 'RNN', 'LSTM', 'GRU', 'RNNCellBase', 'RNNCell', 'LSTMCell', 'GRUCell'].map((name) => [name, 'torch.nn.modules.rnn'])),
  ...Object.fromEntries(['MultiheadAttention', 'TransformerEncoderLayer', 'TransformerEncoder', 'TransformerDecoderLayer', 'TransformerDecoder', 'Transformer'].map((name) => [name, 'torch.nn.modules.transformer'])),
  ParameterList: 'torch.nn.modules.container',
  ParameterDict: 'torch.nn.modules.container',
};

registerModule('torch.nn', () => {
  const nn = module('torch.nn', {
    functional: runtime.modules.import('torch.nn.functional'),
    init: runtime.modules.import('torch.nn.init'),
    utils: runtime.modules.import('torch.nn.utils'),
    Parameter: parameterType,
    __getattr__: new PyNativeFunction('__getattr__', ([name]) => {
      if (typeof name === 'string' && Object.hasOwn(SOURCE_LAYERS, name)) return runtime.modules.import(SOURCE_LAYERS[name]!).dict!.get(name)!;
      throw attributeError(`module 'torch.nn' has no attribute '${String(name)}'`);
    }),
  });
  installNn(nn);
  return nn;
});

registerModule('torch.return_types', returnTypesModule);

registerModule('torch.linalg', () => module('torch.linalg', functions(LINALG)));

registerModule('torch.random', () =>
  module('torch.random', { ...functions(SEEDING), ...functions(RNG_STATE), ...functions(FORK_RNG), default_generator: defaultGeneratorObject }),
);

registerModule('torch', () => {
  const dtypes: Record<string, PyValue> = {};
  for (const [alias, dtype] of Object.entries(dtypeAliases)) dtypes[alias] = dtypeObjects[dtype];
  for (const [dtype, name] of Object.entries(LEGACY_TYPE_NAMES)) dtypes[name] = legacyTensorTypes[dtype as engine.DType];
  // torch.manual_seed is torch.random.manual_seed (the same function object), and so on.
  const randomModule = runtime.modules.import('torch.random');
  const seeding = Object.fromEntries([...Object.keys(SEEDING), ...Object.keys(RNG_STATE)].map((name) => [name, randomModule.dict!.get(name)!]));
  return module('torch', {
    ...functions(OPS),
    ...functions(TORCH_ACTIVATIONS),
    ...functions(FACTORIES),
    ...functions(DEFAULT_DTYPE),
    ...seeding,
    ...functions(SAMPLING),
    ...functions(TORCH_EXTRAS),
    ...functions(TORCH_IN_PLACE),
    ...THREAD_SETTINGS,
    ...SERIALIZATION,
    ...dtypes,
    Tensor: tensorType,
    Size: sizeType,
    dtype: dtypeType,
    finfo: finfoType,
    iinfo: iinfoType,
    device: deviceType,
    Generator: generatorType,
    default_generator: defaultGeneratorObject,
    no_grad: noGradType,
    enable_grad: enableGradType,
    set_grad_enabled: setGradEnabledType,
    inference_mode: inferenceModeType,
    autograd: runtime.modules.import('torch.autograd'),
    nn: runtime.modules.import('torch.nn'),
    optim: runtime.modules.import('torch.optim'),
    utils: runtime.modules.import('torch.utils'),
    cuda: runtime.modules.import('torch.cuda'),
    backends: runtime.modules.import('torch.backends'),
    version: runtime.modules.import('torch.version'),
    return_types: runtime.modules.import('torch.return_types'),
    linalg: runtime.modules.import('torch.linalg'),
    random: randomModule,
    __version__: '1.13.1',
    // Submodules written in agnb Python load on first use, keeping `import torch` fast.
    __getattr__: new PyNativeFunction('__getattr__', ([name]) => {
      if (typeof name === 'string' && LAZY_SUBMODULES.has(name)) return runtime.modules.import(`torch.${name}`);
      throw attributeError(`module 'torch' has no attribute '${String(name)}'`);
    }),
  });
});

const LAZY_SUBMODULES = new Set(['distributions']);

/** nn.Parameter(data=None, requires_grad=True): a leaf sharing the data's storage, registered by modules. */
parameterType.construct = (_cls, args, kwargs) => {
  const bound = bindArguments('Parameter', 'data=, requires_grad=', args, kwargs);
  const source = bound.optionalTensor('data') ?? engine.zeros([0], 'float32');
  const parameter = engine.detach(source);
  parameter.isParameter = true;
  setRequiresGrad(parameter, bound.bool('requires_grad', true));
  return toPythonResult(parameter);
};
