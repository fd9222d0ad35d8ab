/**
 * Text from content in a right-to-left script, on a site whose own words are
 * English: each block of it takes its direction from its first letter, as
 * GitHub's `dir="auto"` gives it, so an Arabic title with a Latin acronym and
 * a number reads in Arabic order, starts at the right, and an English block
 * beside it stays left to right. Checked where such text shows: the essay
 * (title, summary, prose, headings, contrast cells), search results and link
 * preview cards.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { buildSite, ROOT, serveSite, type Served } from '../../scripts/lib/site.ts';
import { removeCorpus, writeCorpus } from '../support/corpus.ts';

const ARABIC = `---
title: القيادة في عصر AI 2030
description: مقالة عن الفرق بين القائد والمدير في فرق NASA عام 2024.
---

يقود القائد فريقاً من 12 شخصاً نحو رؤية جديدة.

## الرؤية والتخطيط

القائد يرسم الاتجاه، والمدير يضع خطة الـ KPI لكل ربع سنة.

| الجانب | Leadership | Management |
| --- | --- | --- |
| الرؤية | يرى المستقبل بعد 5 سنوات | يتابع مؤشرات KPI كل أسبوع |
`;

const ENGLISH = `---
title: An English essay that links to an Arabic one
---

Read [the Arabic essay](/essays/qiyada/) beside this one; it is on leading in the age of AI.

Its [view of vision](/essays/qiyada/#contrast-الروية) is worth a look.
`;

/**
 * Where the element's text starts and ends against its content box, in CSS
 * pixels: an Arabic block ends at the box's right edge (`right` near 0), an
 * English one starts at its left (`left` near 0).
 */
function gaps(locator: Locator): Promise<{ left: number; right: number }> {
  return locator.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const text = range.getBoundingClientRect();
    const box = node.getBoundingClientRect();
    const style = getComputedStyle(node);
    return {
      left: Math.round(text.left - box.left - parseFloat(style.paddingLeft) - parseFloat(style.borderLeftWidth)),
      right: Math.round(box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth) - text.right),
    };
  });
}

/** True when the Latin `needle` is drawn to the left of the Arabic `after` in the element: Arabic order, read from the right. */
function drawnLeftOf(locator: Locator, needle: string, after: string): Promise<boolean> {
  return locator.evaluate(
    (node, [needle, after]) => {
      const text = node.firstChild?.nodeType === Node.TEXT_NODE ? node.firstChild : node.querySelector('*')?.firstChild;
      const where = (word: string) => {
        const at = text!.textContent!.indexOf(word);
        const range = document.createRange();
        range.setStart(text!, at);
        range.setEnd(text!, at + word.length);
        return range.getBoundingClientRect();
      };
      return where(needle!).right <= where(after!).left;
    },
    [needle, after],
  );
}

describe.skipIf(!inject('siteUrl'))('right-to-left text on an English site', () => {
  let content: string;
  let site: Served;
  let browser: Browser;
  let page: Page;
  const out = path.join(ROOT, '.tmp/browser/directions');

  beforeAll(async () => {
    content = writeCorpus({ 'essays/qiyada.md': ARABIC, 'essays/english.md': ENGLISH }, 'directions-');
    const result = await buildSite({ contentDir: content, outDir: out, env: { OG_IMAGES: 'off' } });
    if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
    site = await serveSite(out);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    site?.close();
    removeCorpus(content);
  });

  it('sets each Arabic block of an essay from the right, in Arabic order', async () => {
    await page.goto(`${site.url}/essays/qiyada/`);
    for (const selector of ['h1', '.lede', '.prose > p', '.prose .heading', 'td.lead', '.toc a']) {
      const block = page.locator(selector).first();
      expect((await gaps(block)).right, selector).toBeLessThanOrEqual(1);
      expect((await gaps(block)).left, selector).toBeGreaterThan(20);
    }
    // Read from the right: the title's Arabic words come first, then AI 2030 to their left.
    await expect(drawnLeftOf(page.locator('h1'), 'AI 2030', 'القيادة')).resolves.toBe(true);
  });

  it('keeps an English citation of an Arabic essay in English order, its title in Arabic order', async () => {
    await page.goto(`${site.url}/essays/qiyada/`);
    const reference = page.locator('.cite-apa');
    expect((await gaps(reference)).left).toBeLessThanOrEqual(1);
    await expect(drawnLeftOf(reference.locator('i'), 'AI 2030', 'القيادة')).resolves.toBe(true);
  });

  it('keeps an Arabic title in Arabic order inside an English line: a share page’s source, a card’s kind line', async () => {
    await page.goto(`${site.url}/compare/الروية/qiyada/`);
    await expect(drawnLeftOf(page.locator('cite').first(), 'AI 2030', 'القيادة')).resolves.toBe(true);
    await page.goto(`${site.url}/essays/english/`);
    await page.locator('.prose a[href^="/essays/qiyada/#contrast-"]').hover();
    const kind = page.locator('#_preview:not([hidden]) .preview-kind');
    await kind.waitFor();
    await expect(drawnLeftOf(kind.locator('[dir]'), 'AI 2030', 'القيادة')).resolves.toBe(true);
  });

  it('ends an Arabic aspect’s title on its share page where the two sides below it end, not mid-page', async () => {
    await page.goto(`${site.url}/compare/الروية/qiyada/`);
    const title = await page.locator('h1').evaluate((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect().right;
    });
    const sides = await page.locator('.contrast-feature').evaluate((node) => node.getBoundingClientRect().right);
    expect(Math.abs(title - sides)).toBeLessThanOrEqual(1);
    // The lines around it keep the measure.
    const measure = await page
      .locator('.page-intro > p')
      .first()
      .evaluate((node) => node.getBoundingClientRect().width);
    expect(measure).toBeLessThan(sides / 1.5);
  });

  it('keeps an English block left to right', async () => {
    await page.goto(`${site.url}/essays/english/`);
    expect((await gaps(page.locator('.prose > p').first())).left).toBeLessThanOrEqual(1);
  });

  it('shows an Arabic search result in Arabic order, and the Arabic query as typed, from the right', async () => {
    await page.goto(`${site.url}/essays/english/`);
    await page.keyboard.press('/');
    await page.locator('#_search-input').fill('القائد');
    await expect(page.locator('#_search-input').evaluate((input) => input.matches(':dir(rtl)'))).resolves.toBe(true);
    const title = page.locator('#_search-results [role="option"] .result-title', { hasText: 'AI 2030' }).first();
    await title.waitFor();
    await expect(drawnLeftOf(title, 'AI 2030', 'القيادة')).resolves.toBe(true);
    await page.keyboard.press('Escape');
  });

  it('takes an Arabic query on the search page from the right', async () => {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('القائد')}`);
    await page.locator('#search-page-input').waitFor();
    await expect(page.locator('#search-page-input').evaluate((input) => input.matches(':dir(rtl)'))).resolves.toBe(true);
  });

  it('sets an Arabic essay’s preview card from the right', async () => {
    await page.goto(`${site.url}/essays/english/`);
    await page.locator('.prose a[href="/essays/qiyada/"]').hover();
    const card = page.locator('#_preview:not([hidden])');
    await card.waitFor();
    const line = card.locator('.preview-title');
    expect((await gaps(line)).right).toBeLessThanOrEqual(1);
  });
});
