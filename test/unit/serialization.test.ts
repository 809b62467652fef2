// torch.save/torch.load against files real PyTorch 1.13 wrote (test/fixtures/serialization/, from
// tools/gen_serialization_fixtures.py): for each case agnb builds the same object and must write the same bytes,
// and loading PyTorch's file must print what PyTorch printed about it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Interpreter } from '../../engine/python/index';
import '../../engine/torch/index';
import { readZip, writeZip } from '../../engine/torch/serialization/zip';
import { crc32 } from '../../engine/numeric/crc32';
import { MemoryFiles } from '../support/memoryFiles';

interface Case {
  name: string;
  build: string;
  show: string;
  stdout: string;
}

function fixturesDir(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, 'test/fixtures/serialization');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error('test/fixtures/serialization not found above ' + process.cwd());
  }
}

const dir = fixturesDir();
const { cases } = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as { cases: Case[] };

/** Runs `code` in a fresh interpreter over `files`; returns stdout, failing the test on an exception. */
function run(code: string, files: MemoryFiles): string {
  let stdout = '';
  const interpreter = new Interpreter({ write: (stream, text) => (stream === 'stdout' ? (stdout += text) : undefined), interruptRequested: () => false, files });
  const outcome = interpreter.run(code, { origin: 'File "case.py"', displayLastExpression: false });
  if (!outcome.ok) assert.fail(outcome.error.traceback.join('\n'));
  return stdout;
}

for (const c of cases) {
  const fileName = `${c.name}.pt`;
  const expected = new Uint8Array(readFileSync(join(dir, fileName)));

  test(`torch.save writes PyTorch's bytes: ${c.name}`, () => {
    const files = new MemoryFiles();
    run(`import torch\n${c.build}\ntorch.save(obj, ${JSON.stringify(fileName)})\n`, files);
    const written = files.files.get(fileName);
    assert.ok(written, 'nothing written');
    assert.equal(Buffer.from(written).toString('hex'), Buffer.from(expected).toString('hex'));
  });

  test(`torch.load reads PyTorch's file: ${c.name}`, () => {
    const files = new MemoryFiles();
    files.write(fileName, expected);
    const stdout = run(`import torch\n${c.build}\nloaded = torch.load(${JSON.stringify(fileName)})\n${c.show}\n`, files);
    assert.equal(stdout, c.stdout);
  });
}

test('zip records round-trip, with their data 64-byte aligned', () => {
  const records = [
    { name: 'data.pkl', data: new Uint8Array([1, 2, 3]) },
    { name: 'data/0', data: new Uint8Array(100).map((_, i) => i) },
  ];
  const bytes = writeZip('archive', records);
  const read = readZip(bytes);
  assert.deepEqual([...read.keys()], ['archive/data.pkl', 'archive/data/0']);
  for (const record of records) {
    const data = read.get(`archive/${record.name}`)!;
    assert.deepEqual([...data], [...record.data]);
    assert.equal(data.byteOffset % 64, 0);
  }
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
});

test('agnb run saves and loads files in the directory it is started in', () => {
  const directory = mkdtempSync(join(tmpdir(), 'agnb-run-'));
  try {
    const conformance = join(dir, '..', '..', 'conformance', 'torch');
    copyFileSync(join(conformance, 'save_load.py'), join(directory, 'save_load.py'));
    const expected = JSON.parse(readFileSync(join(conformance, 'save_load.expected.json'), 'utf8')) as { stdout: string };
    const cli = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
    const run = spawnSync(process.execPath, [cli, 'run', 'save_load.py'], { cwd: directory, encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.stdout, expected.stdout);
    for (const saved of ['model.pth', 'checkpoint.pt', 'tensors.pt', 'param.pt']) assert.ok(existsSync(join(directory, saved)), `${saved} was not written`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
