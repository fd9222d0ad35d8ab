/**
 * What a reader's first query costs, measured in Chromium against a served
 * `dist/`: every request from opening search to a full first screen of
 * results, and their gzipped bytes (as a CDN would serve them). Ours: the
 * dialog at 1280×800, the query pasted in one go. Pagefind: its JS API over
 * the same `dist/`, loading the five results its UI shows first. Each query
 * starts with an empty cache.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { gzipSize } from './measure.ts';

export interface FirstQuery {
  readonly bytes: number;
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

async function measure(browser: Browser, dist: string, prefix: string, run: (page: Page) => Promise<void>, start: (page: Page) => Promise<void>): Promise<FirstQuery> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await start(page);
  const files: string[] = [];
  let inFlight = 0;
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith(prefix)) files.push(pathname);
    inFlight += 1;
  });
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  await run(page);
  await settle(page, () => inFlight);
  await context.close();
  const bytes = files.reduce((sum, file) => sum + gzipSize(readFileSync(path.join(dist, decodeURIComponent(file)))), 0);
  return { bytes, requests: files.length };
}

/** Our dialog: open with `/`, paste the query, wait until the first screen is filled. */
export function ourFirstQuery(browser: Browser, baseUrl: string, dist: string, essayPath: string, query: string): Promise<FirstQuery> {
  return measure(
    browser,
    dist,
    '/search/',
    async (page) => {
      await page.keyboard.press('/');
      await page.locator('#_search-input').fill(query);
      await page.locator(`#_search-results[data-query="${query.replace(/"/g, '\\"')}"]`).waitFor({ state: 'attached' });
    },
    async (page) => void (await page.goto(`${baseUrl}${essayPath}`)),
  );
}

/** A page without our Content Security Policy, so that Pagefind's WebAssembly may run. */
export function writePagefindPage(dist: string): string {
  writeFileSync(path.join(dist, 'pagefind-bench.html'), '<!doctype html><meta charset="utf-8"><title>Pagefind bench</title>');
  return '/pagefind-bench.html';
}

/** Pagefind: import its API, search, and load the five results its UI shows first. */
export function pagefindFirstQuery(browser: Browser, baseUrl: string, dist: string, query: string): Promise<FirstQuery> {
  const blank = writePagefindPage(dist);
  return measure(
    browser,
    dist,
    '/pagefind/',
    async (page) => {
      await page.evaluate(async (q) => {
        const pagefind = await import('/pagefind/pagefind.js' as string);
        const found = await pagefind.search(q);
        await Promise.all(found.results.slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()));
      }, query);
    },
    async (page) => void (await page.goto(`${baseUrl}${blank}`)),
  );
}

/** For each query, the URLs of Pagefind's top `limit` results, best first. */
export async function pagefindTopUrls(browser: Browser, baseUrl: string, dist: string, queries: readonly string[], limit: number): Promise<string[][]> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}${writePagefindPage(dist)}`);
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
