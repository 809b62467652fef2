// UI test: a cell that raises shows a Python traceback and stops Run All; a malformed .agnb opens as an error
// message, and the file on disk is left exactly as it was.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clickRunAll, notebookEditor, openFromExplorer, poll, readCellOutputs, runCommand } from './workbench.mjs';

export const FIXTURES = ['error.agnb', 'malformed.agnb'];
const RUN_TIMEOUT_MS = 60_000;

/** Runs after the intro test in the same window; the fixtures are in `workspace`. */
export async function testErrorsAndMalformed({ page, workspace, repoRoot, resultsDir }) {
  const log = (message) => console.log(`[ui] ${message}`);
  const oracle = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'workspace', 'error.agnb'), 'utf8'));
  const traceback = oracle.cells[1].outputs.find((output) => output.output_type === 'error').traceback;

  await runCommand(page, 'View: Close All Editors');
  await openFromExplorer(page, 'error.agnb');
  await notebookEditor(page).locator('.code-cell-row').first().waitFor();
  await runCommand(page, 'Notebook: Clear All Outputs');
  await poll('the stored outputs to clear', async () => (await readCellOutputs(page)).length === 0, 10_000);
  await clickRunAll(page);
  let outputs = [];
  await poll('the traceback', async () => {
    outputs = await readCellOutputs(page);
    return outputs.some((text) => text.includes(traceback.at(-1)));
  }, RUN_TIMEOUT_MS);
  const shown = outputs.join('\n');
  for (const line of traceback.slice(1)) assert.ok(shown.includes(line.trim()), `the traceback shows "${line.trim()}"`);
  assert.ok(!shown.includes('never runs'), 'Run All stopped at the error');
  log('error.agnb: the traceback shows CPython\'s frames and Run All stopped');
  await page.screenshot({ path: join(resultsDir, 'ui-error.png') });

  const malformed = join(workspace, 'malformed.agnb');
  const before = readFileSync(malformed);
  await openFromExplorer(page, 'malformed.agnb');
  await page.getByText('not a valid Autograd Notebook', { exact: false }).first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(resultsDir, 'ui-malformed.png') });
  // VS Code offers the text editor instead; decline, as a user who only wanted to look would. Opening from the
  // explorer may have tried twice (preview, then pinned), each attempt with its own dialog.
  const cancel = page.locator('.monaco-dialog-box').getByRole('button', { name: 'Cancel' });
  for (let attempt = 0; attempt < 3 && (await cancel.count()) > 0; attempt++) {
    await cancel.first().click();
    await page.waitForTimeout(500);
  }
  await runCommand(page, 'View: Close All Editors');
  assert.deepEqual(readFileSync(malformed), before, 'malformed.agnb is unchanged on disk');
  log('malformed.agnb: refused with the reason, file unchanged');
}
