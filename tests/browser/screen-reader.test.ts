/**
 * What a screen-reader user hears: what live regions say and when, what the
 * page's landmarks and links are named, and where focus goes when the control
 * that held it goes away. The accessibility tree is read as Chromium builds
 * it (Playwright's aria snapshots and roles), the speech from what each live
 * region is given.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';

const base = inject('siteUrl');

/**
 * Records, from now on, every message a live region inside `scope` is given:
 * what a screen reader would queue to speak (a region emptied says nothing).
 */
async function listenToLiveRegions(page: Page, scope: string): Promise<() => Promise<string[]>> {
  await page.evaluate((selector) => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    const regions = document
      .querySelector(selector)!
      .querySelectorAll('[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])');
    const observer = new MutationObserver((records) => {
      for (const target of new Set(records.map((record) => record.target))) {
        const region = target instanceof Element ? target : target.parentElement;
        const text = region?.closest('[role="status"], [role="alert"], [aria-live]')?.textContent ?? '';
        if (text) heard.push(text);
      }
    });
    for (const region of regions) observer.observe(region, { childList: true, characterData: true, subtree: true });
  }, scope);
  return () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

describe.skipIf(!base)('what a screen reader hears', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('speaks the count of search results once the reader stops typing, not at every keystroke', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/essays/who-draws-the-map/`);
    await page.keyboard.press('/');
    await page.locator('#_search-results[data-query=""] .kind-concept').first().waitFor();
    await page.waitForTimeout(1500);
    const heard = await listenToLiveRegions(page, '#_search');
    // A steady typist: each key comes after the search of the one before has run, so the list follows every letter.
    await page.keyboard.type('accountability', { delay: 150 });
    await page.locator('#_search-results[data-query="accountability"] [role="option"][data-href]').first().waitFor();
    // The visible count follows at once.
    await expect(page.locator('#_search-status').textContent()).resolves.toMatch(/^\d+ results?\.$/);
    await page.waitForTimeout(1500);
    const spoken = await heard();
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toBe(await page.locator('#_search-status').textContent());
    await page.close();
  });

  it.each([
    ['/essays/', 'Essays', 'page'],
    ['/essays/who-draws-the-map/', 'Essays', 'true'],
    ['/compare/', 'Compare', 'page'],
    ['/compare/risk/who-draws-the-map/', 'Compare', 'true'],
    ['/concepts/vision/', 'Concepts', 'true'],
  ])('on %s marks %s in the site navigation as aria-current="%s"', async (path, label, current) => {
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    // "Current page" is said only of a link to this very page; a link to the section the page is in is "current".
    await expect(nav.getByRole('link', { name: label }).getAttribute('aria-current')).resolves.toBe(current);
    await expect(nav.locator('a[aria-current]').count()).resolves.toBe(1);
    await page.close();
  });
});
