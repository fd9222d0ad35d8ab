/**
 * Every URL in the sitemap of the bundled site and of an unfamiliar corpus,
 * at 1,280 and 360 px (each page loaded once per width, under its real CSP,
 * then checked in both themes): status 200, no console error (CSP violations
 * included), 0 axe WCAG 2.2 AA violations in light and dark, and no sideways
 * scroll at 360 px.
 */
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { answerForOtherSites, axeViolations, collectErrors, sidewaysOverflow } from '../support/page-checks.ts';
import { sitemapPaths } from '../../scripts/lib/site.ts';

const sites = [
  ['bundled', inject('siteUrl')],
  ['unfamiliar', inject('unfamiliarUrl')],
] as const;

describe.skipIf(!inject('siteUrl'))('every page in the sitemap', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  describe.each(sites)('%s site', (_name, base) => {
    it('lists the pages we expect', async () => {
      const paths = await sitemapPaths(base);
      expect(paths).toContain('/');
      expect(paths).toContain('/compare/');
      expect(paths).toContain('/concepts/');
      expect(paths.some((p) => p.startsWith('/essays/') && p !== '/essays/')).toBe(true);
      expect(paths).not.toContain('/404/');
      expect(paths).not.toContain('/compare/gamble/');
    });

    // One test per width, so each has the whole timeout for its pass over the site. Each page is loaded once, with
    // its real CSP (axe is evaluated, not added as a script), and checked in both themes: the palette follows
    // prefers-color-scheme as it changes, with no reload.
    it.each([1280, 360] as const)(
      'loads every page at %i px with status 200 and no console error, and finds no axe WCAG 2.2 AA violation in either theme, nor, at 360 px, any sideways scroll',
      async (width) => {
        const failures: string[] = [];
        /** The page background in each theme: proof that the dark pass ran in the dark palette. */
        const backgrounds = new Set<string>();
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        await answerForOtherSites(context);
        const page = await context.newPage();
        const errors = collectErrors(page);
        for (const path of [...(await sitemapPaths(base)), '/404.html']) {
          await page.emulateMedia({ colorScheme: 'light' });
          const response = await page.goto(`${base}${path}`);
          if (response?.status() !== 200) failures.push(`${path}: status ${response?.status()}`);
          await page.waitForTimeout(50);
          for (const error of errors()) failures.push(`${path}: ${error}`);
          const overflow = width === 360 ? await sidewaysOverflow(page) : 0;
          if (overflow > 0) failures.push(`${path}: scrolls sideways by ${overflow}px`);
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            if (path === '/') backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
            for (const violation of await axeViolations(page)) failures.push(`${path} (${colorScheme}): ${violation}`);
          }
          for (const error of errors()) failures.push(`${path}, while checked: ${error}`);
        }
        await context.close();
        expect(backgrounds.size).toBe(2);
        expect(failures).toEqual([]);
      },
    );
  });
});
