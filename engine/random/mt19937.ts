// MT19937, the 32-bit Mersenne Twister behind every PyTorch CPU generator (at::mt19937).
// `left` and `next` follow PyTorch's bookkeeping exactly so that get_rng_state bytes match:
// seeding sets left = 1, next = 0; the first draw regenerates the 624 words.

export const MT_STATE_WORDS = 624;
const SHIFT = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MT19937 {
  readonly state = new Uint32Array(MT_STATE_WORDS);
  left = 1;
  next = 0;

  seed(seed32: number): void {
    const s = this.state;
    s[0] = seed32 >>> 0;
    for (let j = 1; j < MT_STATE_WORDS; j++) {
      const prev = s[j - 1] ^ (s[j - 1] >>> 30);
      s[j] = Math.imul(1812433253, prev) + j;
    }
    this.left = 1;
    this.next = 0;
  }

  nextUint32(): number {
    if (--this.left === 0) this.twist();
    let y = this.state[this.next++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  private twist(): void {
    const s = this.state;
    // Three loops instead of index arithmetic modulo 624: k + 1 and k + 397 wrap at different k.
    let k = 0;
    for (; k < MT_STATE_WORDS - SHIFT; k++) s[k] = s[k + SHIFT] ^ mix(s[k], s[k + 1]);
    for (; k < MT_STATE_WORDS - 1; k++) s[k] = s[k + SHIFT - MT_STATE_WORDS] ^ mix(s[k], s[k + 1]);
    s[k] = s[SHIFT - 1] ^ mix(s[k], s[0]);
    this.left = MT_STATE_WORDS;
    this.next = 0;
  }
}

/** The twist's combination of one word's top bit with the next word's low 31 bits. */
function mix(word: number, nextWord: number): number {
  const y = (word & UPPER_MASK) | (nextWord & LOWER_MASK);
  return (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
}
