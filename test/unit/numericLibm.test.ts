// engine/numeric/libm.ts against this machine's glibc (test/fixtures/numeric/libm_float64.json, written by
// tools/gen_libm_fixtures.py through ctypes): log, exp, erf, sin and cos bit for bit over sweeps that cover
// every branch of glibc's code, subnormals and special values included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { libmCosFloat64, libmErfFloat64, libmExpFloat64, libmLogFloat64, libmSinFloat64 } from '../../engine/numeric/libm';

const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/numeric/libm_float64.json'), 'utf8')) as Record<
  string,
  { inputs: string; outputs: string }
>;

const decode = (base64: string): Float64Array => {
  const bytes = Buffer.from(base64, 'base64');
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

const functions: Record<string, (x: number) => number> = {
  log: libmLogFloat64,
  exp: libmExpFloat64,
  erf: libmErfFloat64,
  sin: libmSinFloat64,
  cos: libmCosFloat64,
};

for (const [name, fn] of Object.entries(functions)) {
  test(`${name} matches glibc bit for bit`, () => {
    const inputs = decode(fixture[name]!.inputs);
    const expected = decode(fixture[name]!.outputs);
    assert.ok(inputs.length > 5000);
    const mismatches: string[] = [];
    for (let i = 0; i < inputs.length; i++) {
      const actual = fn(inputs[i]!);
      if (!Object.is(actual, expected[i]) && !(actual !== actual && expected[i] !== expected[i])) {
        mismatches.push(`${name}(${inputs[i]}) = ${actual}, glibc ${expected[i]}`);
      }
    }
    assert.deepEqual(mismatches.slice(0, 5), [], `${mismatches.length} of ${inputs.length} differ`);
  });
}
