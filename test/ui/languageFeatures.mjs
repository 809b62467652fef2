// UI test: in the autograd tutorial, a learner runs the first cell, hovers over `w` and sees its live state
// (shape, dtype, requires_grad, is_leaf, values), then types `w.` in a new cell and is offered `grad`; after
// Restart Kernel the hover no longer describes `w`. Screenshots: ui-hover.png, ui-completion.png.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { notebookEditor, openFromExplorer, poll, runCommand } from './workbench.mjs';

const NOTEBOOK = 'autograd-tutorial.agnb';
const HOVER_TIMEOUT_MS = 30_000;

/** The rendered line of the first code cell that starts with `text` (Monaco renders each line as a .view-line). */
function lineOf(page, text) {
  return notebookEditor(page).locator('.code-cell-row').first().locator('.view-line', { hasText: text }).first();
}

/** Moves the mouse over the first character of `line` until the editor shows a hover whose text passes `accept`. */
async function hoverFirstCharacter(page, line, accept) {
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)');
  let shown = '';
  await poll('the hover', async () => {
    const box = await line.boundingBox();
    await page.mouse.move(box.x + 200, box.y - 40);
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    try {
      await hover.first().waitFor({ timeout: 3_000 });
      shown = await hover.first().innerText();
    } catch {
      shown = '';
    }
    return accept(shown);
  }, HOVER_TIMEOUT_MS);
  return shown;
}

export async function testLanguageFeatures({ page, resultsDir }) {
  const log = (message) => console.log(`[ui] ${message}`);
  await runCommand(page, 'View: Close All Editors');
  await openFromExplorer(page, NOTEBOOK);
  await notebookEditor(page).locator('.code-cell-row').first().waitFor();
  await runCommand(page, 'Autograd Notebooks: Restart Kernel');

  // Run the first code cell where it is (Shift+Enter would move on and scroll it away).
  const wLine = lineOf(page, 'w = torch.randn(5, 3, requires_grad=True)');
  await wLine.click();
  await runCommand(page, 'Notebook: Execute Cell');
  const text = await hoverFirstCharacter(page, wLine, (shown) => shown.includes('[5, 3]'));
  for (const part of ['w', 'Tensor', '[5, 3]', 'torch.float32', 'requires_grad=True', 'is_leaf=True', 'grad_fn=None', '1.5410']) {
    assert.ok(text.includes(part), `the hover over w shows ${part}:\n${text}`);
  }
  await page.screenshot({ path: join(resultsDir, 'ui-hover.png') });
  log('hover over w shows its shape, dtype, requires_grad, is_leaf and values');
  await page.keyboard.press('Escape');

  // A new cell below the first; typing `w.gr` offers `grad`.
  await wLine.click();
  await runCommand(page, 'Notebook: Insert Code Cell Below');
  await page.keyboard.type('w.gr');
  const suggestions = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
  await poll('the completion list', async () => {
    if ((await suggestions.count()) === 0) await page.keyboard.press('Control+Space');
    await page.waitForTimeout(500);
    return (await suggestions.allInnerTexts()).some((row) => /^grad\b/.test(row.trim()));
  }, HOVER_TIMEOUT_MS);
  await page.screenshot({ path: join(resultsDir, 'ui-completion.png') });
  log('completion after `w.` offers grad');
  await page.keyboard.press('Escape');
  // The workspace auto-saves: take the cell out again so the tutorial stays as it was for the tests after this one.
  await runCommand(page, 'Notebook: Delete Cell');
  await poll('the typed cell to go', async () => (await notebookEditor(page).locator('.code-cell-row', { hasText: 'w.gr' }).count()) === 0, 10_000);

  await runCommand(page, 'Autograd Notebooks: Restart Kernel');
  await page.mouse.move(0, 0);
  const gone = await hoverFirstCharacter(page, wLine, (shown) => !shown.includes('[5, 3]'));
  assert.ok(!gone.includes('requires_grad'), 'after Restart Kernel the hover no longer describes w');
  log('after Restart Kernel the hover no longer describes w');
  await runCommand(page, 'View: Close All Editors');
}
