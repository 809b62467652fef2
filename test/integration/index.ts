// Entry point of the extension-host test suite, in the shape VS Code's test runners load it:
// `extensionTestsPath` points at the bundled out/test/integration/index.js, whose `run()` the
// extension host calls after the extension under development is loaded. The suite is every
// `*.test.js` bundled beside it.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  const testFiles = readdirSync(__dirname).filter((file) => file.endsWith('.test.js')).sort();
  if (testFiles.length === 0) throw new Error(`no *.test.js files in ${__dirname}`);
  for (const file of testFiles) mocha.addFile(join(__dirname, file));

  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
