// A Python str is a JS string. Python counts, indexes and slices code points while JS strings are UTF-16, so
// characters beyond U+FFFF (emoji, some CJK) take two units. Strings without surrogate pairs, nearly all of
// them, are used directly; for the others the code points are split out once and kept in a small cache, so
// indexing such a string in a loop stays O(1).

const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/;
/** Strings shorter than this are checked on every call, so they do not push long strings out of the cache. */
const CACHE_MIN_LENGTH = 64;
const CACHE_SIZE = 4;
const cachedStrings: string[] = new Array<string>(CACHE_SIZE).fill('');
const cachedChars: (string[] | null)[] = new Array<string[] | null>(CACHE_SIZE).fill(null);
let nextSlot = 0;

/** The characters of `s` when some take two UTF-16 units; null when every unit is one character. */
export function astralChars(s: string): string[] | null {
  if (s.length < 2) return null;
  if (s.length < CACHE_MIN_LENGTH) return hasSurrogatePair(s) ? Array.from(s) : null;
  for (let i = 0; i < CACHE_SIZE; i++) if (cachedStrings[i] === s) return cachedChars[i];
  const chars = SURROGATE_PAIR.test(s) ? Array.from(s) : null;
  cachedStrings[nextSlot] = s;
  cachedChars[nextSlot] = chars;
  nextSlot = (nextSlot + 1) % CACHE_SIZE;
  return chars;
}

function hasSurrogatePair(s: string): boolean {
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) return true;
    }
  }
  return false;
}

/** len(s): its number of code points. */
export function strLength(s: string): number {
  const chars = astralChars(s);
  return chars === null ? s.length : chars.length;
}

/** The UTF-16 offset of code point `index` (0 ≤ index ≤ length) of a string whose characters are `chars`. */
export function unitOffset(chars: readonly string[], index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) offset += chars[i].length;
  return offset;
}

/** The code point index of UTF-16 offset `offset` (which must not split a pair). */
export function charIndex(s: string, offset: number): number {
  let index = 0;
  for (let i = 0; i < offset; i++, index++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < offset) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  return index;
}

/** Code point order (JS's `<` on strings compares UTF-16 units, which puts U+E000..U+FFFF after emoji). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Only where one side is a surrogate and the other is above the surrogate range does unit order differ.
      const xs = x >= 0xd800 && x < 0xe000;
      const ys = y >= 0xd800 && y < 0xe000;
      if (xs !== ys && (xs ? y : x) >= 0xe000) return xs ? 1 : -1;
      return x < y ? -1 : 1;
    }
  }
  return a.length - b.length < 0 ? -1 : a.length === b.length ? 0 : 1;
}
