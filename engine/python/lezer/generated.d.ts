// Types for the parser module that tools/python-grammar.mjs generates (gitignored, so no .d.ts sits next to it).
declare module '*/lezer/parser.generated.js' {
  import type { LRParser } from '@lezer/lr';
  export const parser: LRParser;
}
