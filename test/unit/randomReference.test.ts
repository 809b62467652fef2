// engine/random against PyTorch 1.13.1: every case in test/fixtures/rng/torch_rng.json (written
// by tools/gen-rng-fixtures.py with real PyTorch; it includes all 76 cases of the shared
// rng_reference.json) is rebuilt from its name and compared bit for bit, float64 normals and
// exponentials (glibc's log, sin and cos) included.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compare, type StoredCase } from '../fixtures/rng/compare';
import { recipe } from '../fixtures/rng/recipes';

const fixturePath = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'rng', 'torch_rng.json');
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as {
  pytorch: { torch: string; mkl: boolean; avx2: boolean };
  cases: Record<string, StoredCase>;
};
const stateBytes = (name: string): Uint8Array => {
  const stored = fixture.cases[name];
  assert.ok(stored && 'values' in stored && typeof stored.values === 'string', `no stored state ${name}`);
  return new Uint8Array(Buffer.from(stored.values as string, 'base64'));
};

test('the fixture comes from PyTorch 1.13 on AVX2 without MKL and holds the shared reference cases', () => {
  assert.match(fixture.pytorch.torch, /^1\.13\./);
  assert.equal(fixture.pytorch.avx2, true);
  assert.equal(fixture.pytorch.mkl, false);
  for (const name of ['randn/0/1000', 'linear784x128/42/weight', 'seq2/42', 'randperm100/0', 'dropout/42']) {
    assert.ok(name in fixture.cases, name);
  }
  assert.ok(Object.keys(fixture.cases).length >= 160);
});

for (const [name, stored] of Object.entries(fixture.cases)) {
  test(name, () => {
    const result = compare(recipe(name, stateBytes), stored);
    assert.equal(result.firstMismatch, undefined, `${name}: ${result.firstMismatch}`);
    assert.equal(result.exact, result.count, `${name}: ${result.count - result.exact} values differ`);
  });
}
