// Generator semantics against PyTorch 1.13 (see ../shared/reference/pytorch/seed_semantics.txt):
// uint64 seeds, the cached normal, get/set_rng_state, torch.seed(), and integer edge cases.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import {
  DEFAULT_RNG_SEED,
  Generator,
  RNG_STATE_BYTES,
  defaultGenerator,
  normalFloat32,
  randintBigInt64,
  randintFloat64,
  randperm,
} from '../../engine/random';

function draws(gen: Generator, n = 8): number[] {
  return Array.from({ length: n }, () => gen.random());
}

function randn(gen: Generator, n: number): Float32Array {
  const out = new Float32Array(n);
  normalFloat32(gen, out, 0, 1);
  return out;
}

test('manual_seed(2**32) gives the stream of manual_seed(0) but keeps its own initial seed', () => {
  const wrapped = new Generator(2n ** 32n);
  assert.deepEqual(draws(wrapped), draws(new Generator(0)));
  assert.equal(wrapped.initialSeed(), 2n ** 32n);
});

test('negative seeds wrap to uint64; the low 32 bits pick the stream', () => {
  const minusOne = new Generator(-1);
  assert.equal(minusOne.initialSeed(), 2n ** 64n - 1n);
  assert.deepEqual(draws(minusOne), draws(new Generator(0xffffffff)));
  assert.notDeepEqual(draws(new Generator(-1)), draws(new Generator(2n ** 64n - 2n)));
  assert.equal(new Generator(-(2n ** 63n)).initialSeed(), 2n ** 63n);
  assert.equal(new Generator(1.5).initialSeed(), 1n, 'numbers are truncated like int()');
});

test('seeds outside [-2^63, 2^64) raise the overflow error', () => {
  assert.throws(() => new Generator(2n ** 64n), /Overflow when unpacking long/);
  assert.throws(() => new Generator(-(2n ** 63n) - 1n), /Overflow when unpacking long/);
});

test('a fresh Generator has torch.Generator()\'s default seed; the default generator is seeded from entropy', () => {
  assert.equal(new Generator().initialSeed(), DEFAULT_RNG_SEED);
  assert.ok(defaultGenerator instanceof Generator);
  assert.notEqual(defaultGenerator.initialSeed(), DEFAULT_RNG_SEED);
});

test('seed() reseeds from entropy with a uint64 and returns it', () => {
  const gen = new Generator(3);
  gen.random();
  const seed = gen.seed();
  assert.ok(seed >= 0n && seed < 2n ** 64n);
  assert.equal(gen.initialSeed(), seed);
  assert.deepEqual(draws(gen), draws(new Generator(seed)));
  assert.notEqual(gen.seed(), seed);
});

test('seedOnFirstUse() draws the entropy seed when the state is first read, unless a seed came first', () => {
  const drawn = new Generator(3);
  drawn.seedOnFirstUse();
  const first = drawn.random();
  const seed = drawn.initialSeed();
  assert.notEqual(seed, 3n);
  const same = new Generator(seed);
  assert.deepEqual([first, ...draws(drawn)], draws(same, 9));

  const asked = new Generator(3);
  asked.seedOnFirstUse();
  assert.notEqual(asked.initialSeed(), 3n);
  assert.deepEqual(draws(asked), draws(new Generator(asked.initialSeed())));

  const seeded = new Generator(3);
  seeded.seedOnFirstUse();
  seeded.manualSeed(5);
  assert.equal(seeded.initialSeed(), 5n);
  assert.deepEqual(draws(seeded), draws(new Generator(5)));

  const restored = new Generator(3);
  restored.seedOnFirstUse();
  restored.setState(new Generator(7).getState());
  assert.equal(restored.initialSeed(), 7n);
  assert.deepEqual(draws(restored), draws(new Generator(7)));
});

test('random64 draws the high word first', () => {
  const [hi, lo] = draws(new Generator(9), 2);
  assert.equal(new Generator(9).random64(), (BigInt(hi) << 32n) | BigInt(lo));
});

test('the cached normal survives other draws until manual_seed clears it', () => {
  const gen = new Generator(0);
  const first = randn(gen, 3);
  assert.notEqual(gen.cachedNormal, undefined);
  gen.manualSeed(0);
  assert.equal(gen.cachedNormal, undefined);
  assert.deepEqual(randn(gen, 3), first);
  randn(gen, 16); // the 16-block path neither reads nor clears the cache
  assert.notEqual(gen.cachedNormal, undefined);
});

test('getState has PyTorch 1.13\'s 5056-byte layout and setState restores stream and cache', () => {
  const gen = new Generator(5);
  randn(gen, 3);
  const state = gen.getState();
  assert.equal(state.length, RNG_STATE_BYTES);
  const view = new DataView(state.buffer);
  assert.equal(view.getBigUint64(0, true), 5n, 'initial seed');
  assert.equal(view.getInt32(8, true), 617, 'left: 624 minus the 7 draws after the twist');
  assert.equal(view.getBigUint64(16, true), 8n, 'next');
  assert.equal(view.getInt32(5040, true), 1, 'a normal is cached');
  const expected = randn(gen, 5);
  const restored = new Generator();
  restored.setState(state);
  assert.equal(restored.initialSeed(), 5n);
  assert.deepEqual(randn(restored, 5), expected);
  assert.deepEqual(restored.getState(), gen.getState());
});

test('setState rejects wrong sizes and invalid MT bookkeeping like PyTorch', () => {
  const gen = new Generator(3);
  assert.throws(() => gen.setState(new Uint8Array(10)), /CPUGeneratorImplState of size 5056 but found the input RNG state size to be 10/);
  const state = gen.getState();
  new DataView(state.buffer).setBigUint64(16, 700n, true);
  assert.throws(() => gen.setState(state), /Invalid mt19937 state/);
});

test('randintFloat64 draws exactly what randintBigInt64 draws for ranges within 2^53', () => {
  const ranges: [number, number][] = [[-5, 5], [0, 2 ** 32], [-(2 ** 40), 2 ** 40], [0, 2 ** 53], [2 ** 52, 2 ** 53], [-(2 ** 53), 0]];
  for (const [low, high] of ranges) {
    const asFloats = new Float64Array(500);
    const asBigInts = new BigInt64Array(500);
    randintFloat64(new Generator(11), asFloats, low, high);
    randintBigInt64(new Generator(11), asBigInts, BigInt(low), BigInt(high));
    assert.deepEqual(Array.from(asFloats, BigInt), Array.from(asBigInts), `[${low}, ${high})`);
  }
});

test('randint rejects empty ranges and bounds a double cannot hold exactly', () => {
  const gen = new Generator(1);
  assert.throws(() => randintFloat64(gen, new Float64Array(1), 5, 5), /expects 'from' to be less than 'to', but got from=5 >= to=5/);
  assert.throws(() => randintBigInt64(gen, new BigInt64Array(1), 5n, 2n), /from=5 >= to=2/);
  assert.throws(() => randintFloat64(gen, new Float64Array(1), 0, 2 ** 54), RangeError);
  assert.throws(() => randintFloat64(gen, new Float64Array(1), 0.5, 3), RangeError);
});

test('randperm(0) and randperm(1) draw nothing', () => {
  const gen = new Generator(4);
  const before = gen.getState();
  assert.deepEqual(Array.from(randperm(gen, 0)), []);
  assert.deepEqual(Array.from(randperm(gen, 1)), [0]);
  assert.deepEqual(gen.getState(), before);
});
