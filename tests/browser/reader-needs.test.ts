/**
 * The linking features as readers with other needs meet them: a keyboard
 * user whose Tab scrolls the page, a reader at 400% zoom (a window of
 * 320 × 200 CSS px) whose focused link a preview must not hide, and a
 * reader in forced colours, who must still see which row a link opened on.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';

const base = inject('siteUrl');
const ESSAY = '/essays/who-draws-the-map/';
const CROSS_LINK = 'a[href="/essays/destination-and-road-map/#a-title-is-not-a-test"]';

describe.skipIf(!base)('linking, for readers without a mouse or who see differently', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  async function open(options: Parameters<Browser['newContext']>[0] = {}, url = `${base}${ESSAY}`): Promise<Page> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }

  /** Focuses the control before `selector`'s first match, with the page scrolled away from it, so that the next Tab scrolls. */
  async function tabTo(page: Page, selector: string): Promise<void> {
    await page.locator(selector).first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(100);
    await page.keyboard.press('Tab');
  }

  it('previews a link that Tab scrolls into view', async () => {
    const page = await open({ viewport: { width: 1280, height: 400 } });
    await tabTo(page, CROSS_LINK);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(0);
    await page.locator('#_preview:not([hidden])').waitFor({ timeout: 2000 });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).resolves.toBe('_preview');
    await page.context().close();
  });

  it('never hides the focused link under its preview at 400% zoom (320 × 200 CSS px), cutting the card to the room beside it', async () => {
    const page = await open({ viewport: { width: 320, height: 200 } });
    await tabTo(page, CROSS_LINK);
    const card = page.locator('#_preview:not([hidden])');
    await card.waitFor();
    const box = (await card.boundingBox())!;
    // The link wraps: none of its lines may be under the card.
    const lines = await page.evaluate(() => [...document.activeElement!.getClientRects()].map(({ top, bottom }) => ({ top, bottom })));
    expect(lines.length).toBeGreaterThan(0);
    for (const { top, bottom } of lines) expect(box.y >= bottom || box.y + box.height <= top).toBe(true);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(200);
    await page.context().close();
  });
});
