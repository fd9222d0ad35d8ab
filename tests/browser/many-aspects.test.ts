/**
 * A site with hundreds of aspects: one essay whose contrast table has 240
 * rows, each a different aspect. The aspect index at the top of /compare/
 * must not stand between the reader and the contrasts, on a phone or a
 * desktop, and every aspect in it must still be reachable. A link to one of
 * its rows previews that row from a small part of the essay's preview. An
 * essay with a 300-character title and a 2,000-character side leaves room
 * for other results in the search dialog on a phone.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { buildSite, ROOT, serveSite, type Served } from '../../scripts/lib/site.ts';
import { essay, removeCorpus, writeCorpus } from '../support/corpus.ts';
import { inventedWords } from '../support/prose.ts';
import { slugify } from '../../src/model/slug.ts';
import { PREVIEW_BYTES } from '../../src/build/preview-parts.ts';

const LONG_TITLE = 'A title that runs on far longer than any title should, about leading and managing, '.repeat(4).slice(0, 300).trim();
const LONG_SIDE = 'Leads by asking where the work should go next and why it matters to the people doing it. '.repeat(23).trim();

const ASPECTS = inventedWords(240, 240).map((word) => word[0]!.toUpperCase() + word.slice(1));

describe.skipIf(!inject('siteUrl'))('/compare/ with 240 aspects', () => {
  let content: string;
  let site: Served;
  let browser: Browser;
  const out = path.join(ROOT, '.tmp/browser/many-aspects');

  beforeAll(async () => {
    const rows = ASPECTS.map(
      (aspect) =>
        `| ${aspect} | Leads on ${aspect} by asking where the work should go next | Manages ${aspect} by keeping this week's work on track |`,
    );
    const table = ['| Aspect | Leadership | Management |', '| --- | --- | --- |', ...rows].join('\n');
    content = writeCorpus({
      'essays/every-aspect.md': essay('Every aspect', `Hundreds of contrasts.\n\n${table}\n`),
      'essays/long-title.md': essay(
        LONG_TITLE,
        `Zephyrine first.\n\n| Aspect | Leadership | Management |\n| --- | --- | --- |\n| Zephyrine | ${LONG_SIDE} | Keeps it on track |\n`,
      ),
      'essays/short-title.md': essay('Short title', 'Zephyrine second.\n'),
      'essays/one-link.md': essay('One link', `See [one row](/essays/every-aspect/#contrast-${slugify(ASPECTS[200]!)}).\n`),
    });
    const result = await buildSite({ contentDir: content, outDir: out, env: { OG_IMAGES: 'off' } });
    if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
    site = await serveSite(out);
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    site?.close();
    removeCorpus(content);
  });

  it.each([
    [360, 740],
    [1280, 800],
  ])(
    'at %i px keeps the aspect index within half the screen and the first contrasts close below it; its last aspect still opens',
    async (width, height) => {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${site.url}/compare/`);
      // The aspects, and the long-titled essay's one.
      await expect(page.locator('.aspect-index li').count()).resolves.toBe(ASPECTS.length + 1);
      expect((await page.locator('.aspect-index').boundingBox())!.height).toBeLessThanOrEqual(height / 2);
      const firstGroup = await page
        .locator('[data-aspect]')
        .first()
        .evaluate((node) => node.getBoundingClientRect().top + window.scrollY);
      expect(firstGroup).toBeLessThan(1.5 * height);
      const last = page.locator('.aspect-index li').last().locator('a');
      await last.scrollIntoViewIfNeeded();
      await last.click();
      const slug = (await last.getAttribute('href'))!.slice(1);
      await page.waitForURL(new RegExp(`#${slug}$`));
      expect(await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, slug)).toBeGreaterThan(0);
      await page.close();
    },
  );

  it('previews a row of the long essay from its small first file and the one part holding the row', async () => {
    const page = await browser.newPage();
    const fetched: Array<[string, number]> = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/previews/')) void response.body().then((body) => fetched.push([pathname, body.length]));
    });
    await page.goto(`${site.url}/essays/one-link/`);
    await page.locator('.prose a[href*="every-aspect"]').hover();
    await expect(page.locator('#_preview:not([hidden]) .preview-title').textContent()).resolves.toBe(ASPECTS[200]);
    await expect(page.locator('#_preview .preview-side.lead').textContent()).resolves.toContain(`Leads on ${ASPECTS[200]!}`);
    await expect.poll(() => fetched.length).toBe(2);
    fetched.sort(([a], [b]) => (a < b ? -1 : 1));
    expect(fetched.map(([file]) => file.replace(/\d+\.json$/, 'N.json'))).toEqual([
      '/previews/essays/every-aspect.json',
      '/previews/essays/every-aspect/N.json',
    ]);
    expect(fetched[0]![1]).toBeLessThan(1_000);
    expect(fetched[1]![1]).toBeLessThan(PREVIEW_BYTES);
    await page.close();
  });

  it('clamps a long title and a long side in the search dialog on a phone, keeping the whole text for screen readers', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}/essays/one-link/`);
    await page.keyboard.press('/');
    await page.locator('#_search-input').fill('zephyrine');
    await page.locator('#_search-results[data-query="zephyrine"] [role="option"][data-href*="short-title"]').waitFor();
    /** The element's height in lines: its height over that of a copy holding one letter. */
    const lines = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((node) => {
          const one = node.cloneNode() as HTMLElement;
          one.textContent = 'x';
          node.after(one);
          const height = one.getBoundingClientRect().height;
          one.remove();
          return node.getBoundingClientRect().height / height;
        });
    expect(await lines('#_search-results .result-group-title:has-text("A title that runs")')).toBeLessThanOrEqual(2.1);
    expect(await lines('#_search-results [data-href$="/long-title/?h=zephyrine"] .result-title')).toBeLessThanOrEqual(3.1);
    expect(await lines('#_search-results [data-href*="#contrast-zephyrine"] .result-side')).toBeLessThanOrEqual(3.1);
    // The title is still whole for a screen reader.
    await expect(page.locator('#_search-results [data-href$="/long-title/?h=zephyrine"] .result-title').textContent()).resolves.toBe(
      LONG_TITLE,
    );
    await page.close();
  });
});
