#!/usr/bin/env node
// `npm run test:ui`: the UI test (test/ui/) in a real VS Code, code-server driven by Chromium,
// with the extension installed from the packaged .vsix, as a user would install it.

import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, testErrorsAndMalformed } from '../../test/ui/errorsAndMalformed.mjs';
import { testRichOutputsAndInspector } from '../../test/ui/richOutputsAndInspector.mjs';
import { testLanguageFeatures } from '../../test/ui/languageFeatures.mjs';
import { testTutorialNotebook } from '../../test/ui/tutorialNotebook.mjs';
import { workbenchUrl } from './codeServer.mjs';
import { repoRoot, runInVSCode, testResultsDir } from './session.mjs';

const TIMEOUT_MS = 5 * 60_000;
const PACKAGE_TIMEOUT_MS = 5 * 60_000;
const vsix = join(repoRoot, 'dist', 'autograd-notebooks.vsix');

// `npm run package` builds dist/ for production (vscode:prepublish) and packs it. No stdin:
// vsce then never waits on a question (it asks about missing manifest fields on a terminal).
const packaging = spawnSync('npm', ['run', '--silent', 'package'],
  { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], timeout: PACKAGE_TIMEOUT_MS, killSignal: 'SIGKILL' });
if (packaging.status !== 0) {
  console.error(`[ui] \`npm run package\` failed (${packaging.error?.message ?? `exit ${packaging.status ?? packaging.signal}`})`);
  process.exit(1);
}

const code = await runInVSCode({
  name: 'ui',
  timeoutMs: TIMEOUT_MS,
  workspaceSource: join(repoRoot, 'examples'),
  vsix,
}, async ({ page, origin, workspace }) => {
  for (const name of FIXTURES) copyFileSync(join(repoRoot, 'test', 'fixtures', 'workspace', name), join(workspace, name));
  await testTutorialNotebook({ page, url: workbenchUrl(origin, workspace), workspace, repoRoot, resultsDir: testResultsDir });
  await testErrorsAndMalformed({ page, workspace, repoRoot, resultsDir: testResultsDir });
  await testLanguageFeatures({ page, resultsDir: testResultsDir });
  await testRichOutputsAndInspector({ page, workspace, repoRoot, resultsDir: testResultsDir });
  console.log('[ui] passed');
  return 0;
});
process.exit(code);
