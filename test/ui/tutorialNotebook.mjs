// UI test: a user opens the autograd tutorial (examples/autograd-tutorial.agnb) in VS Code, runs every
// cell, and opens the inspector. The notebook's outputs must read exactly as the headless runner
// (`agnb run`) prints them, and the inspector must list the variables the notebook defines, with the
// tensor columns filled for tensors.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  clickRunAll, notebookEditor, openFromExplorer, openWorkbench, poll, readCellOutputs, runCommand,
  waitForCommand, webviewPanel,
} from './workbench.mjs';

export const NOTEBOOK = 'autograd-tutorial.agnb';
const EXTENSION_ID = 'agnb.autograd-notebooks';
const RUN_ALL_TIMEOUT_MS = 60_000;

const normalise = (text) => text.replace(/\s+/g, ' ').trim();

/** What the headless runner prints for `notebookPath`: every cell's outputs, concatenated. */
function headlessOutput(repoRoot, notebookPath) {
  return execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'run', notebookPath],
    { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
}

/**
 * The notebook's code cells, and the names its cells bind at top level (`a = ...`, `a, b = ...`):
 * globals of the kernel, which the inspector lists.
 */
function describeNotebook(notebookPath) {
  const sources = JSON.parse(readFileSync(notebookPath, 'utf8')).cells
    .filter((cell) => cell.kind === 'code')
    .map((cell) => [cell.source].flat().join(''));
  const names = new Set();
  for (const line of sources.join('\n').split('\n')) {
    const targets = /^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*=(?!=)/.exec(line)?.[1];
    for (const name of targets?.split(',') ?? []) names.add(name.trim());
  }
  return { codeCellCount: sources.length, variables: [...names] };
}

/**
 * Runs the test in `page`, a browser on the workbench at `url` whose workspace (`workspace`)
 * holds a copy of examples/. Screenshots go to `resultsDir`. Throws on any failure.
 */
export async function testTutorialNotebook({ page, url, workspace, repoRoot, resultsDir }) {
  const log = (message) => console.log(`[ui] ${message}`);
  const expected = normalise(headlessOutput(repoRoot, join(repoRoot, 'examples', NOTEBOOK)));
  const { codeCellCount, variables } = describeNotebook(join(workspace, NOTEBOOK));

  await openWorkbench(page, url);
  // Until the extension host has registered the extension, an .agnb file would open as text.
  await waitForCommand(page, 'Autograd Notebooks: New Autograd Notebook');
  await openFromExplorer(page, NOTEBOOK);
  await notebookEditor(page).locator('.code-cell-row').first().waitFor();
  log(`${NOTEBOOK} open as a notebook`);

  // The file stores outputs from an earlier run: clear them so that every output read below
  // was produced by this Run All.
  await runCommand(page, 'Notebook: Clear All Outputs');
  await poll('the stored outputs to clear', async () => (await readCellOutputs(page)).length === 0, 10_000);

  await clickRunAll(page);
  let outputs = [];
  try {
    await poll(`outputs of all ${codeCellCount} code cells`, async () => {
      outputs = await readCellOutputs(page);
      return outputs.length === codeCellCount && normalise(outputs.join('\n')) === expected;
    }, RUN_ALL_TIMEOUT_MS);
  } catch (error) {
    // Show what differs (or is missing) rather than only that time ran out.
    assert.equal(normalise(outputs.join('\n')), expected, `notebook outputs differ from \`agnb run\`: ${error.message}`);
    assert.equal(outputs.length, codeCellCount, `cells with outputs: ${error.message}`);
    throw error;
  }
  log(`Run All: ${codeCellCount} code cells show the same outputs as \`agnb run\``);
  await page.screenshot({ path: join(resultsDir, 'ui-notebook.png') });

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
