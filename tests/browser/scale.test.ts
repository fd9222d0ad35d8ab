/**
 * A long essay read on a phone (the unfamiliar site's 30,000-word essay: 60
 * sections and a list nested 14 levels deep): its contents do not stand
 * between the reader and the text, and deep lists stay inside the screen.
 * Landing on it from a search result marks its words without freezing it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { sidewaysOverflow } from '../support/page-checks.ts';
import { LIST_DEPTH } from '../support/unfamiliar.ts';

const base = inject('unfamiliarUrl');
const PHONE = { width: 360, height: 740 } as const;

describe.skipIf(!base)('a long essay on a phone', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${base}/essays/huge/`);
  });
  afterAll(async () => browser?.close());

  it('keeps its 60-entry contents within half the screen, scrolling inside, with every entry still there', async () => {
    const toc = page.locator('.toc-details');
    await expect(page.locator('.toc-details > ol > li').count()).resolves.toBeGreaterThanOrEqual(60);
    const box = (await toc.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(PHONE.height / 2);
    const list = page.locator('.toc-details > ol');
    await list.locator('a[href="#part-60"]').scrollIntoViewIfNeeded();
    await list.locator('a[href="#part-60"]').click();
    await page.waitForURL(/#part-60$/);
    expect(await page.evaluate(() => document.getElementById('part-60')!.getBoundingClientRect().top)).toBeGreaterThan(0);
  });

  it(`shows a list nested ${LIST_DEPTH} levels deep without scrolling sideways, its deepest item still a line of words`, async () => {
    await page.goto(`${base}/essays/huge/#part-2`);
    expect(await sidewaysOverflow(page)).toBe(0);
    const deepest = page.locator(`.prose ${'li '.repeat(LIST_DEPTH).trim()}`);
    await expect(deepest.textContent()).resolves.toMatch(new RegExp(`^level ${LIST_DEPTH - 1} `));
    expect((await deepest.boundingBox())!.width).toBeGreaterThanOrEqual(80);
  });
});

describe.skipIf(!base)('landing on a long essay from a search result', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('marks thousands of matches a slice at a time, letting the page handle input in between, and counts them all', async () => {
    const page = await browser.newPage();
    // Each task that adds marks ends in one MutationObserver callback: one callback means one task did all the marking.
    await page.addInitScript(() => {
      const batches: number[] = [];
      Object.assign(window, { __markBatches: batches });
      new MutationObserver((records) => {
        const added = records
          .flatMap((record) => [...record.addedNodes])
          .filter((node) => node instanceof HTMLElement && node.matches('mark.landing-mark'));
        if (added.length > 0) batches.push(added.length);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${base}/essays/huge/?h=teams#part-30`);
    await page.locator('.highlight-notice').waitFor();
    const batches = await page.evaluate(() => (window as unknown as { __markBatches: number[] }).__markBatches);
    const marks = await page.locator('mark.landing-mark').count();
    expect(marks).toBeGreaterThan(1000);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.reduce((sum, count) => sum + count, 0)).toBe(marks);
    await expect(page.locator('.highlight-notice span').textContent()).resolves.toBe(`${marks} matches highlighted`);
    await page.close();
  });
});
