// PyTorch 1.13's CPU random streams, bit for bit (the same numbers for the same manual_seed).
//
// Generator                       torch.Generator: MT19937 + the cached Box–Muller normal
//   new Generator(seed?)            seed defaults to 67280421310721 like torch.Generator()
//   manualSeed(seed) / initialSeed()  uint64 seeds; negatives wrap; the low 32 bits seed the MT
//   seed()                          reseed from OS entropy (torch.seed()), returns the seed
//   seedOnFirstUse()                seed() when the state is first read (draws, initialSeed, getState)
//   getState() / setState(bytes)    torch.get_rng_state()'s 5056-byte layout
//   random() / random64()           one uint32 / one uint64 (bigint, high word drawn first)
// defaultGenerator                torch.default_generator, seeded from entropy like PyTorch's
//
// Fill functions write `out` in PyTorch's element order and consume exactly the draws PyTorch
// does, so calls interleave like PyTorch's. That order is row-major for a contiguous tensor; for a
// non-contiguous view it is TensorIterator's (dimensions sorted by stride, i.e. increasing memory
// address): fill a scratch array and scatter it into the view.
//
//   uniformFloat32 / uniformFloat64(gen, out, from, to)           torch.rand, uniform_ (uniform: by array type)
//   normalFloat32 / normalFloat64(gen, out, mean, std, contiguous) torch.randn, normal_ (normal: by array type)
//     (< 16 elements or non-contiguous: scalar path using the cached normal; else 16-blocks)
//   randintFloat64(gen, out, low, high)                            torch.randint into int64
//     values held as doubles (exact below 2^53); randintBigInt64 for the full int64 range
//   randperm(gen, n) -> Float64Array                               torch.randperm
//   bernoulliScalar(gen, out, p), bernoulliTensor(gen, out, probs) bernoulli_(p), bernoulli(probs)
//   dropoutNoise(gen, out, p)                                      F.dropout's mask / (1 - p)
//   randomModulo(gen, out, wide, modulus)                          random_() without bounds
//   exponential / geometric / logNormal / cauchy(gen, out, ...)     exponential_, geometric_, log_normal_, cauchy_
//   poisson(gen, out, rates)                                       torch.poisson
//   multinomialWithReplacement(gen, probs, rows, categories, n)    torch.multinomial(replacement=True)
//   linearInitBounds(fanIn), kaimingUniformBound(fanIn, a)          nn.Linear's init bounds;
//     draw the weight then the bias with uniformFloat32(gen, w, -bound, bound)
//
// Exactness: every float32 stream is bit-exact. float64 results that go through log/sin/cos
// (randn/normal_ in float64, exponential_) use V8's Math and can differ from glibc by 1-2 ulp.
// Errors are RangeErrors; where PyTorch raises too, the message is its RuntimeError's.
import { Generator } from './generator';

export { DEFAULT_RNG_SEED, Generator, RNG_STATE_BYTES } from './generator';
export { uniform, uniformFloat32, uniformFloat64 } from './uniform';
export { normal, normalFloat32, normalFloat64 } from './normal';
export { randintBigInt64, randintFloat64, randomModulo, randperm } from './integers';
export { bernoulliScalar, bernoulliTensor, dropoutNoise, type NumericArray } from './bernoulli';
export { cauchy, exponential, geometric, logNormal } from './distributions';
export { multinomialWithReplacement } from './multinomial';
export { poisson } from './poisson';
export { kaimingUniformBound, linearInitBounds } from './init';

/** torch.default_generator: like PyTorch's, seeded non-deterministically until manualSeed. */
export const defaultGenerator = new Generator();
defaultGenerator.seedOnFirstUse();
