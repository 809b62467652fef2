// The first code a kernel worker runs: loads the kernel (kernelWorker.js beside it) through V8's code cache.
// Compiling the 1 MB bundle and the functions a first cell needs is most of a cold start; with the cache from an
// earlier worker they arrive compiled. A worker without a usable cache writes one as soon as its first cell has
// run (a kernel shut down while idle exits by itself, so even one closed right away leaves it for the next). The
// cache lives in a directory of the temp directory only this user may write to, keyed by the bundle's size and
// modification time and the Node version (cheaper than hashing 1 MB, and a build always writes a new file); V8
// also refuses a cache it cannot use, and any failure just compiles as without one.
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { WorkerRequest } from './protocol';

const CACHE_PREFIX = 'kernelWorker-';

const script = join(__dirname, 'kernelWorker.js');
// esbuild writes the bundle's code in ASCII (non-ASCII characters in strings escaped); only a comment may hold
// UTF-8 bytes. Read byte for byte, the source is a one-byte string: no decoding, half the memory of UTF-16.
const source = readFileSync(script, 'latin1');

/** The cache directory, unless someone else could have written into it. */
function cacheDirectory(): string | undefined {
  try {
    const directory = join(tmpdir(), `agnb-code-cache-${userInfo().username}`);
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const { uid, mode } = statSync(directory);
    if (process.getuid && (uid !== process.getuid() || (mode & 0o077) !== 0)) return undefined;
    return directory;
  } catch {
    return undefined;
  }
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache and removes the ones of earlier bundles. */
function writeCache(directory: string, name: string, data: Buffer): void {
  try {
    const partial = join(directory, `${name}.${process.pid}.${Date.now()}`);
    writeFileSync(partial, data);
    renameSync(partial, join(directory, name));
    for (const stale of readdirSync(directory)) if (stale.startsWith(CACHE_PREFIX) && stale !== name) unlinkSync(join(directory, stale));
  } catch {
    // Not written or not cleaned: the next start compiles again, or finds the stale file ignored.
  }
}

const directory = cacheDirectory();
const { size, mtimeMs } = statSync(script);
const cacheName = `${CACHE_PREFIX}${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}.bin`;
const cachedData = directory ? readCache(join(directory, cacheName)) : undefined;
const compiled = new Script(Module.wrap(source), { filename: script, cachedData });
const bundleModule = { exports: {} };
(compiled.runInThisContext() as (...args: unknown[]) => void).call(
  bundleModule.exports,
  bundleModule.exports,
  Module.createRequire(script),
  bundleModule,
  script,
  dirname(script),
);
if (directory && (cachedData === undefined || compiled.cachedDataRejected)) {
  // Listening after the kernel, this runs once the kernel has answered its first cell, before the next message
  // (which may be the shutdown): the cache then holds the functions start-up and that cell compiled.
  const afterFirstCell = (request: WorkerRequest) => {
    if (request.type !== 'execute') return;
    parentPort!.off('message', afterFirstCell);
    writeCache(directory, cacheName, compiled.createCachedData());
  };
  parentPort!.on('message', afterFirstCell);
}
