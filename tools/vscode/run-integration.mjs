#!/usr/bin/env node
// `npm run test:integration`: the extension-host mocha suite (out/test/integration/index.js)
// inside a real VS Code, code-server, with this repository as the extension under development.
//
// code-server has no --extensionDevelopmentPath flag; the workbench takes the same settings
// from its `payload` URL parameter, which a release build honours only with the smoke-test
// driver enabled. With it on, the workbench hands the extension host's log lines (mocha's
// output) to window.codeAutomationLog and the suite's exit code to window.codeAutomationExit.

import { format } from 'node:util';
import { workbenchUrl } from './codeServer.mjs';
import { extensionDevelopmentPath, extensionTestsPath, fixtureWorkspace, requireBuiltSuite } from './integrationSuite.mjs';
import { runInVSCode } from './session.mjs';

const TIMEOUT_MS = 10 * 60_000;

requireBuiltSuite('integration');

const code = await runInVSCode({
  name: 'integration',
  timeoutMs: TIMEOUT_MS,
  workspaceSource: fixtureWorkspace,
  serverArgs: ['--vscode-option', 'enable-smoke-test-driver'],
}, async ({ page, origin, workspace }) => {
  let reportExit;
  const exitCode = new Promise((resolve) => { reportExit = resolve; });
  await page.exposeFunction('codeAutomationExit', (suiteExitCode) => reportExit(suiteExitCode));
  // Log entries arrive as console.log argument lists, e.g. ['  %d passing (%s)', 2, '13ms'].
  await page.exposeFunction('codeAutomationLog', (_level, args) => console.log(format(...[args].flat())));

  // Paths on the server are addressed through the workbench's remote authority.
  const remote = (path) => `vscode-remote://${new URL(origin).host}${path}`;
  await page.goto(workbenchUrl(origin, workspace, [
    ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
    ['extensionTestsPath', remote(extensionTestsPath)],
  ]));
  const suiteExitCode = await exitCode;
  console.log(`[integration] suite exited with ${suiteExitCode}`);
  return suiteExitCode;
});
process.exit(code);
