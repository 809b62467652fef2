// Compares engine/tensor/print with repr() from real PyTorch 1.13 over the cases in
// test/fixtures/print/tensors.json (written by tools/gen-print-fixtures.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultPrintOptions,
  formatSize,
  formatTensor,
  setPrintOptions,
  type ElementValues,
  type PrintDType,
  type PrintOptionsRequest,
} from '../../engine/tensor/print/index';

interface FixtureCase {
  name: string;
  dtype: PrintDType;
  shape: number[];
  values: string | (string | number)[];
  options?: PrintOptionsRequest;
  suffixes: { requiresGrad: boolean; gradFn: string | null; isParameter: boolean };
  repr: string;
}

interface Fixture {
  cases: FixtureCase[];
  sizes: { shape: number[]; str: string }[];
  large: { expression: string; repr: string };
}

const fixture = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'print', 'tensors.json'), 'utf8'),
) as Fixture;

/** Rebuilds the exact elements: floats from their little-endian bytes, int64 from decimal strings. */
function decodeValues(testCase: FixtureCase): ElementValues {
  const { dtype, values } = testCase;
  if (typeof values === 'string') {
    const bytes = Uint8Array.from(Buffer.from(values, 'base64'));
    return dtype === 'float64' ? new Float64Array(bytes.buffer) : new Float32Array(bytes.buffer);
  }
  if (dtype === 'int64') return BigInt64Array.from(values, (v) => BigInt(v));
  if (dtype === 'bool') return values.map((v) => v === 1);
  return Int32Array.from(values, Number);
}

test('the fixture covers the reference transcript and more', () => {
  assert.ok(fixture.cases.length >= 500, `only ${fixture.cases.length} cases`);
});

for (const testCase of fixture.cases) {
  test(`repr: ${testCase.name}`, () => {
    const options = setPrintOptions(defaultPrintOptions, testCase.options ?? {});
    const { requiresGrad, gradFn, isParameter } = testCase.suffixes;
    const suffixes = { requiresGrad, isParameter, ...(gradFn === null ? {} : { gradFn }) };
    assert.equal(formatTensor(decodeValues(testCase), testCase.shape, testCase.dtype, suffixes, options), testCase.repr);
  });
}

test('torch.Size', () => {
  for (const { shape, str } of fixture.sizes) assert.equal(formatSize(shape), str);
});

test(`a summarised 1000x1000 tensor: ${fixture.large.expression}`, () => {
  const values = new Float32Array(1_000_000).map((_, i) => i / 7);
  assert.equal(formatTensor(values, [1000, 1000], 'float32'), fixture.large.repr);
});

test('set_printoptions: profiles, overrides, and sci_mode resetting to None', () => {
  const short = setPrintOptions(defaultPrintOptions, { profile: 'short', sciMode: true });
  assert.deepEqual({ ...short }, { precision: 2, threshold: 1000, edgeitems: 2, linewidth: 80, sciMode: true });
  const full = setPrintOptions(short, { profile: 'full', linewidth: 100 });
  assert.deepEqual({ ...full }, { precision: 4, threshold: Infinity, edgeitems: 3, linewidth: 100, sciMode: null });
  const kept = setPrintOptions(full, { precision: 6 });
  assert.deepEqual({ ...kept }, { ...full, precision: 6 });
});
