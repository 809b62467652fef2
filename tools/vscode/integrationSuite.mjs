// The extension-host test suite both integration runners start: its bundled entry (built by
// `npm run build` from test/integration/) and the fixture folder opened as the workspace.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './install-code-server.mjs';

export const extensionDevelopmentPath = repoRoot;
export const extensionTestsPath = join(repoRoot, 'out', 'test', 'integration', 'index.js');
export const fixtureWorkspace = join(repoRoot, 'test', 'fixtures', 'workspace');

/** Exits with a clear message when the suite has not been built. */
export function requireBuiltSuite(label) {
  if (!existsSync(extensionTestsPath)) {
    console.error(`[${label}] ${extensionTestsPath} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}
