/**
 * The results page (`/search/?q=`) beyond the dialog: an essay that matches
 * in more places than its three results leads to all of them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';

const base = inject('siteUrl');

describe.skipIf(!base)('the results page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('offers every match in an essay that matches in more places than its three results', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search/?q=managers`);
    const group = page.locator('.result-group', { has: page.locator('.search-page-more') }).first();
    const more = group.locator('.search-page-more');
    await more.waitFor();
    await page.waitForFunction(() => document.querySelector('.search-page-more')?.hasAttribute('href'));
    await expect(group.locator('.search-page-result').count()).resolves.toBe(3);
    const title = await group.locator('.result-group-title').innerText();
    await expect(more.getAttribute('aria-label')).resolves.toBe(`All matches in “${title}”`);
    // The essay itself, with no anchor: every match in it is marked, the first brought into view.
    // Its marks are the query's word and the other forms of it that the results matched (`managing`).
    const href = new URL((await more.getAttribute('href'))!, base);
    expect([href.pathname, href.hash]).toEqual([expect.stringMatching(/^\/essays\/[^/#?]+\/$/), '']);
    expect(href.searchParams.get('h')?.split(' ')).toContain('manager');
    await more.click();
    await page.waitForURL((url) => url.pathname !== '/search/');
    const notice = page.locator('.highlight-notice span');
    await notice.waitFor();
    expect(Number((await notice.innerText()).split(' ')[0])).toBeGreaterThan(3);
    await page.close();
  });

  it('offers nothing more under an essay whose every match is shown', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search/?q=zaleznik`);
    await page.locator('.search-page-result[href]').first().waitFor();
    const groups = await page
      .locator('.result-group')
      .evaluateAll((items) =>
        items.map((item) => [item.querySelectorAll('.search-page-result').length, item.querySelector('.search-page-more') !== null]),
      );
    expect(groups.length).toBeGreaterThan(0);
    for (const [shown, more] of groups) if (Number(shown) < 3) expect(more).toBe(false);
    await page.close();
  });
});
