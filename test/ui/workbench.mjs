// Playwright helpers for driving VS Code's web workbench (code-server 4.139 / VS Code 1.139) the
// way a user does: explorer, command palette, notebook toolbar, webviews. Selectors are VS Code's
// own DOM classes, kept here so a VS Code update means changing one file.

const PALETTE_ATTEMPT_MS = 2_000;
const SCROLL_SETTLE_MS = 50;
const WHEEL_DELTA_PX = 100;

/** Opens the workbench at `url` and waits until the explorer shows the workspace. */
export async function openWorkbench(page, url) {
  await page.goto(url);
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/**
 * Opens the command palette on `title` and resolves with its row, reopening the palette until the
 * command is listed: the list is fixed when the palette opens, and extension commands appear
 * only once the extension host has registered them.
 */
async function findCommand(page, title, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ timeout: PALETTE_ATTEMPT_MS });
      return row;
    } catch {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`"${title}" never appeared in the command palette`);
    }
  }
}

/** Waits until the command palette lists `title`, without running it. */
export async function waitForCommand(page, title, timeoutMs = 60_000) {
  await findCommand(page, title, timeoutMs);
  await page.keyboard.press('Escape');
}

/** Runs the command `title` from the command palette. */
export async function runCommand(page, title, timeoutMs = 60_000) {
  const row = await findCommand(page, title, timeoutMs);
  await row.click();
}

/** Double-clicks `fileName` in the explorer, as a user opens a file for good (not as a preview). */
export async function openFromExplorer(page, fileName) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().dblclick();
}

/** The open notebook editor. */
export function notebookEditor(page) {
  return page.locator('.notebook-editor:has(.cell-list-container)');
}

/** Clicks Run All in the notebook toolbar. */
export async function clickRunAll(page) {
  await page.locator('.notebook-toolbar-container a.action-label[aria-label="Run All"]').click();
}

/** The document inside the notebook's output webview (outputs of all cells render there). */
function notebookOutputs(page) {
  return page
    .frameLocator('iframe.webview.ready[src*="purpose=notebookRenderer"]')
    .frameLocator('iframe#active-frame');
}

/** Each cell's outputs currently in the output webview: its container id, offset and text. */
function renderedOutputs(page) {
  return notebookOutputs(page).locator('#container').evaluate((container) => {
    const top = (element) => parseFloat(element.style.top) || 0;
    return [...container.querySelectorAll(':scope > .cell_container')].map((cell) => ({
      id: cell.id,
      top: top(cell),
      text: [...cell.querySelectorAll(':scope > .output_container')]
        .sort((a, b) => top(a) - top(b))
        .map((output) => output.textContent)
        .join('\n'),
    }));
  });
}

/**
 * Scrolls the notebook with the mouse wheel in `direction` (1 down, -1 up) until it stops
 * moving, calling `visit` at every position.
 */
async function scrollNotebook(page, direction, visit) {
  const list = notebookEditor(page).locator('.cell-list-container');
  const box = await list.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // The list shifts its rows container by the scroll offset.
  const offset = () => list.locator('.monaco-list-rows').first().evaluate((rows) => rows.style.top);
  for (let previous, current = await offset(); current !== previous; previous = current, current = await offset()) {
    await visit?.();
    // VS Code moves the notebook a fixed step per wheel event, whatever the event's delta.
    await page.mouse.wheel(0, direction * WHEEL_DELTA_PX);
    await page.waitForTimeout(SCROLL_SETTLE_MS);
  }
}

/**
 * The text of every cell's outputs, one string per cell that has outputs, in notebook order.
 * VS Code renders only the cells near the viewport (outputs included), so this scrolls through
 * the whole notebook, collecting what each position shows. The webview positions each cell's
 * outputs at the cell's offset in the notebook, which gives the cells' order. Leaves the
 * notebook scrolled to the top.
 */
export async function readCellOutputs(page) {
  const cells = new Map();
  const collect = async () => {
    for (const cell of await renderedOutputs(page)) cells.set(cell.id, cell);
  };
  await scrollNotebook(page, -1);
  await scrollNotebook(page, 1, collect);
  await collect();
  await scrollNotebook(page, -1);
  return [...cells.values()]
    .sort((a, b) => a.top - b.top)
    .map((cell) => cell.text)
    .filter((text) => text.trim() !== '');
}

/** The document inside extension `extensionId`'s webview panel (not its notebook renderers). */
export function webviewPanel(page, extensionId) {
  return page
    .frameLocator(`iframe.webview.ready[src*="extensionId=${extensionId}"]:not([src*="purpose=notebookRenderer"])`)
    .frameLocator('iframe#active-frame');
}

/** Resolves once `probe()` is truthy; fails after `timeoutMs` naming `what` it waited for. */
export async function poll(what, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
