/**
 * A page on paper: what prints is what a reader of paper can use. No
 * control prints (a button, a disclosure's toggle, a row's share and cite
 * actions), with JavaScript or without, nor does a link preview or the cite
 * dialog that was open when the reader chose to print; the essay's citation
 * does. On /compare/, an aspect's heading is never left at a page's foot
 * without its table, nor an essay's card cut in two; a code line longer than
 * the page wraps, cut off nowhere, and a closed disclosure in an essay prints
 * what it holds, since paper cannot open it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';

const base = inject('siteUrl');
const other = inject('unfamiliarUrl');

const PAGES = ['/', '/essays/who-draws-the-map/', '/compare/', '/compare/risk/', '/compare/risk/who-draws-the-map/'];

/** Every control that would print on `page`, as `tag.class: text`. */
async function printedControls(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, textarea, summary, dialog, .row-action')]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}: ${element.textContent!.trim()}`),
  );
}

describe.skipIf(!base)('printing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it.each([true, false])('prints no control, with JavaScript %s', async (javaScriptEnabled) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${base}${path}`);
      found.push(...(await printedControls(page)).map((control) => `${path} ${control}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('keeps no room on paper for the notice of highlighted words, which does not print', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/essays/who-draws-the-map/?h=map`);
    await page.locator('.highlight-notice').waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.evaluate(() => getComputedStyle(document.body).paddingBottom)).resolves.toBe('0px');
    await page.close();
  });

  it("prints the essay's citation, without the other formats' disclosure", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/essays/who-draws-the-map/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.cite-essay .cite-apa').isVisible()).resolves.toBe(true);
    await expect(page.locator('.cite-essay details').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('prints neither a link preview nor the cite dialog open at that moment', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/essays/who-draws-the-map/`);
    await page.locator('.prose a[href="/essays/destination-and-road-map/#a-title-is-not-a-test"]').hover();
    const card = page.locator('#_preview[role="tooltip"]:not([hidden])');
    await card.waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(card.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.mouse.move(0, 0);
    await page.locator('.essay-header [data-cite="essay"]').click();
    const dialog = page.locator('.cite-dialog[open]');
    await dialog.waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(dialog.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it("keeps each aspect's heading, definition and count on /compare/ on the page of its table", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/compare/`);
    await page.emulateMedia({ media: 'print' });
    const breakable = await page.evaluate(() =>
      [...document.querySelectorAll('.aspect-group')]
        .filter((group) => getComputedStyle(group).breakInside !== 'avoid')
        .map((group) => group.id),
    );
    expect(breakable).toEqual([]);
    await page.close();
  });

  it('wraps a code line longer than the page, which a screen scrolls but paper cuts off', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/essays/who-draws-the-map/`);
    await page.emulateMedia({ media: 'print' });
    const fits = await page.evaluate(() => {
      const block = document.createElement('pre');
      block.append(Object.assign(document.createElement('code'), { textContent: `const route = "${'checkpoint '.repeat(40)}";` }));
      document.querySelector('.prose')!.append(block);
      return { whole: block.scrollWidth <= block.clientWidth, onPage: block.getBoundingClientRect().right <= innerWidth };
    });
    expect(fits).toEqual({ whole: true, onPage: true });
    await page.close();
  });

  it.each(['/', '/essays/', '/concepts/risk/'])("keeps each essay's card on %s whole on one page", async (path) => {
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    await page.emulateMedia({ media: 'print' });
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll('.essay-card')].map((card) => getComputedStyle(card).breakInside),
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((value) => value !== 'avoid')).toEqual([]);
    await page.close();
  });

  it.skipIf(!other)('prints what a closed disclosure in an essay holds, which no reader of paper can open', async () => {
    const page = await browser.newPage();
    await page.goto(`${other}/essays/as-on-github/`);
    const inside = page.locator('.prose details p', { hasText: 'Because they answer different questions.' });
    await expect(inside.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(inside.isVisible()).resolves.toBe(true);
    await page.close();
  });
});
