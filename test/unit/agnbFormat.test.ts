import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AgnbFormatError, parseNotebook, serializeNotebook, splitLines, type AgnbNotebook } from '../../extension/notebook/agnbFormat';

const repo = join(__dirname, '..', '..', '..');

const sample: AgnbNotebook = {
  metadata: { zeta: 1, alpha: { b: 2, a: 1 } },
  cells: [
    { kind: 'markdown', source: '# Title\n\ntext' },
    {
      kind: 'code',
      language: 'agnb-python',
      source: 'x = 1\nprint(x)\n',
      executionCount: 3,
      outputs: [
        { output_type: 'stream', name: 'stdout', text: '1\n' },
        { output_type: 'execute_result', data: { 'text/plain': '(1,\n 2)' } },
        { output_type: 'display_data', data: { 'image/svg+xml': '<svg>\n</svg>', 'text/plain': '<Figure size 640x480 with 1 Axes>' } },
        { output_type: 'error', ename: 'ValueError', evalue: 'bad', traceback: ['Traceback (most recent call last):', 'ValueError: bad'] },
      ],
    },
    { kind: 'code', language: 'agnb-python', source: '', executionCount: null, outputs: [] },
  ],
};

test('a notebook survives serialise -> parse unchanged', () => {
  assert.deepEqual(parseNotebook(serializeNotebook(sample)), sample);
});

test('serialising is stable: keys in a fixed order, sorted metadata, trailing newline', () => {
  const text = serializeNotebook(sample);
  assert.ok(text.endsWith('}\n'));
  assert.equal(serializeNotebook(parseNotebook(text)), text);
  const onDisk = JSON.parse(text);
  assert.deepEqual(Object.keys(onDisk), ['metadata', 'cells']);
  assert.deepEqual(Object.keys(onDisk.metadata), ['formatVersion', 'alpha', 'zeta']);
  assert.deepEqual(Object.keys(onDisk.metadata.alpha), ['a', 'b']);
  assert.deepEqual(Object.keys(onDisk.cells[1]), ['kind', 'language', 'source', 'executionCount', 'outputs']);
  assert.deepEqual(onDisk.cells[1].source, ['x = 1\n', 'print(x)\n']);
});

test('multi-line strings are stored as lines that join back exactly', () => {
  for (const text of ['', 'a', 'a\n', 'a\nb', '\n\n', 'a\n\nb\n']) assert.equal(splitLines(text).join(''), text);
  assert.deepEqual(splitLines('a\nb'), ['a\n', 'b']);
});

test('an empty file is an empty notebook; plain strings are accepted for sources', () => {
  assert.deepEqual(parseNotebook(''), { metadata: {}, cells: [] });
  assert.deepEqual(parseNotebook('{"cells":[{"kind":"code","source":"x"}]}').cells[0], {
    kind: 'code',
    language: 'agnb-python',
    source: 'x',
    executionCount: null,
    outputs: [],
  });
});

test('malformed notebooks are refused with a message that says where', () => {
  const cases: Array<[string, RegExp]> = [
    ['{"cells": [', /not valid JSON/],
    ['[]', /the notebook must be a JSON object/],
    ['{"cells": 3}', /"cells" must be an array/],
    ['{"cells": [{"kind": "raw"}]}', /cells\[0\]\.kind must be "code" or "markdown"/],
    ['{"cells": [{"kind": "code", "source": 5}]}', /cells\[0\]\.source must be a string or an array of strings/],
    ['{"cells": [{"kind": "code", "source": "", "executionCount": -1}]}', /executionCount/],
    ['{"cells": [{"kind": "code", "source": "", "outputs": [{"output_type": "display"}]}]}', /cells\[0\]\.outputs\[0\]\.output_type/],
    ['{"metadata": {"formatVersion": 99}, "cells": []}', /format version 99 was written by a newer Autograd Notebooks/],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseNotebook(text), (error: unknown) => error instanceof AgnbFormatError && message.test(error.message), text);
  }
});

test('every notebook in the repo is stored in canonical form', () => {
  const notebooks = ['examples', join('test', 'fixtures', 'workspace')].flatMap((dir) =>
    readdirSync(join(repo, dir))
      .filter((file) => file.endsWith('.agnb') && !file.startsWith('malformed'))
      .map((file) => join(repo, dir, file)),
  );
  assert.ok(notebooks.length >= 2);
  for (const path of notebooks) {
    const text = readFileSync(path, 'utf8');
    assert.equal(serializeNotebook(parseNotebook(text)), text, path);
  }
});
