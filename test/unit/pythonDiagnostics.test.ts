// diagnose(): the problems the language server shows in a cell before it runs. Each message must be the one the
// interpreter raises when the cell runs, so every case is checked against a real run as well.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose } from '../../engine/python/diagnostics';
import { Interpreter } from '../../engine/python/index';

function runError(source: string): string {
  const interpreter = new Interpreter({ write: () => {}, interruptRequested: () => false });
  const outcome = interpreter.run(source, { origin: 'Cell [1]', displayLastExpression: false });
  assert.equal(outcome.ok, false, `expected ${JSON.stringify(source)} to fail`);
  const { ename, evalue } = (outcome as Extract<typeof outcome, { ok: false }>).error;
  return `${ename}: ${evalue}`;
}

test('a supported cell has no diagnostics', () => {
  assert.deepEqual(diagnose('import torch\nimport math\nfrom collections import Counter\nx = torch.ones(2)\nprint(x.sum())\n'), []);
  assert.deepEqual(diagnose(''), []);
});

test('syntax errors carry CPython\'s message and position', () => {
  const [d, ...rest] = diagnose('x = 1\nif x\n    print(x)\n');
  assert.equal(rest.length, 0);
  assert.deepEqual({ line: d.line, column: d.column, severity: d.severity }, { line: 2, column: 4, severity: 'error' });
  assert.equal(d.message, runError('x = 1\nif x\n    print(x)\n'));
  assert.equal(d.message, "SyntaxError: expected ':'");
  const [unclosed] = diagnose('print((1, 2)\n');
  assert.equal(unclosed.message, "SyntaxError: '(' was never closed");
  assert.deepEqual([unclosed.line, unclosed.column, unclosed.endLine, unclosed.endColumn], [1, 5, 1, 6]);
});

test('errors found by scope analysis and compilation are reported too', () => {
  const [d] = diagnose('def f():\n    nonlocal y\n');
  assert.equal(d.message, runError('def f():\n    nonlocal y\n'));
  assert.equal(d.line, 2);
  const [rel] = diagnose('from . import x');
  assert.equal(rel.message, 'SyntaxError: relative imports are not supported in agnb');
});

test('unsupported syntax is named', () => {
  for (const [source, what] of [
    ['async def f():\n    pass\n', "'async def'"],
    ['def f():\n    await g()\n', "'await'"],
    ['match x:\n    case 1:\n        pass\n', "'match' statements"],
    ["b = b'abc'\n", 'bytes literals'],
    ['z = 1j\n', 'complex numbers'],
  ] as const) {
    const ds = diagnose(source);
    assert.equal(ds.length, 1, source);
    assert.ok(ds[0].message.includes(what) && ds[0].message.includes('not supported in agnb'), ds[0].message);
    assert.equal(ds[0].message, runError(source));
  }
});

test('imports of modules agnb does not have are flagged on the module name', () => {
  const source = 'import torch\nimport numpy as np\nfrom pandas import DataFrame\nimport os.path\n';
  const ds = diagnose(source);
  assert.deepEqual(ds.map((d) => [d.line, d.column, d.endColumn]), [[2, 7, 12], [3, 5, 11], [4, 7, 14]]);
  assert.ok(ds[0].message.startsWith("ModuleNotFoundError: No module named 'numpy' (agnb supports only these modules: "));
  assert.ok(ds[0].message.includes('torch'));
  assert.equal(ds[0].message, runError('import numpy as np'));
  assert.equal(ds[2].message, runError('import os.path'));
});

test('calls of unsupported built-ins are flagged unless the program defines the name', () => {
  const ds = diagnose('text = open("data.txt").read()\nx = eval("1+1")\nname = input()\nm = __import__("os")\n');
  assert.deepEqual(ds.map((d) => [d.line, d.column, d.endColumn]), [[2, 4, 8], [3, 7, 12], [4, 4, 14]]);
  assert.equal(ds[0].message, runError('eval("1+1")'));
  assert.equal(ds[0].message, 'NotImplementedError: eval() is not supported in agnb: dynamic code execution is not available');
  assert.equal(ds[2].message, runError('__import__("os")'));
  assert.deepEqual(diagnose('def eval(model):\n    return model\neval(1)\n'), []);
  assert.deepEqual(diagnose('for input in range(3):\n    input()\n'), []);
  assert.deepEqual(diagnose('eval(1)\n', { definedNames: ['eval'] }), []);
  assert.deepEqual(diagnose('model.eval()\n'), []);
});

test('CRLF sources get the same positions', () => {
  assert.deepEqual(diagnose('x = 1\r\nimport numpy\r\n').map((d) => [d.line, d.column]), [[2, 7]]);
});

test("an f-string format spec starting with '=' is named rather than reported as invalid syntax", () => {
  for (const source of ['x = 5\nprint(f"{x:=^10}")\n', 'print(f"{-42:=+8d}")\n']) {
    const [d] = diagnose(source);
    assert.match(d.message, /^SyntaxError: a format spec that starts with '=' right after ':' .* is not supported in agnb; write f"\{x:\{'='\}\^10\}"$/);
    assert.equal(d.message, runError(source));
  }
  assert.deepEqual(diagnose('y = 1\nprint(f"{(y:=3)}", f"{y:{\'=\'}^10}")\n'), []);
});
