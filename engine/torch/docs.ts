// Signatures and one-line docs of torch functions and Tensor methods, for signature help and hovers in the
// editor. The signatures are the op tables' own (registered when the binding creates each function), so what
// the editor shows is what the argument parser accepts.
import { PyNativeFunction } from '../python/objects/functions';
import type { NativeFn, PyValue } from '../python/objects/core';

export interface CallableSignature {
  /** As the code names it: `torch.zeros`, `F.linear`, `w.sum`. */
  name: string;
  /** One entry per parameter as Python shows it: `input`, `*size`, `*`, `dtype=…`. */
  parameters: string[];
  doc?: string;
}

interface Registered {
  name: string;
  signature: string;
  isMethod: boolean;
}

const registered = new WeakMap<NativeFn, Registered>();

/** Records the signature of a function the binding generated from an op table (`fn` is the native callable). */
export function registerSignature(fn: NativeFn, name: string, signature: string, isMethod: boolean): void {
  registered.set(fn, { name, signature, isMethod });
}

/** The signature of a torch function or Tensor method (bound or not) named `name`; undefined for anything else. */
export function signatureOf(value: PyValue, name: string): CallableSignature | undefined {
  if (!(value instanceof PyNativeFunction)) return undefined;
  const entry = registered.get(value.fn);
  if (!entry) return undefined;
  const all = entry.signature
    .split(',')
    .map((parameter) => parameter.trim())
    .filter((parameter, i, list) => parameter !== '' && !(parameter === '*' && list[i - 1]?.startsWith('*')))
    .map((parameter) => (parameter.endsWith('=') ? `${parameter}…` : parameter));
  // A method's first parameter is the tensor it is called on.
  const parameters = entry.isMethod ? all.slice(1) : all;
  const doc = OP_DOCS[entry.name];
  return {
    name,
    parameters,
    ...(doc ? { doc } : {}),
  };
}

/** Short descriptions of the functions tutorials use most, keyed by the op's name. */
export const OP_DOCS: Record<string, string> = {
  add: 'Adds other to input elementwise, broadcasting shapes.',
  sub: 'Subtracts other from input elementwise, broadcasting shapes.',
  mul: 'Multiplies input by other elementwise, broadcasting shapes.',
  div: 'Divides input by other elementwise (true division), broadcasting shapes.',
  pow: 'Raises input to exponent elementwise.',
  neg: 'The negative of each element.',
  exp: 'The exponential of each element.',
  log: 'The natural logarithm of each element.',
  sqrt: 'The square root of each element.',
  abs: 'The absolute value of each element.',
  tanh: 'The hyperbolic tangent of each element.',
  sigmoid: 'The logistic sigmoid 1 / (1 + exp(-x)) of each element.',
  relu: 'max(0, x) for each element.',
  sin: 'The sine of each element (radians).',
  cos: 'The cosine of each element (radians).',
  clamp: 'Limits each element to the range [min, max].',
  matmul: 'Matrix product with broadcasting over batch dimensions (vector, matrix or batched operands).',
  mm: 'Matrix product of two 2-D tensors.',
  mv: 'Product of a matrix and a vector.',
  dot: 'Dot product of two 1-D tensors.',
  bmm: 'Batched matrix product of two 3-D tensors.',
  t: 'Transposes a tensor of at most 2 dimensions.',
  transpose: 'Swaps dimensions dim0 and dim1 (a view).',
  permute: 'Reorders the dimensions (a view).',
  reshape: 'The same elements in a new shape; a view when possible, else a copy.',
  view: 'The same storage seen with a new shape; the tensor must be contiguous enough.',
  expand: 'Repeats size-1 dimensions to a larger size without copying (a view).',
  unsqueeze: 'Inserts a dimension of size 1 at dim.',
  squeeze: 'Removes dimensions of size 1 (only dim, if given).',
  flatten: 'Flattens the dimensions from start_dim to end_dim into one.',
  detach: 'A tensor sharing storage with input but cut from the autograd graph.',
  clone: 'A copy of input that autograd tracks back to input.',
  contiguous: 'input itself if contiguous in memory, else a contiguous copy.',
  numel: 'The number of elements.',
  sum: 'The sum of all elements, or over dim (keepdim keeps it with size 1).',
  mean: 'The mean of all elements, or over dim.',
  max: 'The maximum of all elements; over dim, a (values, indices) pair.',
  min: 'The minimum of all elements; over dim, a (values, indices) pair.',
  argmax: 'The index of the maximum, over all elements or along dim.',
  argmin: 'The index of the minimum, over all elements or along dim.',
  prod: 'The product of all elements, or over dim.',
  var: 'The variance (Bessel-corrected by default), over all elements or dim.',
  std: 'The standard deviation (Bessel-corrected by default), over all elements or dim.',
  norm: 'The p-norm (2 by default) of all elements, or over dim.',
  cumsum: 'Cumulative sums along dim.',
  softmax: 'exp(x) / sum(exp(x)) along dim.',
  log_softmax: 'log(softmax(x)) along dim, computed stably.',
  logsumexp: 'log(sum(exp(x))) along dim, computed stably.',
  cat: 'Joins tensors along an existing dimension.',
  stack: 'Joins tensors along a new dimension.',
  split: 'Splits into pieces of split_size_or_sections along dim.',
  chunk: 'Splits into the given number of chunks along dim.',
  where: 'Elements of input where condition is true, of other elsewhere.',
  eq: 'Elementwise ==, as a bool tensor.',
  gt: 'Elementwise >, as a bool tensor.',
  lt: 'Elementwise <, as a bool tensor.',
  allclose: 'Whether all elements are close: |input - other| <= atol + rtol * |other|.',
  tensor: 'A new tensor holding a copy of data (nested lists, numbers or a tensor).',
  zeros: 'A tensor of the given size filled with 0.',
  ones: 'A tensor of the given size filled with 1.',
  empty: 'A tensor of the given size (agnb fills it with 0).',
  full: 'A tensor of the given size filled with fill_value.',
  arange: 'Values from start to end (exclusive) in steps of step.',
  linspace: 'steps values evenly spaced from start to end (inclusive).',
  eye: 'A 2-D tensor with ones on the diagonal.',
  zeros_like: 'Zeros with the shape (and by default dtype) of input.',
  ones_like: 'Ones with the shape (and by default dtype) of input.',
  rand: 'Uniform random numbers in [0, 1) of the given size.',
  randn: 'Standard normal random numbers of the given size.',
  randint: 'Random integers in [low, high) of the given size.',
  randperm: 'A random permutation of 0 .. n-1.',
  manual_seed: 'Seeds the default random generator, for reproducible results.',
  grad: 'Computes and returns the gradients of outputs with respect to inputs (without touching .grad).',
  backward: 'Computes gradients of the given tensors and accumulates them into the leaves\' .grad.',
  linear: 'input @ weight.T + bias.',
  mse_loss: 'Mean squared error between input and target.',
  binary_cross_entropy_with_logits: 'Binary cross entropy on logits (sigmoid applied inside, stably).',
  cross_entropy: 'Cross entropy between logits and class indices (log_softmax + nll_loss).',
  is_tensor: 'Whether obj is a tensor.',
  set_printoptions: 'Sets how tensors print: precision, threshold, edgeitems, linewidth, profile, sci_mode.',
  Linear: 'A fully connected layer: y = x @ weight.T + bias, weight of shape (out_features, in_features).',
  Dropout: 'Zeroes each element with probability p while training and scales the rest by 1 / (1 - p).',
  Embedding: 'A lookup table of num_embeddings vectors of size embedding_dim.',
  Flatten: 'Flattens dimensions start_dim to end_dim into one.',
};
