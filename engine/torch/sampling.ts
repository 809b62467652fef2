// Random sampling: torch.normal, bernoulli, multinomial, poisson and the in-place fills uniform_, normal_,
// bernoulli_, exponential_, geometric_, log_normal_, cauchy_ and random_. Each checks its arguments in
// PyTorch 1.13's order and words, then draws from the generator= stream (engine/random) in PyTorch's element
// order: memory order, which for a view is TensorIterator's (dimensions by decreasing stride). A tensor input
// that requires grad gets PyTorch's node, whose gradient is zero (NormalBackward1, BernoulliBackward0, ...).
import * as engine from '../tensor/index';
import type { DType, Tensor } from '../tensor/index';
import { INTEGER_RANGE, isFloating, cppTypeName, scalarTypeName } from '../tensor/dtype';
import { broadcastShapes } from '../tensor/shape';
import { record } from '../tensor/ops/record';
import * as random from '../random/index';
import { typeName, type PyValue } from '../python/objects/core';
import { notImplemented, typeError } from '../python/objects/exceptions';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';
import { generatorOf } from './generators';
import { PyTensor } from './tensorObject';
import { setRequiresGrad } from './tensorType';
import { checkDevice } from './values';

type FloatArray = Float32Array | Float64Array;

const fail = (message: string) => new engine.TorchError('RuntimeError', message);

/** A double as C++'s `std::ostream <<` writes it in PyTorch's messages (%g: 6 significant digits). */
function cppDouble(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const [mantissa, exponentText] = value.toExponential(5).split('e') as [string, string];
  const exponent = Number(exponentText);
  const trim = (digits: string) => (digits.includes('.') ? digits.replace(/0+$/, '').replace(/\.$/, '') : digits);
  if (exponent < -4 || exponent >= 6) return `${trim(mantissa)}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  return trim(value.toFixed(5 - exponent));
}

function requireFloating(tensor: Tensor, kernel: string): void {
  if (!isFloating(tensor.dtype)) throw fail(`"${kernel}" not implemented for '${scalarTypeName(tensor.dtype)}'`);
}

/** A fresh array of the tensor's values in row-major order (no graph recorded). */
function valuesOf(tensor: Tensor): FloatArray {
  return engine.clone(engine.detach(tensor)).storage as FloatArray;
}

/** The dims of `tensor` outermost first: a view permuted so visits its elements in increasing memory address. */
function memoryOrder(tensor: Tensor): number[] {
  const dims = tensor.shape.map((_, d) => d);
  return tensor.isContiguous() ? dims : dims.sort((a, b) => tensor.strides[b]! - tensor.strides[a]!);
}

/** Writes `values`, drawn in `order`'s memory order, into `target` (an in-place write: its version moves). */
function writeInOrder(target: Tensor, values: FloatArray, order: Tensor = target): void {
  const view = engine.permute(engine.detach(target), memoryOrder(order));
  engine.copyInto(view, engine.Tensor.fromStorage(values, view.shape, values instanceof Float32Array ? 'float32' : 'float64'));
}

/** A scratch array in the precision the dtype's kernel computes in: float32 for float32, doubles otherwise. */
const scratchFor = (dtype: DType, length: number): FloatArray => (dtype === 'float32' ? new Float32Array(length) : new Float64Array(length));

/** The output of a sampling function, recorded as `node` (zero gradient) for the inputs that require grad. */
function withZeroGradient(node: string, inputs: Tensor[], out: Tensor): Tensor {
  record(node, inputs, out, () => inputs.map((input) => engine.zeros(input.shape, input.dtype)));
  return out;
}

// ---- in-place fills

type Fill = (generator: random.Generator, out: FloatArray, self: Tensor) => void;

/**
 * An in-place random fill. A leaf that requires grad is refused while grad mode is on, as for every in-place op;
 * `fill` checks its arguments, then draws into a scratch array of self's kernel precision.
 */
function fillInPlace(a: BoundArgs, fill: Fill): PyValue {
  const self = a.tensor('input');
  if (engine.isGradEnabled() && self.isLeaf && self.requiresGrad) throw fail('a leaf Variable that requires grad is being used in an in-place operation.');
  const values = scratchFor(self.dtype, self.numel);
  fill(generatorOf(a), values, self);
  writeInOrder(self, values);
  return a.raw('input')!;
}

function uniformFill(from: number, to: number): Fill {
  return (generator, out, self) => {
    requireFloating(self, 'check_uniform_bounds');
    if (from > to) throw fail(`uniform_ expects to return a [from, to) range, but found from=${cppDouble(from)} > to=${cppDouble(to)}`);
    random.uniform(generator, out, from, to);
  };
}

function checkStd(std: number): void {
  if (!(std >= 0)) throw fail(`normal expects std >= 0.0, but found std ${cppDouble(std)}`);
}

/** normal_(mean, std): the scalar path for fewer than 16 elements or a non-contiguous tensor (see engine/random). */
function normalFill(mean: number, std: number): Fill {
  return (generator, out, self) => {
    checkStd(std);
    requireFloating(self, 'normal_kernel_cpu');
    random.normal(generator, out, mean, std, self.isContiguous());
  };
}

function checkProbability(p: number): void {
  if (!(p >= 0 && p <= 1)) throw fail(`bernoulli_ expects p to be in [0, 1], but got p=${cppDouble(p)}`);
}

/** bernoulli_(p) with a tensor p: broadcast to self and read in self's memory order; its dtype picks the uniform's precision. */
function bernoulliFromTensor(p: Tensor): Fill {
  return (generator, out, self) => {
    if (!isFloating(p.dtype)) throw fail(`"bernoulli_tensor_cpu_p_" not implemented for '${scalarTypeName(p.dtype)}'`);
    const probs = valuesOf(engine.permute(engine.expand(engine.detach(p), self.shape), memoryOrder(self)));
    if (!probs.every((value) => value >= 0 && value <= 1)) {
      throw fail('Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be improved?  If so, please report an enhancement request to PyTorch.)');
    }
    random.bernoulliTensor(generator, out, probs);
  };
}

function bernoulliFill(a: BoundArgs): Fill {
  const p = a.raw('p');
  if (p instanceof PyTensor) return bernoulliFromTensor(p.tensor);
  const probability = a.number('p', 0.5);
  return (generator, out) => {
    checkProbability(probability);
    random.bernoulliScalar(generator, out, probability);
  };
}

/** The float dtypes' exactly representable integer range for random_: 2^digits. */
const FLOAT_DIGITS: Partial<Record<DType, number>> = { float32: 24, float64: 53 };

/** random_(from, to) draws `from + draw % (to - from)`: checks the bounds against self's dtype as PyTorch does. */
function checkRandomBounds(dtype: DType, from: number, toInclusive: number): void {
  const digits = FLOAT_DIGITS[dtype];
  if (digits !== undefined) {
    const limit = 2 ** digits;
    if (from < -limit || toInclusive > limit) {
      throw notImplemented(`random_(): bounds beyond ±2^${digits} for ${dtype} (where PyTorch rounds them and warns) are not supported in agnb`);
    }
    return;
  }
  const [min, max] = INTEGER_RANGE[dtype]!;
  if (from < min || from > max) throw fail(`from is out of bounds for ${cppTypeName(dtype)}`);
  if (toInclusive < min || toInclusive > max) throw fail(`to - 1 is out of bounds for ${cppTypeName(dtype)}`);
}

/** random_() without bounds: PyTorch's modulus per dtype, and whether it draws 64 bits. */
const FULL_RANGE: Record<DType, { wide: boolean; modulus: bigint }> = {
  bool: { wide: false, modulus: 2n },
  uint8: { wide: false, modulus: 1n << 8n },
  int8: { wide: false, modulus: 1n << 7n },
  int16: { wide: false, modulus: 1n << 15n },
  int32: { wide: false, modulus: 1n << 31n },
  int64: { wide: true, modulus: 1n << 63n },
  float32: { wide: false, modulus: (1n << 24n) + 1n },
  float64: { wide: true, modulus: (1n << 53n) + 1n },
};

/** random_(), random_(to) and random_(from, to). */
function randomFill(a: BoundArgs): Fill {
  return (generator, out, self) => {
    if (!a.has('from') && !a.has('to')) {
      const { wide, modulus } = FULL_RANGE[self.dtype];
      random.randomModulo(generator, out, wide, modulus);
      return;
    }
    const [from, to] = a.has('to') ? [a.int('from', 0), a.int('to')] : [0, a.int('from')];
    if (from >= to) throw fail(`random_ expects 'from' to be less than 'to', but got from=${from} >= to=${to}`);
    checkRandomBounds(self.dtype, from, to - 1);
    const values = out instanceof Float64Array ? out : new Float64Array(out.length);
    random.randintFloat64(generator, values, from, to);
    if (values !== out) out.set(values);
  };
}

function exponentialFill(lambd: number): Fill {
  return (generator, out, self) => {
    if (!(lambd >= 0)) throw fail(`exponential_ expects lambda >= 0.0, but found lambda=${cppDouble(lambd)}`);
    requireFloating(self, 'exponential_cpu');
    random.exponential(generator, out, lambd);
  };
}

function geometricFill(p: number): Fill {
  return (generator, out, self) => {
    if (!(p > 0 && p < 1)) throw fail(`geometric_ expects p to be in (0, 1), but got p=${cppDouble(p)}`);
    if (self.dtype === 'bool') throw fail(`"geometric_cpu" not implemented for 'Bool'`);
    random.geometric(generator, out, p);
  };
}

function logNormalFill(mean: number, std: number): Fill {
  return (generator, out, self) => {
    if (!(std > 0)) throw fail(`log_normal_ expects std > 0.0, but found std=${cppDouble(std)}`);
    requireFloating(self, 'log_normal_cpu');
    random.logNormal(generator, out, mean, std);
  };
}

function cauchyFill(median: number, sigma: number): Fill {
  return (generator, out, self) => {
    requireFloating(self, 'cauchy_cpu');
    random.cauchy(generator, out, median, sigma);
  };
}

/** A Tensor method filling self in place with the fill its arguments describe. */
const inPlace = (signature: string, fillOf: (a: BoundArgs) => Fill): OpDefinition => ({ signature, on: 'tensor', run: (a) => fillInPlace(a, fillOf(a)) });

export const RANDOM_FILLS: Record<string, OpDefinition> = {
  uniform_: inPlace('input, from=, to=, *, generator=', (a) => uniformFill(a.number('from', 0), a.number('to', 1))),
  normal_: inPlace('input, mean=, std=, *, generator=', (a) => normalFill(a.number('mean', 0), a.number('std', 1))),
  bernoulli_: inPlace('input, p=, *, generator=', bernoulliFill),
  exponential_: inPlace('input, lambd=, *, generator=', (a) => exponentialFill(a.number('lambd', 1))),
  geometric_: inPlace('input, p, *, generator=', (a) => geometricFill(a.number('p'))),
  log_normal_: inPlace('input, mean=, std=, *, generator=', (a) => logNormalFill(a.number('mean', 1), a.number('std', 2))),
  cauchy_: inPlace('input, median=, sigma=, *, generator=', (a) => cauchyFill(a.number('median', 0), a.number('sigma', 1))),
  random_: inPlace('input, from=, to=, *, generator=', randomFill),
};

// ---- sampling functions

/** A fresh tensor of `shape` filled like `fill` fills self in place, drawing in `order`'s memory order. */
function sampled(shape: readonly number[], dtype: DType, generator: random.Generator, fill: Fill, order?: Tensor): Tensor {
  const out = engine.zeros(shape, dtype);
  const values = scratchFor(dtype, out.numel);
  fill(generator, values, out);
  writeInOrder(out, values, order);
  return out;
}

function checkStdTensor(std: Tensor): void {
  if (!valuesOf(std).every((value) => value >= 0)) throw fail('normal expects all elements of std >= 0.0');
}

const NORMAL_OVERLOADS = [
  '(Tensor mean, Tensor std, *, torch.Generator generator, Tensor out)',
  '(Tensor mean, float std, *, torch.Generator generator, Tensor out)',
  '(float mean, Tensor std, *, torch.Generator generator, Tensor out)',
  '(float mean, float std, tuple of ints size, *, torch.Generator generator, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)',
];

/**
 * torch.normal's four overloads. With a tensor mean or std PyTorch draws standard normals (or normal(0, std) for a
 * number std) into a tensor of the result's shape and dtype, then multiplies by std and adds mean in place.
 */
function normal(a: BoundArgs): Tensor {
  const generator = generatorOf(a);
  const meanArg = a.raw('mean');
  const stdArg = a.raw('std');
  const mean = meanArg instanceof PyTensor ? meanArg.tensor : undefined;
  const std = stdArg instanceof PyTensor ? stdArg.tensor : undefined;
  const inPlace = (out: Tensor, op: (out: Tensor, operand: Tensor) => Tensor, operand: Tensor) => engine.toDtype(op(out, engine.detach(operand)), out.dtype);
  if (mean && std) {
    checkStdTensor(std);
    const out = sampled(broadcastShapes(mean.shape, std.shape), mean.dtype, generator, normalFill(0, 1));
    return withZeroGradient('NormalBackward3', [mean, std], inPlace(inPlace(out, engine.mul, std), engine.add, mean));
  }
  if (mean) {
    const stdValue = a.number('std', 1);
    checkStd(stdValue);
    const out = sampled(mean.shape, mean.dtype, generator, normalFill(0, stdValue));
    return withZeroGradient('NormalBackward1', [mean], inPlace(out, engine.add, mean));
  }
  const meanValue = a.number('mean');
  if (std) {
    checkStdTensor(std);
    const out = sampled(std.shape, std.dtype, generator, normalFill(0, 1));
    return withZeroGradient('NormalBackward2', [std], inPlace(inPlace(out, engine.mul, std), engine.add, engine.full([], meanValue, std.dtype)));
  }
  if (!a.has('size')) {
    const got = [meanArg, stdArg].filter((value) => value !== undefined).map((value) => typeName(value!));
    throw typeError(`normal() received an invalid combination of arguments - got (${got.join(', ')}), but expected one of:\n${NORMAL_OVERLOADS.map((o) => ` * ${o}\n`).join('')}`);
  }
  const stdValue = a.number('std');
  checkStd(stdValue);
  checkDevice(a.raw('device'));
  const out = sampled(a.ints('size'), a.dtype() ?? engine.defaultFloatDtype(), generator, normalFill(meanValue, stdValue));
  if (a.bool('requires_grad')) setRequiresGrad(out, true);
  return out;
}

/**
 * torch.bernoulli(input): input holds the probabilities; torch.bernoulli(input, p): a number p for every element
 * (not differentiable: no node). The result is contiguous, drawn in row-major order.
 */
function bernoulli(a: BoundArgs): Tensor {
  const input = a.tensor('input');
  const generator = generatorOf(a);
  if (a.has('p')) {
    const p = a.number('p');
    const fill: Fill = (gen, out) => {
      checkProbability(p);
      random.bernoulliScalar(gen, out, p);
    };
    return sampled(input.shape, input.dtype, generator, fill);
  }
  return withZeroGradient('BernoulliBackward0', [input], sampled(input.shape, input.dtype, generator, bernoulliFromTensor(input)));
}

/**
 * torch.multinomial. With replacement: the cumulative-distribution search of engine/random (also for one sample:
 * PyTorch 1.13 takes its fast path only without replacement). Without: the Gumbel-max trick in exponential form,
 * q ~ Exp(1) drawn like exponential_ into a tensor shaped like input, then argmax (one sample) or topk of input / q.
 */
function multinomial(a: BoundArgs): Tensor {
  const input = engine.detach(a.tensor('input'));
  const samples = a.int('num_samples');
  const replacement = a.bool('replacement');
  if (input.ndim < 1 || input.ndim > 2) throw fail('prob_dist must be 1 or 2 dim');
  if (!isFloating(input.dtype)) throw fail(`multinomial only supports floating-point dtypes for input, got: ${scalarTypeName(input.dtype)}`);
  if (samples <= 0) throw fail('cannot sample n_sample <= 0 samples');
  const categories = input.shape[input.ndim - 1]!;
  if (!replacement && samples > categories) throw fail('cannot sample n_sample > prob_dist.size(-1) samples without replacement');
  if (categories > 2 ** 24) throw fail('number of categories cannot exceed 2^24');
  const rows = input.ndim === 2 ? input.shape[0]! : 1;
  const shape = input.ndim === 1 ? [samples] : [rows, samples];
  if (rows === 0) return engine.zeros(shape, 'int64');
  const generator = generatorOf(a);
  const probs = valuesOf(input);
  if (replacement) {
    return engine.Tensor.fromStorage(random.multinomialWithReplacement(generator, probs, rows, categories, samples), shape, 'int64');
  }
  if (!probs.every((p) => p >= 0 && p < Infinity)) throw fail('probability tensor contains either `inf`, `nan` or element < 0');
  for (let row = 0; row < rows; row++) {
    if (probs.subarray(row * categories, (row + 1) * categories).every((p) => p === 0)) throw fail('invalid multinomial distribution (sum of probabilities <= 0)');
  }
  const noise = sampled(input.shape, input.dtype, generator, (gen, out) => random.exponential(gen, out, 1), input);
  const ratio = engine.div(input, noise);
  return samples === 1 ? engine.argmax(ratio, -1, true) : engine.topk(ratio, samples).indices;
}

/** torch.poisson(rates): one sample per rate, in row-major order (the order of its contiguous result). */
function poisson(a: BoundArgs): Tensor {
  const input = a.tensor('input');
  requireFloating(input, 'poisson_cpu');
  const rates = valuesOf(input);
  const out = engine.zeros(input.shape, input.dtype);
  random.poisson(generatorOf(a), out.storage as FloatArray, rates);
  return withZeroGradient('PoissonBackward0', [input], out);
}

/** Sampling functions: torch.name, and Tensor.name where PyTorch has the method. */
export const SAMPLING: Record<string, OpDefinition> = {
  normal: { signature: 'mean, std=, size=, *, generator=, dtype=, device=, requires_grad=, layout=, pin_memory=', on: 'torch', run: normal },
  bernoulli: { signature: 'input, p=, *, generator=', run: bernoulli },
  multinomial: { signature: 'input, num_samples, replacement=, *, generator=', run: multinomial },
  poisson: { signature: 'input, generator=', on: 'torch', run: poisson },
};
