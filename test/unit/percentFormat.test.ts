import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePercentFormat } from '../../extension/notebook/percentFormat';

test('a file without markers is one cell starting at line 0', () => {
  assert.deepEqual(parsePercentFormat('x = 1\nprint(x)\n'), [{ kind: 'code', source: 'x = 1\nprint(x)\n', firstLine: 0 }]);
});

test('# %% lines split cells; markdown cells are marked; empty cells are dropped', () => {
  const text = ['import math', '# %%', 'a = 1', '', '# %% [markdown]', '# Notes', '#%% second', 'print(a)', '# %%', ''].join('\n');
  assert.deepEqual(parsePercentFormat(text), [
    { kind: 'code', source: 'import math', firstLine: 0 },
    { kind: 'code', source: 'a = 1\n', firstLine: 2 },
    { kind: 'markdown', source: '# Notes', firstLine: 5 },
    { kind: 'code', source: 'print(a)', firstLine: 7 },
  ]);
});
