// A seeded xorshift32 stream of uniform numbers in [0, 1), for tests that need many varied but repeatable inputs.
export function xorshift(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}
