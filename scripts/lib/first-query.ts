/**
 * What a reader's first search costs, measured in Chromium against a served
 * `dist/`, in two steps: opening search (ours: the dialog fetches its core;
 * Pagefind: its API loads and initialises), then the first query until its
 * first screen of results is filled. Requests are counted per step; bytes
 * (gzipped, as a CDN would serve them) over both. Ours: the dialog at
 * 1280×800, the query pasted in one go. Pagefind: its JS API over the same
 * `dist/`, loading the five results its UI shows first. Every measurement
 * starts with an empty cache.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { gzipSize } from './measure.ts';

export interface FirstQuery {
  /** Gzipped bytes of everything fetched, from opening search to a full first screen of results. */
  readonly bytes: number;
  /** Requests made on opening search, before anything is typed. */
  readonly openRequests: number;
  /** Requests the first query adds once search is open. */
  readonly requests: number;
}

/** Resolves when no request has been in flight for `quietMs`. */
async function settle(page: Page, pending: () => number, quietMs = 250, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  let quietSince = Date.now();
  while (Date.now() - started < timeoutMs) {
    await page.waitForTimeout(50);
    if (pending() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
  }
  throw new Error('The page never stopped loading.');
}

interface Steps {
  /** Loads the page search starts from. */
  start(page: Page): Promise<void>;
  /** Opens search (nothing typed yet). */
  open(page: Page): Promise<void>;
  /** Runs the query and shows its first screen of results. */
  query(page: Page): Promise<void>;
}

async function measure(browser: Browser, dist: string, prefix: string, steps: Steps): Promise<FirstQuery> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await steps.start(page);
  const files: string[] = [];
  let inFlight = 0;
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith(prefix)) files.push(pathname);
    inFlight += 1;
  });
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  await steps.open(page);
  await settle(page, () => inFlight);
  const openRequests = files.length;
  await steps.query(page);
  await settle(page, () => inFlight);
  await context.close();
  const bytes = files.reduce((sum, file) => sum + gzipSize(readFileSync(path.join(dist, decodeURIComponent(file)))), 0);
  return { bytes, openRequests, requests: files.length - openRequests };
}

/** Our dialog: open with `/`, paste the query, wait until the first screen is filled. */
export function ourFirstQuery(browser: Browser, baseUrl: string, dist: string, essayPath: string, query: string): Promise<FirstQuery> {
  return measure(browser, dist, '/search/', {
    start: async (page) => void (await page.goto(`${baseUrl}${essayPath}`)),
    open: async (page) => {
      await page.keyboard.press('/');
      await page.locator('#_search-results .kind-concept').first().waitFor();
    },
    query: async (page) => {
      await page.locator('#_search-input').fill(query);
      await page.locator(`#_search-results[data-query="${query.replace(/"/g, '\\"')}"]`).waitFor({ state: 'attached' });
    },
  });
}

/** Where Pagefind's searches run: a page without our Content Security Policy, so its WebAssembly may. */
const PAGEFIND_PAGE = '/pagefind-bench.html';

/** Writes that page into `dist` (before it is served). */
export function writePagefindPage(dist: string): void {
  writeFileSync(path.join(dist, PAGEFIND_PAGE), '<!doctype html><meta charset="utf-8"><title>Pagefind bench</title>');
}

/** Pagefind: import its API, search, and load the five results its UI shows first. */
export function pagefindFirstQuery(browser: Browser, baseUrl: string, dist: string, query: string): Promise<FirstQuery> {
  return measure(browser, dist, '/pagefind/', {
    start: async (page) => void (await page.goto(`${baseUrl}${PAGEFIND_PAGE}`)),
    // What Pagefind's own UI does when it opens: load the API and initialise it (entry, WebAssembly, metadata).
    open: async (page) => {
      await page.evaluate(async () => {
        const pagefind = await import('/pagefind/pagefind.js' as string);
        await pagefind.init();
        (window as unknown as { pagefind: unknown }).pagefind = pagefind;
      });
    },
    query: async (page) => {
      await page.evaluate(async (q) => {
        const pagefind = (
          window as unknown as { pagefind: { search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }> } }
        ).pagefind;
        const found = await pagefind.search(q);
        await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
      }, query);
    },
  });
}

/** For each query, the URLs of Pagefind's top `limit` results, best first. */
export async function pagefindTopUrls(browser: Browser, baseUrl: string, queries: readonly string[], limit: number): Promise<string[][]> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}${PAGEFIND_PAGE}`);
  const urls = await page.evaluate(
    async ({ queries: list, limit: top }) => {
      const pagefind = await import('/pagefind/pagefind.js' as string);
      const out: string[][] = [];
      for (const query of list) {
        const found = await pagefind.search(query);
        const data = await Promise.all(found.results.slice(0, top).map((result: { data(): Promise<{ url: string }> }) => result.data()));
        out.push(data.map((item) => item.url));
      }
      return out;
    },
    { queries: [...queries], limit },
  );
  await page.close();
  return urls;
}
