// One test run against a real VS Code: code-server serving a fresh workspace copy, driven by a
// headless Chromium page. Shared by the integration and UI runners so that set-up, time limits
// and clean-up are written once.
//
// Time limits nest: Playwright actions time out on their own, the run's body has `timeoutMs`,
// and a watchdog a little later ends the process whatever is stuck (browser.close included).
// Every way out of the process (return, watchdog, Ctrl-C, SIGTERM from CI) goes through
// process exit, where the code-server group and Chromium are killed.

import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, VIEWPORT } from './browser.mjs';
import { installExtension, runFolders, startCodeServer } from './codeServer.mjs';
import { cacheDir, ensureCodeServer, repoRoot } from './install-code-server.mjs';

export { repoRoot };
export const testResultsDir = join(repoRoot, 'test-results');

const ACTION_TIMEOUT_MS = 30_000;
const BROWSER_CLOSE_TIMEOUT_MS = 10_000;
const WATCHDOG_SLACK_MS = 60_000;

async function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function exitOnSignals() {
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
}

/** A fresh copy of `workspaceSource` (an empty folder if it does not exist) as `runDir`/workspace. */
export function prepareWorkspace(runDir, workspaceSource) {
  const workspace = join(runDir, 'workspace');
  if (workspaceSource && existsSync(workspaceSource)) {
    cpSync(workspaceSource, workspace, { recursive: true });
  } else {
    mkdirSync(workspace, { recursive: true });
  }
  return workspace;
}

async function saveFailureScreenshot(page, name) {
  const path = join(testResultsDir, `${name}-failure.png`);
  try {
    await page.screenshot({ path, timeout: 10_000 });
    console.error(`[${name}] screenshot of the failure: ${path}`);
  } catch { /* the page may be the thing that broke */ }
}

/**
 * Runs `body({ page, origin, workspace })` against a fresh code-server and returns the process
 * exit code: what `body` returns, or 1 if anything fails or takes longer than `timeoutMs`.
 *
 * options.name            run label, used for log prefixes, the run folder and failure screenshots
 * options.timeoutMs       limit for server start, browser launch and `body` together
 * options.workspaceSource folder copied as the workspace (an empty one if absent)
 * options.vsix            packaged extension installed before the server starts
 * options.serverArgs      extra code-server flags
 */
export async function runInVSCode({ name, timeoutMs, workspaceSource, vsix, serverArgs }, body) {
  exitOnSignals();
  const log = (message) => console.log(`[${name}] ${message}`);
  try {
    ensureCodeServer();
  } catch (error) {
    console.error(`[${name}] could not install code-server: ${error.message}`);
    return 1;
  }

  const watchdog = setTimeout(() => {
    console.error(`[${name}] still running ${(timeoutMs + WATCHDOG_SLACK_MS) / 1000} s after start; killing VS Code`);
    process.exit(1);
  }, timeoutMs + WATCHDOG_SLACK_MS);
  watchdog.unref();

  const runDir = join(cacheDir, 'runs', `${name}-${Date.now()}-${process.pid}`);
  mkdirSync(testResultsDir, { recursive: true });
  let server;
  let browser;
  let page;
  let code = 1;
  try {
    const folders = runFolders(runDir);
    const workspace = prepareWorkspace(runDir, workspaceSource);
    if (vsix) {
      installExtension(folders, vsix);
      log(`installed ${vsix}`);
    }
    const started = Date.now();
    server = await startCodeServer({ folders, workspace, logFile: join(runDir, 'code-server.log'), serverArgs });
    log(`code-server ready at ${server.origin} (${Date.now() - started} ms)`);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const remainingMs = timeoutMs - (Date.now() - started);
    code = await withTimeout(body({ page, origin: server.origin, workspace }), remainingMs,
      `timed out after ${timeoutMs / 1000} s`);
  } catch (error) {
    console.error(`[${name}] FAILED: ${error.stack ?? error}`);
    if (page) await saveFailureScreenshot(page, name);
    code = 1;
  } finally {
    await withTimeout(browser?.close(), BROWSER_CLOSE_TIMEOUT_MS, 'browser.close timed out').catch(() => {});
    await server?.stop();
  }

  if (code === 0) {
    rmSync(runDir, { recursive: true, force: true });
  } else {
    log(`kept ${runDir} (code-server.log, user-data/logs) for diagnosis`);
  }
  clearTimeout(watchdog);
  return code;
}
