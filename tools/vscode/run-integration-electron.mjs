#!/usr/bin/env node
// `npm run test:integration:electron`: the same extension-host suite as `npm run test:integration`,
// run by @vscode/test-electron in a desktop VS Code it downloads from Microsoft. For machines
// that can reach that download; where only the npm registry is reachable, use the code-server
// runner instead.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, runTests, TestRunFailedError } from '@vscode/test-electron';
import { cacheDir } from './install-code-server.mjs';
import { extensionDevelopmentPath, extensionTestsPath, fixtureWorkspace, requireBuiltSuite } from './integrationSuite.mjs';
import { prepareWorkspace } from './session.mjs';

const DOWNLOAD_TIMEOUT_MS = 60_000;
const RUN_TIMEOUT_MS = 10 * 60_000;

requireBuiltSuite('integration:electron');

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({ cachePath: cacheDir, timeout: DOWNLOAD_TIMEOUT_MS });
} catch (error) {
  console.error(`[integration:electron] could not download VS Code: ${error.message}`);
  console.error('[integration:electron] this machine cannot reach Microsoft\'s VS Code download; '
    + 'run `npm run test:integration` (code-server from npm) instead');
  process.exit(1);
}

// runTests has no time limit of its own: a hung VS Code is killed here (its helpers exit with it).
const watchdog = setTimeout(() => {
  console.error(`[integration:electron] no result after ${RUN_TIMEOUT_MS / 1000} s; killing VS Code`);
  spawnSync('pkill', ['-KILL', '-P', String(process.pid)]);
  process.exit(1);
}, RUN_TIMEOUT_MS);
watchdog.unref();

const workspace = prepareWorkspace(join(cacheDir, 'runs', `electron-${Date.now()}-${process.pid}`), fixtureWorkspace);
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions'],
  });
  process.exit(0);
} catch (error) {
  console.error(`[integration:electron] ${error.message}`);
  process.exit(error instanceof TestRunFailedError && error.code ? error.code : 1);
}
