/**
 * What only a browser can show: copy-link controls put the full URL on the
 * clipboard, the theme toggle persists, keyboard focus is visible, and the
 * search shortcuts are offered only with the script that keeps them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';

const base = inject('siteUrl');
const essay = '/essays/destination-and-road-map/';

describe.skipIf(!base)('interactions', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  const clipboardPage = async (width = 1280) => {
    context = await browser.newContext({ viewport: { width, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    return context.newPage();
  };

  it("copies a heading's full URL and announces it", async () => {
    const page = await clipboardPage();
    await page.goto(`${base}${essay}?h=ignored`);
    const button = page.locator('.heading:has(h2#where-each-one-looks) button.copy-link');
    await expect(button.getAttribute('aria-label')).resolves.toBe('Copy link to section: Where each one looks');
    await button.click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${base}${essay}#where-each-one-looks`);
    await page.waitForFunction(() => document.getElementById('_status')?.textContent === 'Link copied');
    await context.close();
  });

  it('works as a plain link without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}${essay}`);
    const link = page.locator('.heading:has(h2#where-each-one-looks) a.copy-link');
    await expect(link.getAttribute('href')).resolves.toBe('#where-each-one-looks');
    await expect(page.locator('.theme-toggle').isVisible()).resolves.toBe(false);
    await noJs.close();
  });

  it('offers the search shortcuts only where a script keeps them', async () => {
    const shortcuts = async (javaScriptEnabled: boolean) => {
      const scoped = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
      const page = await scoped.newPage();
      await page.goto(`${base}${essay}`);
      const button = page.locator('.site-header .search-button');
      const offered = { hint: await button.locator('kbd').isVisible(), named: await button.getAttribute('aria-keyshortcuts') };
      await scoped.close();
      return offered;
    };
    await expect(shortcuts(false)).resolves.toEqual({ hint: false, named: null });
    await expect(shortcuts(true)).resolves.toEqual({ hint: true, named: '/ Control+K Meta+K' });
  });

  it('toggles dark mode and remembers it across pages and reloads', async () => {
    context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    const toggle = page.locator('button.theme-toggle');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.goto(`${base}${essay}`);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    expect(await background()).toBe(dark);
    await page.reload();
    expect(await background()).toBe(dark);
    await page.locator('button.theme-toggle').click();
    await page.reload();
    expect(await background()).toBe(light);
    await context.close();
  });

  it('follows the system preference when nothing is saved', async () => {
    context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await expect(page.locator('button.theme-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    await context.close();
  });

  it('shows a visible focus ring and a skip link for keyboard users', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${essay}`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('_main');
    await page.close();
  });
});
