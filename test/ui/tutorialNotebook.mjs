// UI test: a user opens the autograd tutorial (examples/autograd-tutorial.agnb) in VS Code, runs every
// cell, and opens the inspector. The notebook's outputs must read exactly as the headless runner
// (`agnb run`) prints them, and the inspector must list the variables the notebook defines, with the
// tensor columns filled for tensors.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  clickRunAll, notebookEditor, openFromExplorer, openWorkbench, poll, readCellOutputs, runCommand,
  waitForCommand, webviewPanel,
} from './workbench.mjs';

export const NOTEBOOK = 'autograd-tutorial.agnb';
const EXTENSION_ID = 'agnb.autograd-notebooks';
const RUN_ALL_TIMEOUT_MS = 60_000;

/** Whitespace collapsed and object addresses masked: `<AddBackward0 object at 0x…>` legitimately differs. */
const normalise = (text) => text.replace(/ at 0x[0-9a-f]+>/g, ' at 0x…>').replace(/\s+/g, ' ').trim();

/**
 * What the headless runner gives for each code cell of `notebookPath` when every cell runs (the tutorial shows
 * an error and goes on): the cell's outputs as the notebook renders their text.
 */
function headlessCellOutputs(repoRoot, notebookPath) {
  const copy = join(mkdtempSync(join(tmpdir(), 'agnb-ui-')), NOTEBOOK);
  copyFileSync(notebookPath, copy);
  execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'run', '--inplace', '--allow-errors', copy],
    { cwd: repoRoot, encoding: 'utf8', timeout: 60_000, stdio: 'ignore' });
  const lines = (value) => [value].flat().join('');
  return JSON.parse(readFileSync(copy, 'utf8')).cells
    .filter((cell) => cell.kind === 'code')
    .map((cell) => ({
      source: lines(cell.source),
      failed: cell.outputs.some((output) => output.output_type === 'error'),
      text: cell.outputs.map((output) => (output.output_type === 'stream' ? lines(output.text)
        : output.output_type === 'execute_result' ? lines(output.data['text/plain'])
          : output.traceback.join('\n'))).join('\n'),
    }));
}

/** The names `sources` bind at top level (`a = ...`, `a, b = ...`): globals of the kernel, which the inspector lists. */
function assignedNames(sources) {
  const names = new Set();
  for (const line of sources.join('\n').split('\n')) {
    const targets = /^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*=(?!=)/.exec(line)?.[1];
    for (const name of targets?.split(',') ?? []) names.add(name.trim());
  }
  return [...names];
}

/** How many cells (code and markdown) follow the code cell at `codeIndex` in the notebook file. */
function cellsAfter(notebookPath, codeIndex) {
  const cells = JSON.parse(readFileSync(notebookPath, 'utf8')).cells;
  const codePositions = cells.flatMap((cell, position) => (cell.kind === 'code' ? [position] : []));
  return cells.length - codePositions[codeIndex] - 1;
}

/** Waits until the notebook's outputs read `expected`; on timeout, fails with the difference. */
async function expectOutputs(page, expected, what) {
  let shown = '';
  try {
    await poll(what, async () => {
      shown = normalise((await readCellOutputs(page)).join('\n'));
      return shown === expected;
    }, RUN_ALL_TIMEOUT_MS);
  } catch (error) {
    assert.equal(shown, expected, `${what}: the notebook's outputs differ from \`agnb run\`'s (${error.message})`);
    throw error;
  }
}

/**
 * Runs the test in `page`, a browser on the workbench at `url` whose workspace (`workspace`)
 * holds a copy of examples/. Screenshots go to `resultsDir`. Throws on any failure.
 */
export async function testTutorialNotebook({ page, url, workspace, repoRoot, resultsDir }) {
  const log = (message) => console.log(`[ui] ${message}`);
  const cells = headlessCellOutputs(repoRoot, join(workspace, NOTEBOOK));
  const failing = cells.findIndex((cell) => cell.failed);
  assert.ok(failing > 0 && failing < cells.length - 1, 'the tutorial shows an error in a middle cell');
  const textOf = (list) => normalise(list.map((cell) => cell.text).join('\n'));

  await openWorkbench(page, url);
  // Until the extension host has registered the extension, an .agnb file would open as text.
  await waitForCommand(page, 'Autograd Notebooks: New Autograd Notebook');
  await openFromExplorer(page, NOTEBOOK);
  await notebookEditor(page).locator('.code-cell-row').first().waitFor();
  log(`${NOTEBOOK} open as a notebook`);

  // The file stores outputs from an earlier run: clear them so that every output read below
  // was produced here.
  await runCommand(page, 'Notebook: Clear All Outputs');
  await poll('the stored outputs to clear', async () => (await readCellOutputs(page)).length === 0, 10_000);

  // Run All stops at the second backward's RuntimeError, as Jupyter does.
  await clickRunAll(page);
  await expectOutputs(page, textOf(cells.slice(0, failing + 1)), 'Run All up to the error');
  log(`Run All: cells 1-${failing + 1} show \`agnb run\`'s outputs and stop at the traceback`);

  // The learner goes on below the failed cell: Go To (the toolbar's button) reveals and focuses it, then
  // Shift+Enter runs each following cell and moves to the next (markdown cells just render).
  await runCommand(page, 'Go to Most Recently Failed Cell');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < cellsAfter(join(workspace, NOTEBOOK), failing); i++) await page.keyboard.press('Shift+Enter');
  await expectOutputs(page, textOf(cells), 'running the cells below the error');
  log(`Shift+Enter through the rest: all ${cells.length} code cells show \`agnb run\`'s outputs`);
  await page.screenshot({ path: join(resultsDir, 'ui-notebook.png') });
  const variables = assignedNames(cells.map((cell) => cell.source));

  await runCommand(page, 'Autograd Notebooks: Open Inspector');
  const table = webviewPanel(page, EXTENSION_ID).locator('#variables');
  for (const name of variables) {
    const row = table.locator(`tbody tr[data-name="${name}"]`);
    await row.waitFor();
    assert.equal(normalise(await row.locator('td.name').innerText()), name);
    for (const column of ['type', 'value']) {
      const text = normalise(await row.locator(`td.${column}`).innerText());
      assert.notEqual(text, '', `inspector row "${name}" has an empty ${column}`);
    }
  }
  log(`inspector lists ${variables.join(', ')}`);
  // `w = torch.randn(5, 3, requires_grad=True)`: a leaf that requires grad.
  const w = table.locator('tbody tr[data-name="w"]');
  assert.equal(normalise(await w.locator('td.shape').innerText()), '[5, 3]');
  assert.equal(normalise(await w.locator('td.requires-grad').innerText()), 'True');
  assert.equal(normalise(await w.locator('td.is-leaf').innerText()), 'True');
  log('inspector shows w as a [5, 3] leaf that requires grad');
  await page.screenshot({ path: join(resultsDir, 'ui-inspector.png') });
}
