// Entry point of `npm run bench` (after npm run build): bundles the harness (test/bench/main.ts, which calls the
// engine's TypeScript API) into out/bench/ and runs it with the arguments given. See main.ts for the options.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = 'out/bench/main.js';

await esbuild.build({
  entryPoints: ['test/bench/main.ts'],
  outfile: bundle,
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // As tools/build.mjs: the engine's standard modules written in Python are bundled as text.
  loader: { '.py': 'text' },
  // TensorFlow.js's ES modules: its gradients (register_all_gradients) must register with the same engine the
  // wasm backend does, which its CommonJS bundles would load twice.
  mainFields: ['module', 'main'],
});
const run = spawnSync(process.execPath, ['--enable-source-maps', `${root}/${bundle}`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
