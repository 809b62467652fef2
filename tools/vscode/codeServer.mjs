// Starts and stops code-server (VS Code's workbench served over HTTP) for one test run.
//
// Everything VS Code writes goes under the run's own folder (user data, extensions, XDG dirs),
// so runs never see each other's state or the developer's $HOME. code-server and all its
// children (extension host, pty host, file watcher) run in their own process group, which is
// killed as a whole: killing only the main PID leaves orphans that would keep CI alive.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { codeServerBin, node24Dir } from './install-code-server.mjs';

const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 3_000;
const INSTALL_EXTENSION_TIMEOUT_MS = 60_000;

// Keeps the workbench free of welcome pages, AI panels, tips and network chatter that would
// cover the editor in screenshots or slow down a 2-core machine.
const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  // Run folders live inside this repository; don't offer to open its git repository.
  'git.openRepositoryInParentFolders': 'never',
};

const node24 = join(node24Dir, 'bin', 'node');

/** Creates the folders of one run under `runDir`, with quiet user settings, and returns their paths. */
export function runFolders(runDir) {
  const folders = {
    userData: join(runDir, 'user-data'),
    extensions: join(runDir, 'extensions'),
    xdgConfig: join(runDir, 'xdg', 'config'),
    xdgData: join(runDir, 'xdg', 'data'),
    xdgCache: join(runDir, 'xdg', 'cache'),
  };
  for (const folder of Object.values(folders)) mkdirSync(folder, { recursive: true });
  mkdirSync(join(folders.userData, 'User'), { recursive: true });
  writeFileSync(join(folders.userData, 'User', 'settings.json'), JSON.stringify(QUIET_USER_SETTINGS, null, 2));
  return folders;
}

function codeServerEnv(folders) {
  return {
    ...process.env,
    PATH: `${join(node24Dir, 'bin')}:${process.env.PATH}`,
    XDG_CONFIG_HOME: folders.xdgConfig,
    XDG_DATA_HOME: folders.xdgData,
    XDG_CACHE_HOME: folders.xdgCache,
    // No extension gallery is reachable; an empty gallery configuration turns lookups off
    // instead of letting them fail into the logs.
    EXTENSIONS_GALLERY: '{}',
  };
}

/** Installs a packaged extension (.vsix) into the run's extensions folder, before the server starts. */
export function installExtension(folders, vsixPath) {
  const result = spawnSync(
    node24,
    [codeServerBin, '--config', '/dev/null', '--user-data-dir', folders.userData,
      '--extensions-dir', folders.extensions, '--install-extension', vsixPath],
    { env: codeServerEnv(folders), encoding: 'utf8', timeout: INSTALL_EXTENSION_TIMEOUT_MS, killSignal: 'SIGKILL' },
  );
  if (result.status !== 0) {
    throw new Error(`installing ${vsixPath} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}):\n${result.stdout}${result.stderr}`);
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Starts code-server on a free loopback port, serving `workspace`, and resolves once /healthz
 * answers. `serverArgs` are extra code-server flags. The returned handle's `stop()` ends the
 * whole process group; so does this process's exit, however it happens.
 */
export async function startCodeServer({ folders, workspace, logFile, serverArgs = [] }) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, 'a');
  const child = spawn(
    node24,
    [codeServerBin, '--config', '/dev/null', '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--reconnection-grace-time', '5',
      ...serverArgs, workspace],
    // detached: the server leads a new process group (setsid), so its children can be killed together.
    { detached: true, stdio: ['ignore', log, log], env: codeServerEnv(folders) },
  );
  closeSync(log);

  let exited = false;
  const exitedPromise = new Promise((done) => child.once('exit', () => { exited = true; done(); }));
  const killGroup = (signal) => {
    try { process.kill(-child.pid, signal); } catch { /* group already gone */ }
  };
  // Whatever ends this process (a failure, a timeout, Ctrl-C) must not leave VS Code running.
  const killOnExit = () => killGroup('SIGKILL');
  process.once('exit', killOnExit);

  const server = {
    origin,
    async stop() {
      killGroup('SIGTERM');
      await Promise.race([exitedPromise, sleep(STOP_GRACE_MS)]);
      // SIGKILL the group even after the leader exited: its children may still be running.
      killGroup('SIGKILL');
      process.removeListener('exit', killOnExit);
    },
  };

  try {
    await waitUntilHealthy(origin, () => exited);
  } catch (error) {
    await server.stop();
    throw new Error(`${error.message}; see ${logFile}`);
  }
  return server;
}

async function waitUntilHealthy(origin, hasExited) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('code-server exited during start-up');
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await sleep(100);
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${READY_TIMEOUT_MS / 1000} s`);
}

/** The workbench address for `workspace`, with VS Code's development `payload` entries if any. */
export function workbenchUrl(origin, workspace, payload) {
  const url = new URL('/', origin);
  url.searchParams.set('folder', workspace);
  if (payload) url.searchParams.set('payload', JSON.stringify(payload));
  return url.href;
}
