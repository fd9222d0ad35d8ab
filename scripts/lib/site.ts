/**
 * Builds a corpus with the real `astro build` (as `npm run build` does) and
 * serves the output the way a static host would.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createServer as createHttpServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { withoutBase } from '../../src/routes.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  readonly code: number | null;
  readonly output: string;
  readonly ms: number;
  /** Peak resident memory of the build in MB (worker threads included), when asked for. */
  readonly peakRssMb?: number | undefined;
}

const PEAK_RSS = path.join(import.meta.dirname, 'report-peak-rss.ts');

/**
 * Astro writes a build's content image imports to `<root>/.astro/`, which all
 * builds of one project share, so two builds at once can bundle each other's
 * list and lose their images. Builds take turns until their bundles are
 * written (Astro then says it is generating routes); rendering still overlaps.
 * Returns the function that hands the turn on.
 */
async function takeTurn(root: string): Promise<() => void> {
  const lock = path.join(root, '.astro', 'build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      let held = true;
      return () => {
        if (held) rmSync(lock, { recursive: true, force: true });
        held = false;
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(200);
    }
  }
}

/** A lock left by a process that died (a killed test run) must not block the next build. */
function holderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    return true; // just taken, its pid not yet written
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The environment without what Vitest sets for its own runs (NODE_ENV=test,
 * MODE, DEV, PROD…): Astro reads those too, and a build would take itself
 * for a development one (`import.meta.env.DEV` true). Builds run as
 * `npm run build` runs them.
 */
function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept = { ...env };
  for (const name of ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST']) delete kept[name];
  for (const name of Object.keys(kept)) if (name.startsWith('VITEST_')) delete kept[name];
  return kept;
}

/** Runs `astro build` on `contentDir` into `outDir`; never throws on a failed build. */
export async function buildSite(options: {
  contentDir?: string;
  outDir: string;
  env?: Record<string, string>;
  root?: string;
  peakRss?: boolean;
}): Promise<BuildResult> {
  const cacheDir = `${options.outDir}.cache`;
  mkdirSync(cacheDir, { recursive: true });
  const env: Record<string, string | undefined> = {
    ...withoutVitest(process.env),
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_CACHE_DIR: cacheDir,
    ...options.env,
  };
  if (options.contentDir) env['CONTENT_DIR'] = options.contentDir;
  const root = options.root ?? ROOT;
  const handOn = await takeTurn(root);
  const started = performance.now();
  return new Promise((resolve) => {
    const preload = options.peakRss ? ['--import', PEAK_RSS] : [];
    const child = spawn(process.execPath, [...preload, ASTRO, 'build', '--outDir', options.outDir], { cwd: root, env });
    let output = '';
    const read = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (output.slice(-text.length - 40).includes('generating static routes')) handOn();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('close', (code) => {
      handOn();
      const peak = output.match(/^peak-rss-kb (\d+)$/m)?.[1];
      resolve({
        code,
        // Astro colours its log when it sees CI=true; tests read the words.
        output: stripVTControlCharacters(output),
        ms: performance.now() - started,
        peakRssMb: peak === undefined ? undefined : Math.round(Number(peak) / 1024),
      });
    });
  });
}

export interface OgImageCounts {
  readonly images: number;
  readonly drawn: number;
  readonly drawMs: number;
  readonly cached: number;
}

/** What a build's log says of its Open Graph images (the og-images integration, src/build/og-placement.ts, says it); zeros if it says nothing. */
export function ogImageCounts(output: string): OgImageCounts {
  const [, images, drawn, drawMs, cached] =
    output.match(/\[og-images\] (\d+) images: (\d+) drawn \((\d+) ms of drawing\), (\d+) from the cache/) ?? [];
  return { images: Number(images ?? 0), drawn: Number(drawn ?? 0), drawMs: Number(drawMs ?? 0), cached: Number(cached ?? 0) };
}

export interface Served {
  /** The site's address, without a trailing slash: `${url}/essays/x/` is a page. */
  readonly url: string;
  close(): void;
}

/**
 * Serves a built `outDir` as any static host would (sirv, which Vite's own
 * preview uses): `/x/` serves `x/index.html`, a missing page gets `404.html`
 * with status 404. With a `base` (`/sub/`), dist/ is served at that path, as
 * a GitHub Pages project site is, and everything outside it is missing.
 * Astro allows one `astro preview` per project, so tests cannot use it beside
 * a reader's `npm start`.
 */
export async function serveSite(outDir: string, base = '/'): Promise<Served> {
  const assets = sirv(outDir, { dev: false, etag: false });
  const notFound = readFileSync(path.join(outDir, '404.html'));
  const missing = (response: ServerResponse): void => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(notFound);
  };
  const server = createHttpServer((request, response) => {
    const inside = withoutBase(request.url ?? '/', base);
    if (inside === undefined) return missing(response);
    request.url = inside;
    assets(request, response, () => missing(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}${base.slice(0, -1)}`, close: () => server.close() };
}

/**
 * Site paths listed in a built site's sitemap (whatever origin SITE_URL gave
 * them), for the site served at `siteUrl` under the same path as SITE_URL's.
 */
export async function sitemapPaths(siteUrl: string): Promise<string[]> {
  const { origin, pathname } = new URL(siteUrl);
  const base = pathname.replace(/\/?$/, '/');
  const index = await (await fetch(`${siteUrl}/sitemap-index.xml`)).text();
  const paths: string[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await fetch(`${origin}${new URL(sitemap!).pathname}`)).text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const page = withoutBase(new URL(loc!).pathname, base);
      if (page === undefined) throw new Error(`The sitemap lists ${loc}, outside ${base}.`);
      paths.push(page);
    }
  }
  return paths;
}
