// Unit tests for the interpreter's public API and the behaviours the conformance programs cannot show
// (display of the last expression, namespaces, interrupts, tracebacks across cells, resource limits).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter, type InterpreterHost, type RunOptions, type RunOutcome } from '../../engine/python/index';
import { PyFloat } from '../../engine/python/objects/core';

function session(interrupt: () => boolean = () => false) {
  const out = { stdout: '', stderr: '' };
  const host: InterpreterHost = { write: (stream, text) => (out[stream] += text), interruptRequested: interrupt };
  const interpreter = new Interpreter(host);
  let cell = 0;
  const run = (source: string, options: Partial<RunOptions> = {}): RunOutcome =>
    interpreter.run(source, { origin: `Cell [${++cell}]`, displayLastExpression: true, ...options });
  return { interpreter, out, run };
}

/** Runs `source` and returns what it printed (failing the test on an error). */
function printed(source: string): string {
  const { out, run } = session();
  const outcome = run(source);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.error.traceback.join('\n'));
  return out.stdout;
}

function failure(outcome: RunOutcome) {
  assert.equal(outcome.ok, false, 'expected an error');
  return (outcome as Extract<RunOutcome, { ok: false }>).error;
}

test('trailing-dot float literals parse (the grammar fix)', () => {
  assert.equal(printed('print(1.)'), '1.0\n');
  assert.equal(printed('print([1., 2.])'), '[1.0, 2.0]\n');
  assert.equal(printed('f = lambda x: x * 2\nprint(f(16.))'), '32.0\n');
  assert.equal(printed('print(1 .real, 1.5.real)'), '1 1.5\n');
  assert.equal(printed('class A: pass\na = A()\na.b = 3\nprint(a.b)'), '3\n');
  assert.equal(printed("print(f'{1.:.2f}')"), '1.00\n');
  assert.equal(printed('print(16. / 5., 3.e2, -1.)'), '3.2 300.0 -1.0\n');
});

test('float repr matches CPython', () => {
  const cases: [string, string][] = [
    ['0.1 + 0.2', '0.30000000000000004'],
    ['1e-06', '1e-06'],
    ['1e16', '1e+16'],
    ['1e15', '1000000000000000.0'],
    ['0.0001', '0.0001'],
    ["float('inf')", 'inf'],
    ["-float('inf')", '-inf'],
    ["float('nan')", 'nan'],
    ['-0.0', '-0.0'],
    ['1.0', '1.0'],
    ['1/3', '0.3333333333333333'],
    ['2.5e-300', '2.5e-300'],
    ['123456789.123', '123456789.123'],
    ['5e-324', '5e-324'],
    ['1.7976931348623157e308', '1.7976931348623157e+308'],
  ];
  for (const [expr, want] of cases) assert.equal(printed(`print(${expr})`), want + '\n', expr);
});

test('ints are exact at any size', () => {
  assert.equal(printed('print(2 ** 100)'), '1267650600228229401496703205376\n');
  assert.equal(printed('print(2 ** 53 + 1, -(2 ** 53) - 1)'), '9007199254740993 -9007199254740993\n');
  assert.equal(printed('x = 1\nfor i in range(1, 26): x *= i\nprint(x, x // 7 ** 10, x % 1000003)'), '15511210043330985984000000 54911749253227442 630614\n');
  assert.equal(printed('print(12345678901234567890 * 98765432109876543210)'), '1219326311370217952237463801111263526900\n');
  assert.equal(printed('print((2 ** 64) // -3, (2 ** 64) % -3, -(2 ** 64) // 3)'), '-6148914691236517206 -2 -6148914691236517206\n');
  assert.equal(printed('print(0 * -1, -0, 2 ** 62 - 2 ** 62)'), '0 0 0\n');
});

test('displayLastExpression returns the repr of a trailing non-None expression', () => {
  const { run, out } = session();
  assert.deepEqual(run('x = 40\nx + 2'), { ok: true, display: '42', value: 42 });
  assert.deepEqual(run("'text'"), { ok: true, display: "'text'", value: 'text' });
  assert.deepEqual(run('None'), { ok: true });
  assert.deepEqual(run('y = 1'), { ok: true });
  assert.deepEqual(run('print(x)'), { ok: true });
  assert.deepEqual(run('x * 2', { displayLastExpression: false }), { ok: true });
  assert.equal(out.stdout, '40\n');
});

test('namespace() lists user globals in definition order', () => {
  const { run, interpreter } = session();
  run('import math\nb = [1, 2]\na = 3.5\n_hidden = 1\ndef f(): pass\nclass C: pass\nbig = "x" * 500');
  const entries = interpreter.namespace();
  assert.deepEqual(
    entries.map((e) => [e.name, e.typeName]),
    [
      ['math', 'module'],
      ['b', 'list'],
      ['a', 'float'],
      ['f', 'function'],
      ['C', 'type'],
      ['big', 'str'],
    ],
  );
  assert.equal(entries[1].repr, '[1, 2]');
  assert.equal(entries[4].repr, "<class '__main__.C'>");
  assert.ok(entries[5].repr.length <= 200, 'long reprs are truncated');
  run('a = 1');
  assert.equal(interpreter.namespace().find((e) => e.name === 'a')!.repr, '1');
});

test('namespace() and inspect() see the values compiled code stores into globals, in the dict order', () => {
  const { run, interpreter } = session();
  run('total = 0.0\ncount = 0\nlabel = "a"\nfor i in range(4):\n    total += i * 0.5\n    count += 1\n    label = label + str(i)');
  const shown = () => interpreter.namespace().map((e) => [e.name, e.repr]);
  assert.deepEqual(shown(), [['total', '3.0'], ['count', '4'], ['label', "'a0123'"], ['i', '3']]);
  run('del count\nfor i in range(2):\n    total -= 1\ncount = -1\ndef bump():\n    global total\n    total *= 10\nbump()');
  assert.deepEqual(shown().slice(0, 4), [['total', '10.0'], ['label', "'a0123'"], ['i', '1'], ['count', '-1']]);
  const seen = interpreter.inspect((scope) => ({ total: scope.globals.get('total'), values: [...scope.globals.values()] }), 1000);
  assert.equal((seen.total as PyFloat).value, 10);
  assert.equal((seen.values[1] as PyFloat).value, 10);
  assert.deepEqual(seen.values.slice(2, 5), ["a0123", 1, -1]);
});

test('syntax errors are reported like CPython, without running anything', () => {
  const { run, out } = session();
  const error = failure(run('print("ran")\nx = = 2'));
  assert.equal(out.stdout, '');
  assert.deepEqual(error, {
    ename: 'SyntaxError',
    evalue: 'invalid syntax',
    traceback: ['  Cell [1], line 2', '    x = = 2', '        ^', 'SyntaxError: invalid syntax'],
  });
  assert.equal(failure(run('print("a"')).traceback.at(-1), "SyntaxError: '(' was never closed");
  assert.equal(failure(run('if True\n    pass')).traceback.at(-1), "SyntaxError: expected ':'");
  assert.equal(failure(run('if True:\nprint(1)')).traceback.at(-1), "IndentationError: expected an indented block after 'if' statement on line 1");
  assert.equal(failure(run('x = 1\n    y = 2')).traceback.at(-1), 'IndentationError: unexpected indent');
  assert.equal(failure(run('return 5')).traceback.at(-1), "SyntaxError: 'return' outside function");
  assert.equal(failure(run('f() = 3')).traceback.at(-1), "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?");
  assert.equal(failure(run('print "hi"')).traceback.at(-1), "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?");
  assert.equal(failure(run("s = 'open")).traceback.at(-1), 'SyntaxError: unterminated string literal (detected at line 1)');
  assert.deepEqual(failure(run('x = (1 +)', { lineOffset: 9 })).traceback.slice(0, 1), ['  Cell [10], line 10']);
});

test('unsupported features fail loudly', () => {
  const { run } = session();
  assert.match(failure(run('async def f(): pass')).evalue, /not supported in agnb/);
  assert.match(failure(run('def g():\n    print((yield 1))')).evalue, /agnb supports 'yield' as a statement/);
  const missing = failure(run('import numpy'));
  assert.equal(missing.ename, 'ModuleNotFoundError');
  assert.match(missing.evalue, /^No module named 'numpy'.*agnb supports only/);
  // Without a host file system (a browser), file access names why.
  assert.match(failure(run("open('data.txt')")).evalue, /^this kernel has no file system \(it runs in a browser\)/);
});

test('tracebacks name the cell of every frame, across run() calls', () => {
  const { run } = session();
  assert.ok(run('def f(x):\n    return 1 / x').ok);
  const error = failure(run('y = 2\nf(0)'));
  assert.deepEqual(error, {
    ename: 'ZeroDivisionError',
    evalue: 'division by zero',
    traceback: [
      'Traceback (most recent call last):',
      '  Cell [2], line 2, in <module>',
      '    f(0)',
      '  Cell [1], line 2, in f',
      '    return 1 / x',
      'ZeroDivisionError: division by zero',
    ],
  });
  const script = failure(run('\n\nraise ValueError("bad")', { origin: 'File "train.py"', lineOffset: 10 }));
  assert.deepEqual(script.traceback, ['Traceback (most recent call last):', '  File "train.py", line 13, in <module>', '    raise ValueError("bad")', 'ValueError: bad']);
});

test('an interrupt request raises KeyboardInterrupt in a running loop', () => {
  let polls = 0;
  const { run, out } = session(() => ++polls > 3);
  const error = failure(run('n = 0\nwhile True:\n    n += 1'));
  assert.equal(error.ename, 'KeyboardInterrupt');
  assert.equal(error.traceback.at(-1), 'KeyboardInterrupt');
  assert.match(error.traceback[1], /^  Cell \[1\], line [23], in <module>$/);
  const caught = session(() => true);
  assert.equal(failure(caught.run('try:\n    while True: pass\nexcept Exception:\n    print("not caught by Exception")')).ename, 'KeyboardInterrupt');
  assert.equal(out.stdout, '');
});

test('deep recursion raises RecursionError instead of overflowing the JS stack', () => {
  const { run, out } = session();
  const error = failure(run('def f(n):\n    return f(n + 1) + 1\nf(0)'));
  assert.equal(error.traceback.at(-1), 'RecursionError: maximum recursion depth exceeded');
  assert.ok(error.traceback.includes('  [Previous line repeated 996 more times]'), error.traceback.join('\n'));
  assert.ok(run('def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(900))').ok);
  assert.equal(out.stdout, '900\n');
  const nested = failure(run('class Node:\n    def __repr__(self):\n        return repr(self)\nrepr(Node())'));
  assert.equal(nested.ename, 'RecursionError', nested.evalue);
});

test('huge allocations raise MemoryError instead of crashing', () => {
  const { run } = session();
  for (const source of ['[0] * 10**10', "'a' * 10**12", '(1, 2) * 10**15', 'x = [1]\nx *= 10**11', '2 ** (2 ** 40)']) {
    assert.equal(failure(run(source)).traceback.at(-1), 'MemoryError', source);
  }
  assert.ok(run('len([0] * 10**6)').ok);
});

test('the API never throws, even for odd input', () => {
  const { run } = session();
  for (const source of ['', '\n\n', '# comment only', '\t', 'x = (' + '('.repeat(300) + ')'.repeat(300) + ')', '\u0000', 'pass;pass']) {
    const outcome = run(source);
    assert.equal(typeof outcome.ok, 'boolean');
  }
});

test('sys.stdout and sys.stderr write to the host streams', () => {
  const { run, out } = session();
  assert.ok(run('import sys\nprint("to err", file=sys.stderr)\nsys.stdout.write("raw")\nprint("x", end="")').ok);
  assert.equal(out.stdout, 'rawx');
  assert.equal(out.stderr, 'to err\n');
  assert.ok(run('class Sink:\n    def __init__(self): self.parts = []\n    def write(self, s): self.parts.append(s)\ns = Sink()\nprint(1, 2, file=s)\nprint(s.parts)').ok);
  assert.equal(out.stdout, "rawx['1 2\\n']\n");
});

test('modules can be registered by engine code', async () => {
  const { registerModule } = await import('../../engine/python/index');
  const { PyModule } = await import('../../engine/python/objects/core');
  registerModule('answers', () => {
    const m = new PyModule('answers');
    m.dict!.set('everything', 42);
    return m;
  });
  assert.equal(printed('import answers\nfrom answers import everything\nprint(answers.everything, everything)'), '42 42\n');
});

test('pyplot: plt.show() displays the SVG and the text form; a cell leaves no figure open', () => {
  const displays: Record<string, string>[] = [];
  const out = { stdout: '', stderr: '' };
  const interpreter = new Interpreter({ write: (stream, text) => (out[stream] += text), interruptRequested: () => false, display: (data) => displays.push(data) });
  const run = (source: string) => interpreter.run(source, { origin: 'Cell [1]', displayLastExpression: true });
  assert.deepEqual(run('import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [4, 5, 7], "r--", label="a")\nplt.legend()\nplt.show()'), { ok: true });
  assert.equal(displays.length, 1);
  assert.equal(displays[0]['text/plain'], '<Figure size 640x480 with 1 Axes>');
  assert.match(displays[0]['image/svg+xml'], /^<svg [\s\S]*stroke="#ff0000"[\s\S]*<\/svg>$/);
  assert.deepEqual(run('fig, axes = plt.subplots(2, 2)\naxes[1, 0].hist([1, 2, 2])\nprint(fig, axes.shape)'), { ok: true });
  assert.equal(out.stdout, '<Figure size 640x480 with 4 Axes> (2, 2)\n');
  assert.equal(displays.length, 1, 'nothing shown until the cell ends');
  interpreter.endCell();
  assert.equal(displays.length, 2);
  assert.equal(displays[1]['text/plain'], '<Figure size 640x480 with 4 Axes>');
  interpreter.endCell();
  assert.equal(displays.length, 2, 'shown figures are closed');
});

test('pyplot rejects what real matplotlib + PyTorch reject, and names what agnb lacks', () => {
  const { run } = session();
  const message = (source: string) => {
    const error = failure(run(source));
    return `${error.ename}: ${error.evalue}`;
  };
  run('import matplotlib.pyplot as plt\nimport torch');
  assert.equal(message('plt.plot(torch.ones(3, requires_grad=True))'), "RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
  assert.equal(message('plt.plot([torch.ones((), requires_grad=True) * 2])'), "RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
  assert.equal(message('plt.plot([1, 2], [1, 2, 3])'), 'ValueError: x and y must have same first dimension, but have shapes (2,) and (3,)');
  assert.equal(message("plt.plot([1, 2], 'q')"), "ValueError: 'q' is not a valid format string (unrecognized character 'q')");
  assert.match(message("plt.savefig('a.png')"), /^NotImplementedError: savefig\(\) is not supported in agnb/);
  assert.match(message('plt.colorbar()'), /^NotImplementedError: matplotlib.pyplot.colorbar is not supported in agnb/);
  assert.equal(message("plt.xticks([0, 1], ['a'])"), 'ValueError: The number of FixedLocator locations (2), usually from a call to set_ticks, does not match the number of labels (1).');
});
