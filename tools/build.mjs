// Builds everything into dist/ (what the .vsix ships) and out/ (tests):
//   dist/extension.js  VS Code glue (Node, `vscode` external)
//   dist/server.js     kernel server: a language-server process owning the kernels
//   dist/kernelWorker.js  one worker thread per notebook
//   dist/kernelBoot.js    what such a worker starts with: loads kernelWorker.js through V8's code cache
//   dist/cli.js        the headless runner (`agnb run`)
//   dist/webview/*     inspector UI and the notebook renderer for tensor and module outputs (browser)
//   out/test/**        unit and integration tests
// Usage: node tools/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePythonParser } from './python-grammar.mjs';
import { generateWasmKernels } from './wasm-kernels.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

await generatePythonParser();
await generateWasmKernels();

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  // The engine's standard modules written in Python (engine/python/stdlib/source/) are bundled as text.
  loader: { '.py': 'text' },
};

const browser = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  outdir: 'dist',
};

const testEntries = (dir) =>
  readdirSync(join(root, dir))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ in: join(dir, file), out: join(dir, basename(file, '.ts')) }));

const builds = [
  {
    ...node,
    entryPoints: {
      extension: 'extension/extension.ts',
      server: 'extension/server/server.ts',
      kernelWorker: 'extension/server/kernelWorker.ts',
      kernelBoot: 'extension/server/kernelBoot.ts',
      kernelHelper: 'extension/server/kernelHelper.ts',
      cli: 'extension/cli/agnb.ts',
    },
    outdir: 'dist',
    external: ['vscode'],
  },
  {
    ...browser,
    format: 'iife',
    entryPoints: { 'webview/inspector': 'webview/inspector/main.ts' },
    loader: { '.css': 'css' },
  },
  {
    // VS Code loads notebook renderers as ES modules; their styles are inserted as text.
    ...browser,
    format: 'esm',
    entryPoints: { 'webview/renderer': 'webview/renderer/index.ts' },
    loader: { '.css': 'text' },
  },
];
if (!production) {
  builds.push({
    ...node,
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    entryPoints: testEntries('test/unit'),
    outdir: 'out',
    // Test code reads fixtures relative to itself and may load CommonJS packages.
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module';",
        "import { fileURLToPath as __fileURLToPath } from 'node:url';",
        'const require = __createRequire(import.meta.url);',
        'const __filename = __fileURLToPath(import.meta.url);',
        "const __dirname = __fileURLToPath(new URL('.', import.meta.url));",
      ].join(' '),
    },
  });
  builds.push({
    ...node,
    entryPoints: testEntries('test/integration'),
    outdir: 'out',
    external: ['vscode', 'mocha'],
  });
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
