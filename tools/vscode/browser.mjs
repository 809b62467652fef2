// Launches Debian's Chromium through playwright-core (Playwright's own browser download is not
// reachable here). Playwright starts Chromium in its own process group and kills that group
// when this process exits, so a failing or interrupted run leaves no browser behind.

import { chromium } from 'playwright-core';
import { chromiumPath } from './install-code-server.mjs';

const LAUNCH_TIMEOUT_MS = 60_000;

// The machine's network is closed: without these, Chromium retries Google's services at every
// start. --no-sandbox is needed when running as root, as CI does.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const VIEWPORT = { width: 1600, height: 1000 };

/** A headless Chromium; the caller closes it. */
export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: LAUNCH_TIMEOUT_MS,
    // The session decides what a signal means (it exits, and exit handlers kill the browsers).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
