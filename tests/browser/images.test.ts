/**
 * Images in an essay of the unfamiliar corpus (tests/support/unfamiliar.ts):
 * those beside the essay come out of Astro's image pipeline (hashed, sized,
 * lazy, at most 1,440 px wide), every kind shows (beside the essay, from
 * public/, from another site under the page's CSP), and none moves the page
 * when it loads.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { answerForOtherSites } from '../support/page-checks.ts';
import { REMOTE_IMAGE } from '../support/unfamiliar.ts';

const base = inject('unfamiliarUrl');
const PAGE = '/essays/pictures/';

/** Each image's rendered size and attributes, in document order. */
function images(page: Page) {
  return page.locator('main img').evaluateAll((found) =>
    (found as HTMLImageElement[]).map((img) => ({
      alt: img.alt,
      src: img.getAttribute('src') ?? '',
      width: img.getAttribute('width'),
      height: img.getAttribute('height'),
      loading: img.loading,
      box: [Math.round(img.getBoundingClientRect().width), Math.round(img.getBoundingClientRect().height)],
      loaded: img.complete && img.naturalWidth > 0,
    })),
  );
}

describe.skipIf(!base)('images', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('serves an image beside the essay from the image pipeline: hashed, sized, lazy, no wider than 1,440 px', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${PAGE}`);
    const byAlt = new Map((await images(page)).map((image) => [image.alt, image]));
    expect(byAlt.get('A green diagram of two paths')).toMatchObject({ width: '800', height: '400', loading: 'lazy' });
    expect(byAlt.get('A green diagram of two paths')!.src).toMatch(/^\/_astro\/diagram\.[\w-]+\.webp$/);
    expect(byAlt.get('A wide chart, drawn larger than any screen')).toMatchObject({ width: '1440', height: '480' });
    expect(byAlt.get('A blue mark')).toMatchObject({ width: '120', height: '60' });
    expect(byAlt.get('A blue mark')!.src).toMatch(/^\/_astro\/mark\.[\w-]+\.svg$/);
    expect(byAlt.get('A path into the unknown')!.src).toBe(byAlt.get('A green diagram of two paths')!.src);
    await expect(page.locator('#contrast-pictures img').getAttribute('alt')).resolves.toBe('A path into the unknown');
    expect(byAlt.get("The site's icon, from public/")!.src).toBe('/favicon.svg');
    expect(byAlt.get('A compass, from another site')!.src).toBe(REMOTE_IMAGE);
    for (const { src } of byAlt.values()) {
      if (!src.startsWith('/_astro/')) continue;
      const response = await page.request.get(`${base}${src}`);
      expect(response.status(), src).toBe(200);
      expect(response.headers()['content-type'], src).toMatch(/^image\/(webp|svg\+xml)/);
    }
    await page.close();
  });

  it('shows every kind of image, under the page’s own CSP, and keeps each one’s space while it loads', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const asked = await answerForOtherSites(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${base}${PAGE}`, { waitUntil: 'domcontentloaded' });
    const before = await images(page);
    expect(
      before.some((image) => !image.loaded),
      'some images wait until they are near the screen',
    ).toBe(true);
    await page.evaluate(() => {
      const state = window as unknown as { shifted: number };
      state.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
          if (!entry.hadRecentInput) state.shifted += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(30);
    }
    await page.waitForFunction(() => [...document.querySelectorAll('main img')].every((img) => (img as HTMLImageElement).complete));
    const after = await images(page);
    expect(after.filter((image) => !image.loaded).map((image) => image.src)).toEqual([]);
    expect(after.map((image) => image.box)).toEqual(before.map((image) => image.box));
    await expect(page.evaluate(() => (window as unknown as { shifted: number }).shifted)).resolves.toBe(0);
    expect(asked).toEqual([REMOTE_IMAGE]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
