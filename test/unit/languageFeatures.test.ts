// What the kernel server reads from a cell's source for hovers, completions and signature help, how it turns the
// kernel's answers into LSP results, and the diagnostics it reports as a cell is typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeParameter, blankStringsAndComments, callAt, chainAt, completionContext } from '../../extension/server/cellContext';
import { CellText, cellTextConfiguration } from '../../extension/server/cellDocuments';
import { cellDiagnostics, completionItems, hoverMarkdown, signatureHelp } from '../../extension/server/languageFeatures';
import { OutputBudget } from '../../engine/outputBudget';

/** Splits `text` at its `|`: the source and the cursor offset. */
function at(marked: string): [string, number] {
  const offset = marked.indexOf('|');
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}

test('blanking keeps code and quotes, blanks string contents and comments', () => {
  assert.equal(blankStringsAndComments(`f("a(b", 'c') # d(e`), `f("   ", ' ')${' '.repeat(6)}`);
  assert.equal(blankStringsAndComments(`x = """a\n(b""" + y`), `x = """ \n  """ + y`);
  assert.equal(blankStringsAndComments(`s = 'it\\'s' + t`), `s = '     ' + t`);
});

test('the chain under the cursor ends at the hovered name', () => {
  assert.equal(chainAt(...at('print(model.fc|1.weight)'))?.chain, 'model.fc1');
  assert.equal(chainAt(...at('print(model.fc1.wei|ght)'))?.chain, 'model.fc1.weight');
  assert.equal(chainAt(...at('|w.grad'))?.chain, 'w');
  assert.equal(chainAt(...at('w.grad|'))?.chain, 'w.grad');
  assert.equal(chainAt(...at('f().gr|ad')), undefined);
  assert.equal(chainAt(...at('x = 1|0')), undefined);
  assert.equal(chainAt(...at('print("w.g|rad")')), undefined);
  assert.equal(chainAt(...at('fo|r x in y: pass')), undefined);
  const found = chainAt(...at('y = w.gr|ad + 1'));
  assert.deepEqual(found, { chain: 'w.grad', start: 4, end: 10 });
});

test('completion context: the chain before the dot and the prefix typed', () => {
  assert.deepEqual(completionContext(...at('w.|')), { chain: 'w', prefix: '' });
  assert.deepEqual(completionContext(...at('loss = w.gr|')), { chain: 'w', prefix: 'gr' });
  assert.deepEqual(completionContext(...at('torch.nn.Lin|')), { chain: 'torch.nn', prefix: 'Lin' });
  assert.deepEqual(completionContext(...at('pri|')), { chain: '', prefix: 'pri' });
  assert.deepEqual(completionContext(...at('|')), { chain: '', prefix: '' });
  assert.equal(completionContext(...at('x = 1.|')), undefined);
  assert.equal(completionContext(...at('print("w.|")')), undefined);
  assert.equal(completionContext(...at('# w.|')), undefined);
  assert.equal(completionContext(...at('f().|')), undefined);
});

test('the call around the cursor: callee, argument index and keyword', () => {
  assert.deepEqual(callAt(...at('torch.zeros(|')), { callee: 'torch.zeros', argument: 0 });
  assert.deepEqual(callAt(...at('torch.zeros(2, 3, |')), { callee: 'torch.zeros', argument: 2 });
  assert.deepEqual(callAt(...at('torch.zeros(2, requires_grad=Tr|')), { callee: 'torch.zeros', argument: 1, keyword: 'requires_grad' });
  assert.deepEqual(callAt(...at('w.sum(dim=(0, 1), |')), { callee: 'w.sum', argument: 1 });
  assert.deepEqual(callAt(...at('F.relu(torch.matmul(x, w)|')), { callee: 'F.relu', argument: 0 });
  assert.deepEqual(callAt(...at('print(",(", |')), { callee: 'print', argument: 1 });
  assert.equal(callAt(...at('x = [1, |')), undefined);
  assert.equal(callAt(...at('f(1)|')), undefined);
});

test('arguments map to parameters: positional, *args, keywords, keyword-only', () => {
  const zeros = ['*size', 'dtype=…', 'requires_grad=…'];
  assert.equal(activeParameter(zeros, 0, undefined), 0);
  assert.equal(activeParameter(zeros, 3, undefined), 0);
  assert.equal(activeParameter(zeros, 1, 'requires_grad'), 2);
  const add = ['input', 'other', '*', 'alpha=…'];
  assert.equal(activeParameter(add, 1, undefined), 1);
  assert.equal(activeParameter(add, 2, undefined), undefined);
  assert.equal(activeParameter(add, 2, 'alpha'), 3);
  const help = signatureHelp({ name: 'torch.add', parameters: add, doc: 'Adds.' }, 1, undefined);
  assert.equal(help.signatures[0]?.label, 'torch.add(input, other, *, alpha=…)');
  const [start, end] = help.signatures[0]!.parameters![1]!.label as [number, number];
  assert.equal(help.signatures[0]!.label.slice(start, end), 'other');
  assert.equal(help.activeParameter, 1);
});

test('cell text follows incremental edits; positions and offsets agree', () => {
  const cell = cellTextConfiguration.create('cell', 'agnb-python', 1, 'x = 1\ny = 2\n');
  cellTextConfiguration.update(cell, [{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } }, text: 'x + 40' }], 2);
  assert.equal(cell.text, 'x = 1\ny = x + 40\n');
  assert.equal(cell.version, 2);
  assert.equal(cell.offsetAt({ line: 1, character: 2 }), 8);
  assert.deepEqual(cell.positionAt(8), { line: 1, character: 2 });
  assert.equal(new CellText('c', 1, 'ab').offsetAt({ line: 5, character: 0 }), 2);
});

test('diagnostics: syntax errors and unsupported features where the kernel would report them', () => {
  assert.deepEqual(cellDiagnostics('x = 1\nprint(x)\n'), []);
  const [syntax] = cellDiagnostics('x = 1\nif x\n  pass\n');
  assert.equal(syntax?.range.start.line, 1);
  assert.match(syntax?.message ?? '', /^SyntaxError: /);
  const [unsupported] = cellDiagnostics('async def f():\n    pass\n');
  assert.match(unsupported?.message ?? '', /not supported in agnb/);
  const [missingModule] = cellDiagnostics('import numpy as np\n');
  assert.match(missingModule?.message ?? '', /numpy/);
  assert.equal(missingModule?.range.start.line, 0);
});

test('hover markdown for a tensor shows shape, dtype, autograd state, grad and values', () => {
  const hover = hoverMarkdown({
    expression: 'w',
    type: 'Tensor',
    tensor: { shape: [5, 3], dtype: 'torch.float32', requiresGrad: true, isLeaf: true, gradFn: null, grad: { shape: [5, 3], norm: 0.6508438587 }, preview: 'tensor([[1.]])' },
  });
  const text = (hover.contents as { value: string }).value;
  for (const part of ['`[5, 3]`', '`torch.float32`', 'requires_grad=True', 'is_leaf=True', 'grad_fn=None', 'norm 0.650844', 'tensor([[1.]])']) {
    assert.ok(text.includes(part), `${part} in ${text}`);
  }
});

test('completion items hide private names until _ is typed and add keywords only for bare names', () => {
  const entries = [
    { name: 'grad', kind: 'property' as const },
    { name: '_version', kind: 'property' as const },
    { name: '__add__', kind: 'method' as const },
  ];
  assert.deepEqual(completionItems(entries, 'g', false).map((item) => item.label), ['grad']);
  assert.deepEqual(completionItems(entries, '_', false).map((item) => item.label), ['grad', '_version', '__add__']);
  assert.ok(completionItems([], '', true).some((item) => item.label === 'lambda'));
});

test('output budget: keeps whole lines up to the limit, then one marker, then nothing', () => {
  const lines = new OutputBudget({ maxLines: 3, maxCharacters: 0 });
  assert.equal(lines.take('a\nb\n'), 'a\nb\n');
  assert.equal(lines.take('c\nd\ne\n'), 'c\n[output truncated: this cell wrote more than 3 lines; the rest was dropped (setting autogradNotebooks.output.maxLines / maxCharacters)]\n');
  assert.equal(lines.take('f\n'), '');
  const exact = new OutputBudget({ maxLines: 1, maxCharacters: 0 });
  assert.equal(exact.take('a\n'), 'a\n');
  assert.match(exact.take('b'), /^\[output truncated/);
  const characters = new OutputBudget({ maxLines: 0, maxCharacters: 5 });
  assert.equal(characters.take('abc'), 'abc');
  assert.match(characters.take('defg'), /^de\n\[output truncated: this cell wrote more than 5 characters/);
  assert.equal(new OutputBudget({ maxLines: 0, maxCharacters: 0 }).take('x'.repeat(10000)).length, 10000);
});
