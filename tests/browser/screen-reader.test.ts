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
 * Starts recording every message a live region inside `scope` is given: what
 * a screen reader would queue to speak. Only a region already in the page
 * speaks when its words change: one added with its words in place may say
 * nothing (https://developer.mozilla.org/en-US/docs/Web/Accessibility/ARIA/Guides/Live_regions),
 * and a region emptied says nothing.
 */
function listen(scope: string): void {
  const heard: string[] = [];
  (window as unknown as { heard: string[] }).heard = heard;
  const LIVE = '[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])';
  const observer = new MutationObserver((records) => {
    for (const target of new Set(records.map((record) => record.target))) {
      const region = (target instanceof Element ? target : target.parentElement)?.closest(LIVE);
      if (region?.textContent) heard.push(region.textContent);
    }
  });
  observer.observe(document.querySelector(scope)!, { childList: true, characterData: true, subtree: true });
}

/** Records what live regions inside `scope` are given from now on; returns what they have been given so far. */
async function listenToLiveRegions(page: Page, scope: string): Promise<() => Promise<string[]>> {
  await page.evaluate(listen, scope);
  return () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

/** The same from the moment each page the tab opens has its body: for what a page says as it loads. */
async function listenFromLoad(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => (${listen.toString()})('body'))`);
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

  it('gives focus back to where it was when "Clear highlights" takes its button away', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/essays/who-draws-the-map/?h=destination`);
    const clear = page.getByRole('button', { name: 'Clear highlights' });
    await clear.waitFor();
    // From a link in the text, the reader goes to the notice (the page's last control) and clears.
    const link = page.locator('.essay-body a[href="/essays/destination-and-road-map/#a-title-is-not-a-test"]');
    await link.focus();
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('mark.landing-mark').count()).resolves.toBe(0);
    await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    // Come to it from nowhere (a click, or the notice reached first), focus goes to the main text, not to nothing.
    await page.goto(`${base}/essays/who-draws-the-map/?h=destination`);
    await clear.waitFor();
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.highlight-notice').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('_main');
    await page.close();
  });

  it('says how many words a search result marked on arrival, and that they are gone when cleared', async () => {
    const page = await browser.newPage();
    const heard = await listenFromLoad(page);
    await page.goto(`${base}/essays/who-draws-the-map/?h=destination`);
    const notice = page.locator('.highlight-notice span');
    await notice.waitFor();
    await page.waitForTimeout(300);
    expect(await heard()).toEqual([await notice.textContent()]);
    await page.getByRole('button', { name: 'Clear highlights' }).click();
    await page.waitForTimeout(300);
    expect((await heard()).at(-1)).toBe('Highlights cleared');
    await page.close();
  });

  it("names each link in /compare/'s index of aspects with what its number counts", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/compare/`);
    const index = page.getByRole('navigation', { name: 'Aspects' });
    // Shown as a name and a bare number in a badge; heard as what the number is.
    const direction = index.getByRole('link', { name: 'Direction 4 essays', exact: true });
    await expect(direction.count()).resolves.toBe(1);
    await page.close();
  });

  it('names each link of a concept page with the essay it leads into, not only its label, which several share', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/concepts/vision/`);
    const shown = await page
      .locator('.mention-list li')
      .evaluateAll((items) =>
        items.map((item) => [item.querySelector('a')!.firstChild!.textContent!, item.querySelector('.crumb')!.textContent!]),
      );
    // The bundled site's Vision page links to "Direction" in four essays.
    expect(shown.filter(([label]) => label === 'Direction').length).toBeGreaterThan(1);
    for (const [label, note] of shown) {
      await expect(page.getByRole('link', { name: `${label} ${note}`, exact: true }).count(), `${label} ${note}`).resolves.toBe(1);
    }
    await page.close();
  });

  it("names each of the home page's links to a headline row's essay with the row's aspect, not the essay alone", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const aspects = await page
      .locator('.contrast-row .label-line > a')
      .evaluateAll((all) => all.map((link) => link.firstChild?.textContent?.trim() ?? ''));
    expect(aspects.length).toBeGreaterThan(1);
    // In a list of the page's links each says which row it opens: "from “…”: Direction in this essay", not "from “…”" six times.
    for (const aspect of aspects) {
      const named = page.getByRole('link', { name: new RegExp(`^from “.+” ?: ${aspect} in this essay$`) });
      await expect(named.count()).resolves.toBe(1);
      await expect(named.getAttribute('href')).resolves.toMatch(/#contrast-/);
    }
    await page.close();
  });
});
