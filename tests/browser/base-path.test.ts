/**
 * A site served below a path, as a GitHub Pages project site is: the bundled
 * essays, and one essay with images and footnotes in prose and cells, built
 * with SITE_URL=https://example.org/sub/ and served at /sub/ only (anything
 * outside it is a 404). Chromium loads every page in the sitemap with no
 * failed request and no console error, every link and address on them
 * resolves, and search, link previews, `?h=` highlighting, citations and a
 * forwarding page work from under /sub/.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { buildSite, ROOT, serveSite, sitemapPaths, type Served } from '../../scripts/lib/site.ts';
import { removeCorpus } from '../support/corpus.ts';

const SITE_URL = 'https://example.org/sub/';

const PICTURES = `---
title: Pictures and notes
date: 2020-01-01
---

An image from \`public/\`, as an author adds one: ![The site's icon](/favicon.svg)

<picture><source media="(prefers-color-scheme: dark)" srcset="/favicon.svg 1x"><img src="/favicon.svg" alt="The icon, light or dark"></picture>

Read [who draws the map](/essays/who-draws-the-map/#contrast-risk) beside it.[^1]

| Aspect | Leadership | Management |
| --- | --- | --- |
| Risk | <img src="/favicon.svg" alt="A compass" width="16"> bets[^1] | guards |

[^1]: A note, cited from prose and from a cell.
`;

/** What a page asked for that failed, and the addresses it shows (links, sources, canonical and Open Graph URLs). */
async function visit(page: Page, url: string): Promise<{ failures: string[]; addresses: string[] }> {
  const failures: string[] = [];
  const record = (text: string) => failures.push(text);
  const onResponse = (response: { status(): number; url(): string }) => {
    if (response.status() >= 400) record(`${response.status()} ${response.url()}`);
  };
  // A request still in flight when the next page loads is aborted (the favicon, on a busy machine): that is the
  // test moving on, not the site failing. Every address a page shows is fetched and checked after the loop anyway.
  const onFailed = (request: { url(): string; failure(): { errorText: string } | null }) =>
    request.failure()?.errorText === 'net::ERR_ABORTED' || record(`${request.failure()?.errorText} ${request.url()}`);
  const onConsole = (message: { type(): string; text(): string }) => message.type() === 'error' && record(message.text());
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  page.on('console', onConsole);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(50);
  const addresses = await page.evaluate(() =>
    [
      ...[...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((node) => node.href),
      ...[...document.querySelectorAll<HTMLImageElement | HTMLScriptElement>('img[src], script[src]')].map((node) => node.src),
      ...[...document.querySelectorAll<HTMLSourceElement>('source[srcset]')].flatMap((node) =>
        node.srcset.split(',').map((candidate) => new URL(candidate.trim().split(/\s/)[0]!, location.href).href),
      ),
      ...[...document.querySelectorAll<HTMLFormElement>('form[action]')].map((node) => node.action),
      ...[...document.querySelectorAll<HTMLElement>('[data-cite-href]')].map((node) => new URL(node.dataset.citeHref!, location.href).href),
      ...[...document.querySelectorAll<HTMLMetaElement>('meta[property="og:url"], meta[property="og:image"]')].map((node) => node.content),
    ].filter((address) => /^https?:/.test(address)),
  );
  page.off('response', onResponse);
  page.off('requestfailed', onFailed);
  page.off('console', onConsole);
  return { failures, addresses };
}

describe.skipIf(!inject('siteUrl'))('a site served under /sub/', () => {
  let content: string;
  let site: Served;
  let browser: Browser;
  const out = path.join(ROOT, '.tmp/browser/base-path');

  beforeAll(async () => {
    content = mkdtempSync(path.join(tmpdir(), 'lm-base-'));
    cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    writeFileSync(path.join(content, 'essays/pictures-and-notes.md'), PICTURES);
    const result = await buildSite({ contentDir: content, outDir: out, env: { SITE_URL } });
    if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
    site = await serveSite(out, '/sub/');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    site?.close();
    removeCorpus(content);
  });

  it('is served at /sub/ only', async () => {
    expect(site.url).toMatch(/\/sub$/);
    expect((await fetch(`${site.url}/`)).status).toBe(200);
    expect((await fetch(new URL('/', site.url))).status).toBe(404);
    expect((await fetch(new URL('/favicon.svg', site.url))).status).toBe(404);
  });

  it('loads every page in the sitemap with no failed request or console error, and every address on them resolves', async () => {
    const paths = [...(await sitemapPaths(site.url)), '/404.html'];
    expect(paths).toContain('/essays/pictures-and-notes/');
    expect(paths.length).toBeGreaterThan(60);
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    const addresses = new Set<string>();
    for (const sitePath of paths) {
      const visited = await visit(page, `${site.url}${sitePath}`);
      failures.push(...visited.failures.map((failure) => `${sitePath}: ${failure}`));
      for (const address of visited.addresses) addresses.add(address.replace(/#.*$/, ''));
    }
    await context.close();
    expect(failures).toEqual([]);
    const served = new URL(site.url).origin;
    const broken: string[] = [];
    let checked = 0;
    for (const address of addresses) {
      const url = new URL(address);
      // Canonical and Open Graph URLs carry SITE_URL's origin: they must lie under its path, and exist here.
      if (url.origin !== served && url.origin !== new URL(SITE_URL).origin) continue;
      checked += 1;
      const response = url.pathname.startsWith('/sub/') ? await fetch(new URL(`${url.pathname}${url.search}`, served)) : undefined;
      if (response?.status !== 200) broken.push(`${address}: ${response?.status ?? 'not under /sub/'}`);
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  it('searches from a page: results lead under /sub/, and the page they open marks the words', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('response', (response) => requests.push(`${response.status()} ${new URL(response.url()).pathname}`));
    await page.goto(`${site.url}/essays/who-draws-the-map/`);
    await page.keyboard.press('/');
    await page.locator('#_search-input').fill('destination');
    const first = page.locator('#_search-results[data-query="destination"] [role="option"][data-href]').first();
    await first.waitFor();
    await expect(first.getAttribute('data-href')).resolves.toMatch(/^\/sub\/essays\/[^/]+\/\?h=/);
    await expect(page.locator('[data-search-all]').getAttribute('href')).resolves.toBe('/sub/search/?q=destination');
    const search = requests.filter((request) => request.includes('/search/'));
    expect(search[0]).toBe('200 /sub/search/core.js');
    expect(search.length).toBeGreaterThan(1);
    expect(search.filter((request) => !/^200 \/sub\/search\//.test(request))).toEqual([]);
    const target = new URL((await first.getAttribute('data-href'))!, site.url);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target.pathname && !url.search);
    await page.locator('mark.landing-mark').first().waitFor();
    await page.close();
  });

  it('lists results under /sub/ on the results page, and a ?h= link marks its words', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?q=destination`);
    const result = page.locator('#search-page-results a.search-page-result[href]').first();
    await result.waitFor();
    await expect(result.getAttribute('href')).resolves.toMatch(/^\/sub\/essays\/[^/]+\/\?h=/);
    await page.goto(`${site.url}/essays/destination-and-road-map/?h=destination`);
    await expect(page.locator('mark.landing-mark').first().textContent()).resolves.toMatch(/^destination$/i);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('previews a linked section from its preview file under /sub/', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/essays/who-draws-the-map/`);
    const preview = page.waitForResponse((response) => response.url().endsWith('/previews/essays/destination-and-road-map.json'));
    await page.locator('a[href="/sub/essays/destination-and-road-map/#a-title-is-not-a-test"]').first().hover();
    expect(new URL((await preview).url()).pathname).toBe('/sub/previews/essays/destination-and-road-map.json');
    const card = page.locator('#_preview:not([hidden])');
    await card.waitFor();
    await expect(card.locator('.preview-title').textContent()).resolves.toBe('A title is not a test');
    await page.close();
  });

  it('forwards a renamed aspect’s pages to their new address under /sub/', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/compare/uncertainty/who-draws-the-map/`);
    await page.waitForURL(`${site.url}/compare/risk/who-draws-the-map/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Risk');
    await page.close();
  });

  it('cites a row with its public address under the path', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/essays/who-draws-the-map/`);
    await page.locator('#contrast-risk button[data-cite]').click();
    await expect(page.locator('.cite-dialog[open] textarea').first().inputValue()).resolves.toContain(
      '(https://example.org/sub/essays/who-draws-the-map/#contrast-risk)',
    );
    await page.close();
  });
});
