// Hovers, completions and signatures from a live kernel (engine/inspection.ts): what they report about a
// notebook's names must be what real PyTorch holds after the same program (test/fixtures/inspection, written by
// tools/gen_inspection_fixtures.py), and inspecting must never run notebook code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kernel, type HoverInfo } from '../../engine/kernel';

interface Fixture {
  program: string;
  hovers: Record<string, Omit<HoverInfo, 'expression'>>;
  dirs: Record<string, string[]>;
}

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'inspection', 'live-state.json'), 'utf8')) as Fixture;

function kernelWith(program: string): { kernel: Kernel; printed: string[] } {
  const printed: string[] = [];
  const kernel = new Kernel({ write: (_stream, text) => printed.push(text), interruptRequested: () => false });
  const reply = kernel.execute(program);
  assert.equal(reply.status, 'ok', JSON.stringify(reply.outputs));
  return { kernel, printed };
}

const { kernel } = kernelWith(fixture.program);

for (const [expression, expected] of Object.entries(fixture.hovers)) {
  test(`hover ${expression} shows what PyTorch holds`, () => {
    const info = kernel.inspect({ kind: 'hover', expression });
    assert.ok(info, `no hover for ${expression}`);
    assert.equal(info.type, expected.type);
    if (expected.tensor) {
      const { grad, ...rest } = expected.tensor;
      assert.ok(info.tensor);
      const { grad: actualGrad, ...actualRest } = info.tensor;
      assert.deepEqual(actualRest, rest);
      if (grad === null) assert.equal(actualGrad, null);
      else {
        assert.ok(actualGrad);
        assert.deepEqual(actualGrad.shape, grad.shape);
        // PyTorch computes the norm in float32; the hover shows 6 significant digits.
        assert.ok(Math.abs(actualGrad.norm - grad.norm) <= 1e-6 * grad.norm, `${actualGrad.norm} vs ${grad.norm}`);
      }
    } else {
      assert.equal(info.tensor, undefined);
      assert.equal(info.repr, expected.repr);
      assert.deepEqual(info.parameters, expected.parameters);
      assert.equal(info.totalParameters, expected.totalParameters);
    }
  });
}

for (const [chain, names] of Object.entries(fixture.dirs)) {
  test(`completions after ${chain}. are attributes PyTorch has`, () => {
    const offered = kernel.inspect({ kind: 'complete', chain }).map((entry) => entry.name).filter((name) => !name.startsWith('_'));
    assert.ok(offered.length > 5, `only ${offered.length} completions`);
    const real = new Set(names);
    assert.deepEqual(offered.filter((name) => !real.has(name)), []);
  });
}

test('completions after w. offer its grad, requires_grad, shape and backward; model. offers its submodules', () => {
  const offered = (chain: string) => new Set(kernel.inspect({ kind: 'complete', chain }).map((entry) => entry.name));
  for (const name of ['grad', 'requires_grad', 'shape', 'backward', 'sum']) assert.ok(offered('w').has(name), name);
  for (const name of ['weight', 'bias', 'parameters', 'forward']) assert.ok(offered('fc').has(name), name);
  for (const name of ['Linear', 'Sequential', 'functional']) assert.ok(offered('nn').has(name), name);
  const bare = offered('');
  for (const name of ['w', 'model', 'print', 'len', 'torch']) assert.ok(bare.has(name), name);
});

test('a kernel that ran nothing still completes torch, torch.nn and F, without importing them for the notebook', () => {
  const fresh = new Kernel({ write: () => {}, interruptRequested: () => false });
  const torchNames = fresh.inspect({ kind: 'complete', chain: 'torch' }).map((entry) => entry.name);
  assert.ok(torchNames.includes('zeros') && torchNames.includes('nn'));
  assert.ok(fresh.inspect({ kind: 'complete', chain: 'F' }).some((entry) => entry.name === 'relu'));
  const reply = fresh.execute('torch');
  assert.equal(reply.outputs[0]?.output_type === 'error' && reply.outputs[0].ename, 'NameError');
});

test('signatures come from the op tables, with a one-line doc, named as the code names them', () => {
  const zeros = kernel.inspect({ kind: 'signature', expression: 'torch.zeros' });
  assert.equal(zeros?.name, 'torch.zeros');
  assert.equal(zeros?.parameters[0], '*size');
  assert.ok(zeros?.parameters.includes('requires_grad=…'));
  assert.ok(zeros?.doc);
  const sum = kernel.inspect({ kind: 'signature', expression: 'w.sum' });
  assert.equal(sum?.parameters[0], 'dim=…', 'a method does not list the tensor it is called on');
  assert.deepEqual(kernel.inspect({ kind: 'signature', expression: 'F.linear' })?.parameters, ['input', 'weight', 'bias=…']);
  assert.equal(kernel.inspect({ kind: 'signature', expression: 'n' }), undefined);
  const linear = kernel.inspect({ kind: 'signature', expression: 'nn.Linear' });
  assert.deepEqual(linear?.parameters.slice(0, 3), ['in_features', 'out_features', 'bias=…'], 'a layer class shows its constructor');
});

test('inspecting never runs notebook code: custom reprs, properties and __getattr__ are not called', () => {
  const { kernel: k, printed } = kernelWith(`
calls = []
class Looping:
    def __repr__(self):
        while True:
            pass
class Noisy:
    @property
    def value(self):
        calls.append('property')
        print('side effect')
        return 1
    def __getattr__(self, name):
        calls.append(name)
        return 2
looping = Looping()
noisy = Noisy()
items = [looping]
`);
  const looping = k.inspect({ kind: 'hover', expression: 'looping' });
  assert.equal(looping?.type, 'Looping');
  assert.equal(looping?.repr, undefined);
  assert.match(looping?.note ?? '', /notebook code/);
  assert.match(k.inspect({ kind: 'hover', expression: 'items' })?.note ?? '', /notebook code/);
  assert.match(k.inspect({ kind: 'hover', expression: 'noisy.value' })?.note ?? '', /notebook code/);
  assert.equal(k.inspect({ kind: 'hover', expression: 'noisy.missing' })?.repr, undefined);
  assert.ok(k.inspect({ kind: 'complete', chain: 'noisy' }).some((entry) => entry.name === 'value'));
  const after = k.execute('calls');
  assert.deepEqual(after.outputs, [{ output_type: 'execute_result', data: { 'text/plain': '[]' } }]);
  assert.deepEqual(printed, []);
});

test('a name the notebook does not have gets no hover', () => {
  assert.equal(kernel.inspect({ kind: 'hover', expression: 'nothing_here' }), undefined);
  assert.equal(kernel.inspect({ kind: 'hover', expression: 'w.nothing_here' }), undefined);
  assert.equal(kernel.inspect({ kind: 'hover', expression: 'w[0]' }), undefined);
});
