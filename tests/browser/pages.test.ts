/**
 * Every URL in the sitemap of the bundled site and of an unfamiliar corpus,
 * at 1,280 and 360 px (each page loaded once, under its real CSP, then
 * checked at each width in both themes): status 200, no console error (CSP violations
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

    // Each page is loaded once, with its real CSP (axe is evaluated, not added as a script), and checked at 1,280 px,
    // then narrowed to 360 px as a phone turned upright would be, in both themes at each width: the palette follows
    // prefers-color-scheme as it changes, and the layout the width, with no reload. Loading it again for the second
    // width would send axe (650 KB) to the page again, a third of the time a page takes here.
    it(
      'loads every page with status 200 and no console error, and finds no axe WCAG 2.2 AA violation at 1280 or 360 px in either theme, nor, at 360 px, any sideways scroll',
      { timeout: 360_000 },
      async () => {
        const failures: string[] = [];
        /** The page background in each theme: proof that the dark pass ran in the dark palette. */
        const backgrounds = new Set<string>();
        /** The widths the checks ran at: proof that the page was narrowed. */
        const widths = new Set<number>();
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        await answerForOtherSites(context);
        const page = await context.newPage();
        const errors = collectErrors(page);
        // Light, dark, then (narrowed) dark, light: the theme changes twice a page, and each page ends in light, the
        // theme the next one loads in (as the context starts), at 1,280 px.
        const passes = [
          [1280, 'light'],
          [1280, 'dark'],
          [360, 'dark'],
          [360, 'light'],
        ] as const;
        for (const path of [...(await sitemapPaths(base)), '/404.html']) {
          await page.setViewportSize({ width: 1280, height: 800 });
          const response = await page.goto(`${base}${path}`);
          if (response?.status() !== 200) failures.push(`${path}: status ${response?.status()}`);
          for (const error of errors()) failures.push(`${path}: ${error}`);
          for (const [width, colorScheme] of passes) {
            await page.setViewportSize({ width, height: 800 });
            await page.emulateMedia({ colorScheme });
            if (path === '/') {
              backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
              widths.add(await page.evaluate(() => window.innerWidth));
            }
            if (width === 360) {
              const overflow = await sidewaysOverflow(page);
              if (overflow > 0) failures.push(`${path} (${colorScheme}): scrolls sideways by ${overflow}px at 360 px`);
            }
            for (const violation of await axeViolations(page)) failures.push(`${path} (${width} px, ${colorScheme}): ${violation}`);
          }
          for (const error of errors()) failures.push(`${path}, while checked: ${error}`);
        }
        await context.close();
        expect(backgrounds.size).toBe(2);
        expect(widths).toEqual(new Set([1280, 360]));
        expect(failures).toEqual([]);
      },
    );
  });
});
