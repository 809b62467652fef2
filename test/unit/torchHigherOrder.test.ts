// Second derivatives through backwards that are raw kernels (indexing, index_select, max(dim), unbind): PyTorch
// computes them, agnb does not yet, so differentiating such a gradient must raise rather than silently drop terms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter } from '../../engine/python/index';
import '../../engine/torch/index';

function run(code: string): { ok: boolean; stdout: string; error: string } {
  let stdout = '';
  const interpreter = new Interpreter({ write: (stream, text) => (stream === 'stdout' ? (stdout += text) : undefined), interruptRequested: () => false });
  const outcome = interpreter.run(code, { origin: 'Cell [1]', displayLastExpression: false });
  return { ok: outcome.ok, stdout, error: outcome.ok ? '' : outcome.error.traceback.at(-1)! };
}

const RAW_BACKWARDS: Record<string, string> = {
  IndexBackward0: 'x[[0, 0, 2]]',
  IndexSelectBackward0: 'x.index_select(0, torch.tensor([0, 0, 2]))',
  MaxBackward0: 'x.max(0)[0]',
  UnbindBackward0: 'x.unbind(0)[0]',
};

for (const [node, expression] of Object.entries(RAW_BACKWARDS)) {
  test(`a second derivative through ${node} raises NotImplementedError`, () => {
    const outcome = run(
      `import torch\nx = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)\n` +
        `(g,) = torch.autograd.grad((${expression} ** 2).sum(), x, create_graph=True)\nprint(g.tolist(), g.requires_grad)\n` +
        `torch.autograd.grad(g.sum(), x)\n`,
    );
    assert.equal(outcome.ok, false);
    assert.match(outcome.stdout, /True\n$/);
    assert.match(outcome.error, new RegExp(`^NotImplementedError: agnb: the gradient of ${node} cannot be differentiated again yet`));
  });
}

test('a first derivative through a raw backward still has the right values', () => {
  const outcome = run(`import torch\nx = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)\n(g,) = torch.autograd.grad((x[[0, 0, 2]] ** 2).sum(), x, create_graph=True)\nprint(g.tolist())\n`);
  assert.equal(outcome.stdout, '[2.0, 0.0, 4.0]\n');
});
