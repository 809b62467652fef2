// engine/random against the full shared reference, element by element:
// ../shared/reference/pytorch/rng_reference.json (PyTorch 1.13.1, including the 100352-value
// Linear(784, 128) weights that torch_rng.json keeps only as digests). The shared folder sits
// beside the repository on CI machines; without it this test is reported as skipped, while
// randomReference.test.ts still checks every one of these cases through the committed fixture.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compare } from '../fixtures/rng/compare';
import { recipe } from '../fixtures/rng/recipes';

const sharedPath = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'pytorch', 'rng_reference.json');
const noStates = (name: string): Uint8Array => {
  throw new Error(`the shared reference has no generator state ${name}`);
};

test('every value of the shared rng_reference.json', { skip: !existsSync(sharedPath) && `${sharedPath} not found` }, (t) => {
  const shared = JSON.parse(readFileSync(sharedPath, 'utf8')) as Record<string, (string | number)[] | number>;
  const totals = { float32: [0, 0], float64: [0, 0], integer: [0, 0] };
  for (const [name, expected] of Object.entries(shared)) {
    const sample = recipe(name, noStates);
    const values = (Array.isArray(expected) ? expected : [expected]).map(String);
    const result = compare(sample, { dtype: sample.dtype, values });
    assert.equal(result.firstMismatch, undefined, `${name}: ${result.firstMismatch}`);
    const bucket = sample.dtype === 'float32' || sample.dtype === 'float64' ? totals[sample.dtype] : totals.integer;
    bucket[0] += result.exact;
    bucket[1] += result.count;
  }
  for (const [kind, [exact, count]] of Object.entries(totals)) t.diagnostic(`${kind}: ${exact}/${count} exact`);
  assert.equal(totals.float32[0], totals.float32[1], 'every float32 value is bit-exact');
  assert.equal(totals.float64[0], totals.float64[1], 'every float64 value is bit-exact');
  assert.equal(totals.integer[0], totals.integer[1]);
});
