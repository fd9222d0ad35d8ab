/**
 * Every URL in the sitemap of the bundled site and of an unfamiliar corpus:
 * status 200, no console error (CSP violations included), 0 axe WCAG 2.2 AA
 * violations in light and dark at 1,280 and 360 px, no sideways scroll at 360 px.
 */
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { axeViolations, loadAndCollectErrors, sidewaysOverflow } from '../support/page-checks.ts';
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

    it('loads every page with status 200 and no console error', async () => {
      const failures: string[] = [];
      for (const path of [...(await sitemapPaths(base)), '/404.html']) {
        const { status, errors } = await loadAndCollectErrors(browser, `${base}${path}`);
        if (status !== 200) failures.push(`${path}: status ${status}`);
        for (const error of errors) failures.push(`${path}: ${error}`);
      }
      expect(failures).toEqual([]);
    });

    // One test per theme and width, so each has the whole timeout for its pass over the site.
    it.each([
      ['light', 1280],
      ['dark', 1280],
      ['light', 360],
      ['dark', 360],
    ] as const)('has no axe WCAG 2.2 AA violation on any page in the %s theme at %i px', async (colorScheme, width) => {
      const failures: string[] = [];
      const context = await browser.newContext({ bypassCSP: true, colorScheme, viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const path of [...(await sitemapPaths(base)), '/404.html']) {
        await page.goto(`${base}${path}`);
        for (const violation of await axeViolations(page)) failures.push(`${path}: ${violation}`);
      }
      await context.close();
      expect(failures).toEqual([]);
    });

    it('never scrolls sideways at 360 px', async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const path of await sitemapPaths(base)) {
        await page.goto(`${base}${path}`);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) failures.push(`${path}: ${overflow}px`);
      }
      await context.close();
      expect(failures).toEqual([]);
    });
  });
});
