// Flatten and Unflatten (torch/nn/modules/flatten.py), Dropout (dropout.py), Embedding (sparse.py),
// CosineSimilarity and PairwiseDistance (distance.py).
import * as engine from '../../tensor/index';
import * as random from '../../random/index';
import { None, typeName, type PyType, type PyValue } from '../../python/objects/core';
import { PyList, PyTuple } from '../../python/objects/containers';
import { AssertionError, TypeError, pyError, valueError } from '../../python/objects/exceptions';
import { getAttr } from '../../python/ops/attr';
import { repr, str, truthy } from '../../python/ops/convert';
import { toArray } from '../../python/ops/iter';
import type { Tensor } from '../../tensor/index';
import { bindArguments } from '../args';
import { PyTensor, wrapTensor } from '../tensorObject';
import { nativeFunction } from '../errors';
import { PyClassMethod } from '../../python/objects/functions';
import { call } from '../../python/ops/call';
import { NN_FUNCTIONAL } from './functional';
import { attrNumber, attrText, layerClass, markInitialized, parameterFrom, pyFloat } from './module';

const flattenType = layerClass('Flatten', 'flatten', {
  signature: 'start_dim=, end_dim=',
  init: (a) => ({ start_dim: a.int('start_dim', 1), end_dim: a.int('end_dim', -1) }),
  forward: (self, input) => engine.flatten(input, attrNumber(self, 'start_dim'), attrNumber(self, 'end_dim')),
  extraRepr: (self) => `start_dim=${attrText(self, 'start_dim')}, end_dim=${attrText(self, 'end_dim')}`,
});

function unflattenSize(value: PyValue): PyValue {
  if (!(value instanceof PyTuple || value instanceof PyList)) throw pyError(TypeError, `unflattened_size must be a tuple of ints, but found type ${typeName(value)}`);
  value.items.forEach((item, i) => {
    if (typeof item !== 'number') throw pyError(TypeError, `unflattened_size must be tuple of ints, but found element of type ${typeName(item)} at pos ${i}`);
  });
  return value;
}

const unflattenType = layerClass('Unflatten', 'flatten', {
  signature: 'dim, unflattened_size',
  init: (a) => {
    const dim = a.raw('dim') ?? None;
    if (typeof dim !== 'number') throw pyError(TypeError, 'invalid argument type for dim parameter');
    return { dim, unflattened_size: unflattenSize(a.raw('unflattened_size') ?? None) };
  },
  forward: (self, input) => engine.unflatten(input, attrNumber(self, 'dim'), toArray(getAttr(self, 'unflattened_size')).map(Number)),
  extraRepr: (self) => `dim=${attrText(self, 'dim')}, unflattened_size=${repr(getAttr(self, 'unflattened_size'))}`,
});

/** Dropout and its variants (_DropoutNd: p and inplace), each calling its function of torch.nn.functional. */
function dropoutModule(name: string, fn: string): PyType {
  return layerClass(name, 'dropout', {
    signature: 'p=, inplace=',
    init: (a) => {
      const p = a.number('p', 0.5);
      if (p < 0 || p > 1) throw valueError(`dropout probability has to be between 0 and 1, but got ${str(a.raw('p')!)}`);
      return { p: a.raw('p') ?? pyFloat(0.5), inplace: a.bool('inplace') };
    },
    forward: (self, input) => {
      const definition = NN_FUNCTIONAL[fn]!;
      const kwargs = new Map<string, PyValue>([['p', getAttr(self, 'p')], ['training', getAttr(self, 'training')], ['inplace', getAttr(self, 'inplace')]]);
      return definition.run(bindArguments(fn, definition.signature, [wrapTensor(input)], kwargs)) as Tensor;
    },
    extraRepr: (self) => `p=${attrText(self, 'p')}, inplace=${attrText(self, 'inplace')}`,
  });
}

/** reset_parameters(): normal_(0, 1), then the padding row is zeroed (a second in-place write). */
function embeddingWeight(count: number, dim: number, paddingIdx: number | undefined): Tensor {
  const weight = engine.zeros([count, dim], engine.defaultFloatDtype());
  random.normal(random.defaultGenerator, weight.storage as Float32Array | Float64Array, 0, 1);
  if (paddingIdx !== undefined) markInitialized(weight).storage.fill(0, paddingIdx * dim, (paddingIdx + 1) * dim);
  return weight;
}

/** Parameter(data): the same storage and version counter, requiring grad. */
function parameterSharing(data: Tensor): PyTensor {
  const parameter = engine.detach(data);
  parameter.isParameter = true;
  parameter.requiresGrad = true;
  return wrapTensor(parameter);
}

const embeddingType = layerClass('Embedding', 'sparse', {
  signature: 'num_embeddings, embedding_dim, padding_idx=, max_norm=, norm_type=, scale_grad_by_freq=, sparse=, _weight=, device=, dtype=',
  init: (a) => {
    const count = a.int('num_embeddings');
    const dim = a.int('embedding_dim');
    let paddingIdx = a.optionalInt('padding_idx');
    if (paddingIdx !== undefined) {
      if (paddingIdx > 0 && paddingIdx >= count) throw pyError(AssertionError, 'Padding_idx must be within num_embeddings');
      if (paddingIdx < 0 && paddingIdx < -count) throw pyError(AssertionError, 'Padding_idx must be within num_embeddings');
      if (paddingIdx < 0) paddingIdx += count;
    }
    const given = a.optionalTensor('_weight');
    if (given && (given.ndim !== 2 || given.shape[0] !== count || given.shape[1] !== dim)) {
      throw pyError(AssertionError, 'Shape of weight does not match num_embeddings and embedding_dim');
    }
    return {
      num_embeddings: count,
      embedding_dim: dim,
      padding_idx: paddingIdx ?? None,
      max_norm: a.raw('max_norm') ?? None,
      norm_type: a.raw('norm_type') ?? pyFloat(2),
      scale_grad_by_freq: a.bool('scale_grad_by_freq'),
      weight: given ? parameterSharing(given) : parameterFrom(embeddingWeight(count, dim, paddingIdx)),
      sparse: a.bool('sparse'),
    };
  },  // F.embedding(input, self.weight, self.padding_idx, self.max_norm, ...), as PyTorch's forward calls it.
  forward: (self, input) => {
    const names = ['padding_idx', 'max_norm', 'norm_type', 'scale_grad_by_freq', 'sparse'];
    const kwargs = new Map(names.map((name): [string, PyValue] => [name, getAttr(self, name)]));
    const definition = NN_FUNCTIONAL.embedding!;
    return definition.run(bindArguments('embedding', definition.signature, [wrapTensor(input), getAttr(self, 'weight')], kwargs)) as Tensor;
  },
  extraRepr: (self) => {
    let text = `${attrText(self, 'num_embeddings')}, ${attrText(self, 'embedding_dim')}`;
    if (getAttr(self, 'padding_idx') !== None) text += `, padding_idx=${attrText(self, 'padding_idx')}`;
    if (getAttr(self, 'max_norm') !== None) text += `, max_norm=${attrText(self, 'max_norm')}`;
    if (attrNumber(self, 'norm_type') !== 2) text += `, norm_type=${attrText(self, 'norm_type')}`;
    if (truthy(getAttr(self, 'scale_grad_by_freq'))) text += ', scale_grad_by_freq=True';
    if (truthy(getAttr(self, 'sparse'))) text += ', sparse=True';
    return text;
  },
});

/** Embedding.from_pretrained: an Embedding over the given rows (shared, not copied), frozen unless freeze=False. */
embeddingType.dict.set(
  'from_pretrained',
  new PyClassMethod(
    nativeFunction('from_pretrained', (args, kwargs) => {
      const a = bindArguments('from_pretrained', 'cls, embeddings, freeze=, padding_idx=, max_norm=, norm_type=, scale_grad_by_freq=, sparse=', args, kwargs);
      const embeddings = a.tensor('embeddings');
      if (embeddings.ndim !== 2) throw pyError(AssertionError, 'Embeddings parameter is expected to be 2-dimensional');
      const options = new Map<string, PyValue>([['_weight', a.raw('embeddings')!]]);
      for (const name of ['padding_idx', 'max_norm', 'norm_type', 'scale_grad_by_freq', 'sparse']) if (a.has(name)) options.set(name, a.raw(name)!);
      const module = call(args[0]!, [embeddings.shape[0]!, embeddings.shape[1]!], options);
      (getAttr(module, 'weight') as PyTensor).tensor.requiresGrad = !a.bool('freeze', true);
      return module;
    }),
  ),
);

/**
 * CosineSimilarity and PairwiseDistance: forward(x1, x2) calls their function of torch.nn.functional with the
 * module's attributes, each `[argument, attribute, default]` (PairwiseDistance keeps p as `norm`).
 */
function distanceModule(name: string, fn: string, options: Array<[string, string, PyValue]>): PyType {
  return layerClass(name, 'distance', {
    signature: options.map(([argument]) => `${argument}=`).join(', '),
    init: (a) => Object.fromEntries(options.map(([argument, attribute, fallback]) => [attribute, a.raw(argument) ?? fallback])),
    forwardSignature: 'x1, x2',
    forward: (self, x1, a) => {
      const definition = NN_FUNCTIONAL[fn]!;
      const kwargs = new Map<string, PyValue>(options.map(([argument, attribute]) => [argument, getAttr(self, attribute)]));
      return definition.run(bindArguments(fn, definition.signature, [wrapTensor(x1), a.raw('x2')!], kwargs)) as Tensor;
    },
  });
}

export const LAYER_MODULES: Record<string, PyType> = {
  Flatten: flattenType,
  Unflatten: unflattenType,
  Dropout: dropoutModule('Dropout', 'dropout'),
  Dropout1d: dropoutModule('Dropout1d', 'dropout1d'),
  Dropout2d: dropoutModule('Dropout2d', 'dropout2d'),
  Dropout3d: dropoutModule('Dropout3d', 'dropout3d'),
  AlphaDropout: dropoutModule('AlphaDropout', 'alpha_dropout'),
  FeatureAlphaDropout: dropoutModule('FeatureAlphaDropout', 'feature_alpha_dropout'),
  Embedding: embeddingType,
  CosineSimilarity: distanceModule('CosineSimilarity', 'cosine_similarity', [['dim', 'dim', 1], ['eps', 'eps', pyFloat(1e-8)]]),
  PairwiseDistance: distanceModule('PairwiseDistance', 'pairwise_distance', [['p', 'norm', pyFloat(2)], ['eps', 'eps', pyFloat(1e-6)], ['keepdim', 'keepdim', false]]),
};
