// Python's '{:.Nf}' and '{:.Ne}' for single doubles, compared with CPython's output in
// test/fixtures/print/float-format.json (written by tools/gen-print-fixtures.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatExponential, formatFixed } from '../../engine/tensor/print/index';

type FormatCase = [bitsHex: string, precision: number, fixed: string, exponential: string];

const { cases } = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'print', 'float-format.json'), 'utf8'),
) as { cases: FormatCase[] };

function doubleFromHex(bitsHex: string): number {
  return Buffer.from(bitsHex, 'hex').readDoubleLE(0);
}

test('float format fixture is substantial', () => {
  assert.ok(cases.length >= 3000, `only ${cases.length} cases`);
});

test('fixed notation matches CPython, ties to even included', () => {
  const mismatches = cases
    .map(([bits, precision, fixed]) => ({ value: doubleFromHex(bits), precision, expected: fixed }))
    .map((c) => ({ ...c, actual: formatFixed(c.value, c.precision) }))
    .filter((c) => c.actual !== c.expected);
  assert.deepEqual(mismatches, []);
});

test('scientific notation matches CPython, ties to even included', () => {
  const mismatches = cases
    .map(([bits, precision, , exponential]) => ({ value: doubleFromHex(bits), precision, expected: exponential }))
    .map((c) => ({ ...c, actual: formatExponential(c.value, c.precision) }))
    .filter((c) => c.actual !== c.expected);
  assert.deepEqual(mismatches, []);
});

test('halfway cases where JS rounds away from zero and Python to even', () => {
  assert.equal(formatFixed(0.125, 2), '0.12');
  assert.equal(formatFixed(-0.03125, 4), '-0.0312');
  assert.equal(formatFixed(2.5, 0), '2');
  assert.equal(formatExponential(123465, 4), '1.2346e+05');
  assert.equal(formatFixed(-0, 4), '-0.0000');
  assert.equal(formatFixed(1e22, 1), '10000000000000000000000.0');
});
