/**
 * Search as a reader meets it: shortcuts open the dialog from any page,
 * arrows and Enter land on the exact anchor with the terms marked, the first
 * Esc closes and returns focus, ✕ clears, nothing is fetched before the first
 * open and a first query fetches only a few small files, `/search/?q=` works
 * with and without JavaScript, and payloads run nothing.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/page-checks.ts';

const base = inject('siteUrl');
const PAYLOADS = ['<img src=x onerror="window.__xss=1">', '"><svg onload="window.__xss=1">', "'-alert(1)-'", 'javascript:window.__xss=1'];

describe.skipIf(!base)('search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  async function fresh(path = '/essays/who-draws-the-map/'): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${base}${path}`);
    return { page, requests, dialogs };
  }

  const isOpen = (page: Page) => page.evaluate(() => (document.getElementById('_search') as HTMLDialogElement).open);

  it('fetches no search code or data before the first open', async () => {
    const { page, requests } = await fresh();
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(200);
    expect(requests.filter((path) => path.startsWith('/search/') || /search/.test(path))).toEqual([]);
    // Listen before acting: a local server can answer before a late listener is attached.
    const core = page.waitForResponse((response) => response.url().endsWith('/search/core.js'));
    await page.keyboard.press('/');
    await core;
    await page.locator('#_search-results .kind-concept').first().waitFor();
    expect(requests.filter((path) => path.startsWith('/search/'))).toEqual(['/search/core.js']);
    await page.close();
  });

  it('fetches one shard and the fragments of the results on screen for a first query', async () => {
    const { page, requests } = await fresh();
    await page.keyboard.press('/');
    await page.locator('#_search-input').fill('wagons');
    await page.locator('#_search-results[data-query="wagons"] [role="option"][data-href]').first().waitFor();
    await page.waitForTimeout(300);
    const search = requests.filter((path) => path.startsWith('/search/'));
    expect(search[0]).toBe('/search/core.js');
    expect(search.filter((path) => path.startsWith('/search/s/'))).toHaveLength(1);
    expect(search.filter((path) => path.startsWith('/search/f/')).length).toBeGreaterThanOrEqual(1);
    expect(search.length).toBeLessThanOrEqual(4);
    await page.close();
  });

  it.each([['/'], ['Control+k'], ['Meta+k']])('opens with %s from any page and focuses the box', async (keys) => {
    const { page } = await fresh('/compare/');
    await page.keyboard.press(keys);
    expect(await isOpen(page)).toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('_search-input');
    await page.close();
  });

  it('types, moves with the arrows, and Enter lands on the anchor with the terms marked', async () => {
    const { page } = await fresh();
    await page.keyboard.press('/');
    await page.keyboard.type('crew chief', { delay: 20 });
    await page.locator('#_search-results[data-query="crew chief"] [role="option"][data-href]').first().waitFor();
    await expect(page.locator('#_search-results mark').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#_search-status').textContent()).resolves.toMatch(/^\d+ results?\.$/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const active = await page.locator('#_search-input').getAttribute('aria-activedescendant');
    await expect(page.locator(`#${active}`).getAttribute('aria-selected')).resolves.toBe('true');
    const href = (await page.locator(`#${active}`).getAttribute('data-href'))!;
    expect(href).toBe('/essays/destination-and-road-map/?h=crew%20chief#the-driver-and-the-crew-chief');
    await page.keyboard.press('Enter');
    const target = href.replace(/\?h=[^#]*/, '');
    await page.waitForURL(`${base}${target}`);
    expect(
      await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, target.split('#')[1]!),
    ).toBeGreaterThan(0);
    await page.locator('mark.landing-mark').first().waitFor();
    await expect(page.locator('.highlight-notice').isVisible()).resolves.toBe(true);
    await page.locator('.highlight-notice button').click();
    await expect(page.locator('mark.landing-mark').count()).resolves.toBe(0);
    await page.close();
  });

  it('opens what was typed when Enter comes before the search has run, not the list that was showing', async () => {
    const { page } = await fresh();
    await page.keyboard.press('/');
    await page.locator('#_search-results .kind-concept').first().waitFor();
    // Typed or pasted and Enter at once: the concept suggestions are still the list on screen.
    await page.locator('#_search-input').fill('crew chief');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/essays/destination-and-road-map/#the-driver-and-the-crew-chief`);
    await page.close();
  });

  it("marks only words a reader sees on landing, and counts those: none in a table's screen-reader caption", async () => {
    // Each contrast table has an sr-only caption naming the essay: "…compared in “The destination and the road map”".
    const { page } = await fresh('/essays/destination-and-road-map/?h=destination');
    await page.locator('.highlight-notice').waitFor();
    const hidden = await page.locator('.sr-only mark.landing-mark').count();
    const marks = await page.locator('mark.landing-mark').count();
    expect(hidden).toBe(0);
    await expect(page.locator('.highlight-notice span').textContent()).resolves.toBe(`${marks} matches highlighted`);
    await page.close();
  });

  it('passes axe with results listed, those still loading below the fold included', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${base}/essays/who-draws-the-map/`);
    await page.keyboard.press('/');
    await page.keyboard.type('risk');
    await page.locator('#_search-results[data-query="risk"] [role="option"][data-href]').first().waitFor();
    expect(await page.locator('#_search-results .is-loading').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("still marks the words when a shared link's fragment is not valid percent-encoding (cut mid-character)", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/essays/destination-and-road-map/?h=destination#contrast-%E0%A4`);
    await page.locator('mark.landing-mark').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('forgives a typo, and says so when nothing matches', async () => {
    const { page } = await fresh();
    await page.keyboard.press('/');
    await page.keyboard.type('acountability', { delay: 10 });
    // Results follow the typing; wait for the final query's.
    await page.waitForFunction(() => document.querySelector('#_search-results .result-title')?.textContent === 'Accountability');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('zurich');
    await page.waitForFunction(() => /^No results for “zurich”/.test(document.getElementById('_search-status')?.textContent ?? ''));
    await page.close();
  });

  it('finds a word by another form: no essay says "coaching", one says a manager "coaches", and marks that', async () => {
    const { page } = await fresh();
    await page.keyboard.press('/');
    await page.keyboard.type('coaching', { delay: 10 });
    await page.waitForFunction(() => document.querySelector('#_search-results mark')?.textContent === 'coaches');
    await page.close();
  });

  it('closes on the first Esc, even with text in the box, and gives focus back to what opened it', async () => {
    const { page } = await fresh();
    await page.locator('a.search-button').click();
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.type('risk');
    await page.locator('#_search-results[data-query="risk"] [role="option"]').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('search-button'))).resolves.toBe(true);
    await page.close();
  });

  it.each([
    [640, 512],
    [320, 256],
  ])(
    'fits a short window whole (%i × %i px: a 1280 × 1024 screen zoomed 2× and 4×), its See all results link on screen',
    async (width, height) => {
      const { page } = await fresh();
      await page.setViewportSize({ width, height });
      await page.keyboard.press('/');
      await page.keyboard.type('risk');
      const all = page.locator('#_search [data-search-all]:not([hidden])');
      await all.waitFor();
      const [dialog, link] = await Promise.all([page.locator('#_search').boundingBox(), all.boundingBox()]);
      expect(dialog!.y + dialog!.height).toBeLessThanOrEqual(height);
      expect(link!.y + link!.height).toBeLessThanOrEqual(height);
      await page.close();
    },
  );

  it('clears the box with ✕ and offers the concepts again', async () => {
    const { page } = await fresh();
    await page.keyboard.press('/');
    await expect(page.locator('[data-search-clear]').isVisible()).resolves.toBe(false);
    await page.keyboard.type('risk');
    await page.locator('#_search-results[data-query="risk"] [role="option"]').first().waitFor();
    await page.locator('[data-search-clear]').click();
    await expect(page.locator('#_search-input').inputValue()).resolves.toBe('');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('_search-input');
    await page.locator('#_search-results[data-query=""] .kind-concept').first().waitFor();
    expect(await isOpen(page)).toBe(true);
    await page.close();
  });

  it('suggests concepts when the box is empty', async () => {
    const { page } = await fresh();
    await page.keyboard.press('/');
    await page.locator('#_search-results .kind-concept').first().waitFor();
    expect(await page.locator('#_search-results [role="option"]').count()).toBe(12);
    await page.close();
  });

  it('shares results at /search/?q=, and the dialog links to it', async () => {
    const { page } = await fresh();
    await page.keyboard.press('/');
    await page.keyboard.type('vision');
    await page.waitForFunction(() => document.querySelector('[data-search-all]')?.getAttribute('href') === '/search/?q=vision');
    await page.goto(`${base}/search/?q=big%20picture`);
    const first = page.locator('#search-page-results a[href]').first();
    await first.waitFor();
    await expect(first.getAttribute('href')).resolves.toBe('/concepts/vision/?h=big%20picture%20vision');
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('big picture');
    await page.close();
  });

  it('brings a reader back from a result to the result they opened, focused, on the results page', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.goto(`${base}/search/?q=managers`);
    const results = page.locator('.search-page-result');
    await results.first().waitFor();
    const last = (await results.count()) - 1;
    expect(last).toBeGreaterThan(4);
    await results.nth(last).scrollIntoViewIfNeeded();
    // Its details load once it is on screen; until then it is a placeholder with nowhere to go.
    await page.waitForFunction((n) => document.querySelectorAll('.search-page-result')[n]?.hasAttribute('href'), last);
    await results.nth(last).click();
    await page.waitForURL((url) => url.pathname !== '/search/');
    await page.goBack();
    await page.waitForFunction((n) => document.querySelectorAll('.search-page-result')[n] === document.activeElement, last);
    const top = await results.nth(last).evaluate((link) => link.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(640);
    await page.close();
  });

  it('marks on a concept page the name or alias a reader searched for, not only its definition', async () => {
    const { page } = await fresh('/concepts/vision/?h=big%20picture%20vision');
    await page.locator('.highlight-notice').waitFor();
    await expect(page.locator('h1 mark.landing-mark').textContent()).resolves.toBe('Vision');
    await expect(page.locator('.aliases mark.landing-mark').allTextContents()).resolves.toEqual(['big', 'picture']);
    await page.close();
  });

  it('works as a form and a concept index without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/essays/who-draws-the-map/`);
    await page.locator('a.search-button').click();
    await page.waitForURL(`${base}/search/`);
    await page.fill('#search-page-input', 'risk');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/search/?q=risk`);
    expect(await page.locator('.browse a[href^="/concepts/"]').count()).toBe(12);
    await context.close();
  });

  it('says without JavaScript that search needs it, and where to browse instead', async () => {
    const note = (page: Page) => page.locator('noscript .search-status');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/search/?q=risk`);
    await expect(note(page).isVisible()).resolves.toBe(true);
    await expect(note(page).textContent()).resolves.toMatch(/^Search runs in your browser and needs JavaScript\. Without it, browse /);
    await context.close();
    const { page: withScript } = await fresh('/search/?q=risk');
    await withScript.locator('#search-page-results a[href]').first().waitFor();
    await expect(note(withScript).isVisible()).resolves.toBe(false);
    await withScript.close();
  });

  it.each(PAYLOADS)('runs nothing for %s in the box, ?q= or ?h=', async (payload) => {
    const { page, dialogs } = await fresh();
    await page.keyboard.press('/');
    await page.keyboard.type(payload, { delay: 5 });
    await page.waitForTimeout(300);
    await page.goto(`${base}/search/?q=${encodeURIComponent(payload)}`);
    await page.waitForTimeout(300);
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe(payload.trim());
    await page.goto(`${base}/essays/who-draws-the-map/?h=${encodeURIComponent(payload)}#contrast-risk`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('body img[src="x"], body svg[onload]').count()).toBe(0);
    await page.close();
  });
});
