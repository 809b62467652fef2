// The kernel host runs the real kernel worker as the product starts it (dist/kernelBoot.js loading
// dist/kernelWorker.js through V8's code cache; both built before the tests run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecuteReply } from '../../engine/kernel';
import { KernelHost, INTERRUPT_GRACE_MS } from '../../extension/server/kernelHost';

const workerScript = join(__dirname, '..', '..', '..', 'dist', 'kernelBoot.js');

function withKernel(run: (kernel: KernelHost, states: string[]) => Promise<void>): () => Promise<void> {
  return async () => {
    const states: string[] = [];
    const kernel = new KernelHost(workerScript, (state) => states.push(state));
    try {
      await run(kernel, states);
    } finally {
      kernel.dispose();
    }
  };
}

/** The exception name of the reply's last output, if it is an error. */
function errorName(reply: ExecuteReply): string | undefined {
  const last = reply.outputs.at(-1);
  return last?.output_type === 'error' ? last.ename : undefined;
}

/** A stand-in worker that never looks at the interrupt flag, or dies, to test the host's fallbacks. */
function fakeWorker(body: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'agnb-worker-')), 'worker.js');
  writeFileSync(path, `const { parentPort } = require('node:worker_threads');\nparentPort.on('message', (request) => {\n${body}\n});\n`);
  return path;
}

test(
  'names persist across executions; counts increase; output streams before the reply',
  withKernel(async (kernel, states) => {
    const streamed: string[] = [];
    const first = await kernel.execute('x = 6\nprint("x is", x)', {}, (name, text) => streamed.push(`${name}:${text}`));
    assert.equal(first.status, 'ok');
    assert.equal(first.executionCount, 1);
    assert.deepEqual(streamed, ['stdout:x is 6\n']);
    assert.deepEqual(first.outputs, [{ output_type: 'stream', name: 'stdout', text: 'x is 6\n' }]);
    const second = await kernel.execute('x * 7');
    assert.equal(second.executionCount, 2);
    assert.deepEqual(second.outputs, [{ output_type: 'execute_result', data: { 'text/plain': '42' } }]);
    assert.deepEqual(states, ['busy', 'idle', 'busy', 'idle']);
    const variables = await kernel.variables();
    assert.deepEqual(variables.find((variable) => variable.name === 'x'), { name: 'x', type: 'int', value: '6' });
  }),
);

test(
  'an error comes back as a Python traceback naming the cell',
  withKernel(async (kernel) => {
    await kernel.execute('def f(v):\n    return 1 / v');
    const reply = await kernel.execute('f(0)');
    assert.equal(reply.status, 'error');
    const error = reply.outputs.at(-1)!;
    assert.equal(error.output_type, 'error');
    if (error.output_type !== 'error') return;
    assert.equal(error.ename, 'ZeroDivisionError');
    assert.equal(error.evalue, 'division by zero');
    assert.deepEqual(error.traceback, [
      'Traceback (most recent call last):',
      '  Cell [2], line 1, in <module>',
      '    f(0)',
      '  Cell [1], line 2, in f',
      '    return 1 / v',
      'ZeroDivisionError: division by zero',
    ]);
  }),
);

test(
  'a script execution names the file and its lines, and displays nothing',
  withKernel(async (kernel) => {
    const reply = await kernel.execute('1 + 1\nundefined_name', { mode: 'script', fileName: 'demo.py', lineOffset: 10 });
    const error = reply.outputs.at(-1)!;
    assert.equal(reply.outputs.length, 1);
    assert.equal(error.output_type === 'error' && error.traceback[1], '  File "demo.py", line 12, in <module>');
  }),
);

test(
  'interrupt stops a running loop with KeyboardInterrupt and keeps the namespace',
  withKernel(async (kernel) => {
    await kernel.execute('kept = 1');
    const running = kernel.execute('while True:\n    pass');
    setTimeout(() => kernel.interrupt(), 200);
    const reply = await running;
    assert.equal(reply.status, 'error');
    assert.equal(errorName(reply), 'KeyboardInterrupt');
    const after = await kernel.execute('kept');
    assert.deepEqual(after.outputs, [{ output_type: 'execute_result', data: { 'text/plain': '1' } }]);
  }),
);

test('a cell that ignores the interrupt loses its worker after the grace period; the next cell runs', async () => {
  const kernel = new KernelHost(fakeWorker("if (request.code === 'spin') for (;;) {}\nparentPort.postMessage({ type: 'executed', id: request.id, reply: { executionCount: 1, status: 'ok', outputs: [] } });"));
  try {
    const running = kernel.execute('spin');
    setTimeout(() => kernel.interrupt(), 100);
    const started = Date.now();
    const reply = await running;
    assert.ok(Date.now() - started >= INTERRUPT_GRACE_MS);
    assert.equal(errorName(reply), 'KeyboardInterrupt');
    assert.equal((await kernel.execute('fine')).status, 'ok');
  } finally {
    kernel.dispose();
  }
});

test('a worker that dies fails the running cell with KernelDied and the kernel comes back', async () => {
  const states: string[] = [];
  const kernel = new KernelHost(
    fakeWorker("if (request.code === 'die') process.exit(3);\nparentPort.postMessage({ type: 'executed', id: request.id, reply: { executionCount: 1, status: 'ok', outputs: [] } });"),
    (state) => states.push(state),
  );
  try {
    const reply = await kernel.execute('die');
    assert.equal(errorName(reply), 'KernelDied');
    assert.match(JSON.stringify(reply.outputs), /exited with code 3/);
    assert.ok(states.includes('crashed'));
    assert.equal((await kernel.execute('fine')).status, 'ok');
  } finally {
    kernel.dispose();
  }
});

test(
  'restart empties the namespace and restarts the execution count',
  withKernel(async (kernel) => {
    await kernel.execute('gone = 1');
    kernel.restart();
    const reply = await kernel.execute('gone');
    assert.equal(reply.executionCount, 1);
    assert.equal(errorName(reply), 'NameError');
  }),
);

test(
  'inspect answers from the live kernel only when it is started and idle; it never starts one',
  withKernel(async (kernel, states) => {
    assert.equal(await kernel.inspect({ kind: 'hover', expression: 'len' }), undefined);
    assert.deepEqual(states, [], 'a hover must not start a kernel');
    await kernel.execute('import torch\nw = torch.ones(2, 3, requires_grad=True)');
    const hover = await kernel.inspect({ kind: 'hover', expression: 'w' });
    assert.deepEqual(hover?.tensor?.shape, [2, 3]);
    assert.ok((await kernel.inspect({ kind: 'complete', chain: 'w' }))?.some((entry) => entry.name === 'grad'));
    const running = kernel.execute('while True:\n    pass');
    while (states.at(-1) !== 'busy') await new Promise((resolve) => setImmediate(resolve));
    assert.equal(await kernel.inspect({ kind: 'hover', expression: 'w' }), undefined, 'a busy kernel cannot answer');
    kernel.interrupt();
    assert.equal(errorName(await running), 'KeyboardInterrupt');
  }),
);

test(
  'settings: output beyond the line limit is dropped with a marker; the precision applies to new kernels',
  withKernel(async (kernel) => {
    kernel.configure({ printPrecision: 2, maxOutputLines: 3, maxOutputCharacters: 0 });
    const reply = await kernel.execute('import torch\nprint(torch.tensor([1.23456]))\nfor i in range(10):\n    print(i)');
    assert.equal(reply.status, 'ok');
    const text = reply.outputs.map((output) => (output.output_type === 'stream' ? output.text : '')).join('');
    assert.match(text, /^tensor\(\[1\.23\]\)\n0\n1\n\[output truncated: this cell wrote more than 3 lines/);
    kernel.configure({ printPrecision: 2, maxOutputLines: 0, maxOutputCharacters: 0 });
    const unlimited = await kernel.execute('for i in range(10):\n    print(i)');
    assert.equal(unlimited.outputs.length, 1);
    assert.equal(unlimited.outputs[0]?.output_type === 'stream' && unlimited.outputs[0].text.split('\n').length, 11);
  }),
);

test('cells read and write files relative to the directory the kernel was given (the notebook\'s folder)', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'agnb-files-'));
  const kernel = new KernelHost(workerScript, undefined, directory);
  try {
    const saved = await kernel.execute("import torch\nobj = torch.arange(6.).reshape(2, 3) / 7\ntorch.save(obj, 'float32_tensor.pt')\nloaded = torch.load('float32_tensor.pt')");
    assert.equal(saved.status, 'ok');
    // The same object real PyTorch saved as test/fixtures/serialization/float32_tensor.pt.
    const fixture = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'serialization', 'float32_tensor.pt');
    assert.deepEqual(readFileSync(join(directory, 'float32_tensor.pt')), readFileSync(fixture));
    assert.equal(errorName(await kernel.execute("torch.load('missing.pt')")), 'FileNotFoundError');
  } finally {
    kernel.dispose();
    rmSync(directory, { recursive: true, force: true });
  }
});

test('a kernel shut down right after its first cell leaves the code cache, and the next kernel loads through it', async () => {
  const temporary = mkdtempSync(join(tmpdir(), 'agnb-cache-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = temporary; // kernel workers take the cache directory from their environment
  const cacheFile = async (): Promise<string> => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const found = readdirSync(temporary, { recursive: true, encoding: 'utf8' }).find((file) => /kernelWorker-.*\.bin$/.test(file));
      if (found) return join(temporary, found);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('no code cache was written');
  };
  try {
    const first = new KernelHost(workerScript);
    assert.equal((await first.execute('1+1')).status, 'ok');
    first.dispose();
    const written = await cacheFile();
    const { mtimeMs } = statSync(written);
    const second = new KernelHost(workerScript);
    assert.equal((await second.execute('1+1')).status, 'ok');
    second.dispose();
    await new Promise((resolve) => setTimeout(resolve, 500));
    // A kernel whose cache V8 rejected would have written a new one.
    assert.equal(statSync(written).mtimeMs, mtimeMs);
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(temporary, { recursive: true, force: true });
  }
});
