/**
 * Starts `astro dev` on a content folder, on a free port, for the browser
 * tests and the benchmark, and stops it with everything it started.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import path from 'node:path';
import { ROOT } from './site.ts';

const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface DevServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Everything the server printed so far, colours removed. */
  output(): string;
  /** Stops the server and its children; resolves once they are gone. */
  close(): Promise<void>;
}

/** How long a dev server may take to start before we give up (a cold Vite start on a busy machine). */
const START_TIMEOUT_MS = 120_000;
/** How long a stopped server gets to exit before it is killed. */
const STOP_GRACE_MS = 5_000;

/**
 * Runs `astro dev --port 0` in its own process group, so that `close()`
 * reaches Vite's and esbuild's children too, and resolves with its address
 * once it listens. Port 0 lets the system pick a free port; the URL is read
 * from what Astro prints.
 */
export function startDevServer(options: { contentDir: string; env?: Record<string, string> }): Promise<DevServer> {
  // Under vitest, `VITEST` (and NODE_ENV=test) would be inherited, and Astro's dev server then answers every page with 404.
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV');
  const env = { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: options.contentDir, ...options.env };
  const child = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', '0'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // the group is already gone
    }
  };
  const close = async (): Promise<void> => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
    signal('SIGKILL');
  };
  const killOnExit = (): void => signal('SIGKILL');
  process.on('exit', killOnExit);
  return new Promise<DevServer>((resolve, reject) => {
    const timer = setTimeout(() => fail(`astro dev did not start within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const fail = (reason: string): void => {
      clearTimeout(timer);
      void close().then(() => reject(new Error(`${reason}:\n${output.slice(-4000)}`)));
    };
    const read = (chunk: Buffer): void => {
      output += stripVTControlCharacters(chunk.toString());
      const url = output.match(/http:\/\/127\.0\.0\.1:(\d+)\//)?.[0];
      if (!url) return;
      clearTimeout(timer);
      child.stdout.off('data', read);
      child.stdout.on('data', (more: Buffer) => (output += stripVTControlCharacters(more.toString())));
      resolve({ url: url.slice(0, -1), output: () => output, close });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString())));
    child.once('exit', (code) => fail(`astro dev exited with code ${code}`));
  });
}
