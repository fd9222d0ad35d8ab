/**
 * Drives Debian's Chromium (the `chromium` on the PATH) with playwright-core.
 * Never downloads a browser of its own.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]);

/** Path of the `chromium` on the PATH, or undefined when there is none. */
export function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH
    }
  }
  return undefined;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No `chromium` on the PATH. Install it with: apt-get install -y chromium');
  // Tests open a fresh context, so a fresh page, for almost every case. On a 2-core machine a new page took about 450 ms,
  // and 365 ms when Chromium may reuse renderer processes (a second page of one context: 190 ms, and 100 ms). Contexts
  // keep their own storage either way. Not for Lighthouse (lighthouse.ts), which measures a page as a reader's browser
  // would load it.
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--renderer-process-limit=1'] });
}
