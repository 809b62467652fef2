// torch.Generator for the CPU: an MT19937 plus the spare Box–Muller normal that
// at::normal_distribution<double> caches between calls.
import { MT19937, MT_STATE_WORDS } from './mt19937';

/** Seed of a fresh `torch.Generator()` (c10's default_rng_seed_val). */
export const DEFAULT_RNG_SEED = 67280421310721n;

/** Size of `torch.get_rng_state()` in PyTorch 1.13 (CPUGeneratorImplState). */
export const RNG_STATE_BYTES = 5056;
/** Size of the legacy state (THGeneratorState: the same layout without the float normal), also accepted. */
const LEGACY_RNG_STATE_BYTES = 5048;

// CPUGeneratorImplState byte layout (little-endian, x86-64 alignment).
const AT_INITIAL_SEED = 0; // uint64
const AT_LEFT = 8; // int32
const AT_SEEDED = 12; // int32
const AT_NEXT = 16; // uint64
const AT_WORDS = 24; // uint64[624], each holding one uint32 word
const AT_NORMAL_Y = 5024; // double: the cached normal (normal_x and normal_rho stay 0)
const AT_NORMAL_VALID = 5040; // int32
// 5048: float next_float_normal_sample and 5052: its bool. No CPU kernel of 1.13 that we
// reproduce uses the float cache, so it is written as absent and ignored when read.

const UINT64_MAX = (1n << 64n) - 1n;
const INT64_MIN = -(1n << 63n);

export class Generator {
  private readonly engine = new MT19937();
  private seedValue = 0n;
  /** Set by seedOnFirstUse(): the state is drawn from OS entropy when something first reads it. */
  private entropyPending = false;
  /** The spare sample of the last scalar Box–Muller pair, or undefined (next_double_normal_sample). */
  cachedNormal: number | undefined = undefined;

  constructor(seed: bigint | number = DEFAULT_RNG_SEED) {
    this.manualSeed(seed);
  }

  /**
   * torch.manual_seed / Generator.manual_seed. The seed is a uint64: negative values in
   * [-2^63, 0) wrap (two's complement); only its low 32 bits seed the MT. Clears the cached normal.
   */
  manualSeed(seed: bigint | number): this {
    const value = typeof seed === 'bigint' ? seed : BigInt(Math.trunc(seed));
    if (value < INT64_MIN || value > UINT64_MAX) throw new RangeError('Overflow when unpacking long');
    this.seedValue = BigInt.asUintN(64, value);
    this.entropyPending = false;
    this.engine.seed(Number(this.seedValue & 0xffffffffn));
    this.cachedNormal = undefined;
    return this;
  }

  initialSeed(): bigint {
    if (this.entropyPending) this.seed();
    return this.seedValue;
  }

  /** torch.seed(): reseed from 64 bits of OS entropy (PyTorch reads /dev/urandom) and return the seed. */
  seed(): bigint {
    const words = crypto.getRandomValues(new Uint32Array(2));
    const seed = (BigInt(words[0]) << 32n) | BigInt(words[1]);
    this.manualSeed(seed);
    return seed;
  }

  /**
   * seed(), deferred until the state is first read: a notebook that calls manual_seed first (or draws nothing)
   * never waits for the OS's entropy source, whose first use costs milliseconds of a kernel's start.
   */
  seedOnFirstUse(): void {
    this.entropyPending = true;
  }

  /** One uint32 draw. */
  random(): number {
    if (this.entropyPending) this.seed();
    return this.engine.nextUint32();
  }

  /** Two draws, high word first. Hot paths read the two words with random() instead. */
  random64(): bigint {
    if (this.entropyPending) this.seed();
    const hi = this.engine.nextUint32();
    const lo = this.engine.nextUint32();
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  /** torch.get_rng_state(): the 5056 bytes PyTorch 1.13 produces for the same generator state. */
  getState(): Uint8Array {
    if (this.entropyPending) this.seed();
    const bytes = new Uint8Array(RNG_STATE_BYTES);
    const view = new DataView(bytes.buffer);
    view.setBigUint64(AT_INITIAL_SEED, this.seedValue, true);
    view.setInt32(AT_LEFT, this.engine.left, true);
    view.setInt32(AT_SEEDED, 1, true);
    view.setBigUint64(AT_NEXT, BigInt(this.engine.next), true);
    for (let k = 0; k < MT_STATE_WORDS; k++) view.setUint32(AT_WORDS + 8 * k, this.engine.state[k], true);
    if (this.cachedNormal !== undefined) {
      view.setFloat64(AT_NORMAL_Y, this.cachedNormal, true);
      view.setInt32(AT_NORMAL_VALID, 1, true);
    }
    return bytes;
  }

  /** torch.set_rng_state(): accepts what getState() (or PyTorch 1.13's get_rng_state, or the legacy layout) returns. */
  setState(bytes: Uint8Array): void {
    if (bytes.length !== RNG_STATE_BYTES && bytes.length !== LEGACY_RNG_STATE_BYTES) {
      throw new RangeError(
        `Expected either a CPUGeneratorImplStateLegacy of size ${LEGACY_RNG_STATE_BYTES} or a CPUGeneratorImplState of size ` +
          `${RNG_STATE_BYTES} but found the input RNG state size to be ${bytes.length}`,
      );
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const left = view.getInt32(AT_LEFT, true);
    const next = view.getBigUint64(AT_NEXT, true) & 0xffffffffn; // PyTorch keeps next as a uint32
    const seeded = view.getInt32(AT_SEEDED, true) !== 0;
    if (!seeded || left <= 0 || left > MT_STATE_WORDS || next > BigInt(MT_STATE_WORDS)) {
      throw new RangeError('Invalid mt19937 state');
    }
    this.seedValue = view.getBigUint64(AT_INITIAL_SEED, true);
    this.entropyPending = false;
    for (let k = 0; k < MT_STATE_WORDS; k++) this.engine.state[k] = view.getUint32(AT_WORDS + 8 * k, true);
    this.engine.left = left;
    this.engine.next = Number(next);
    this.cachedNormal = view.getInt32(AT_NORMAL_VALID, true) !== 0 ? view.getFloat64(AT_NORMAL_Y, true) : undefined;
  }
}
