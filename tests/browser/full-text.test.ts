/**
 * Full-text search in the browser, on a corpus the index has never seen: the
 * unfamiliar site's essay with no headings holds 600 invented words,
 * hard-wrapped with CRLF, deep in its one long section. Words, typos and
 * quoted phrases from deep in it are found from the dialog and the results
 * page; the excerpt shows the passage with the word marked, and the page the
 * result opens marks it too.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { NO_HEADINGS_WORDS } from '../support/unfamiliar.ts';

const base = inject('unfamiliarUrl');

describe.skipIf(!base)('full-text search on an unfamiliar site', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  async function searchDialog(query: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${base}/essays/crlf-bom/`);
    await page.keyboard.press('/');
    await page.locator('#_search-input').fill(query);
    await page.locator(`#_search-results[data-query="${query}"] [role="option"][data-href]`).first().waitFor();
    return page;
  }

  it('finds a word from deep in a long section with no headings, and shows where it occurs', async () => {
    const word = NO_HEADINGS_WORDS[450]!;
    const page = await searchDialog(word);
    const first = page.locator('#_search-results [role="option"]').first();
    await expect(first.getAttribute('data-href')).resolves.toMatch(/^\/essays\/no-headings\/\?h=/);
    await expect(first.locator('.result-excerpt').textContent()).resolves.toMatch(/^…/);
    await expect(first.locator('.result-excerpt mark').allTextContents()).resolves.toContain(word);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/essays/no-headings/`);
    await expect(page.locator('mark.landing-mark').allTextContents()).resolves.toContain(word);
    // The essay opens where the word is, not at a top that does not hold it.
    await page.locator('.highlight-notice').waitFor();
    const top = await page
      .locator('mark.landing-mark')
      .first()
      .evaluate((mark) => mark.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(page.viewportSize()!.height);
    await page.close();
  });

  it.each([
    ['a deleted letter', (word: string) => word.slice(0, 3) + word.slice(4)],
    ['two letters swapped', (word: string) => word.slice(0, 2) + word[3] + word[2] + word.slice(4)],
    ['a wrong letter near the end', (word: string) => `${word.slice(0, -2)}q${word.slice(-1)}`],
    ['a wrong first letter', (word: string) => `q${word.slice(1)}`],
  ])('forgives %s', async (_name, typo) => {
    const word = NO_HEADINGS_WORDS.find((candidate, i) => i > 300 && candidate.length >= 7 && candidate[2] !== candidate[3])!;
    const page = await searchDialog(typo(word));
    await expect(page.locator('#_search-results [role="option"]').first().getAttribute('data-href')).resolves.toMatch(
      /^\/essays\/no-headings\//,
    );
    await page.close();
  });

  it('matches a quoted phrase from deep in the section on the results page', async () => {
    const phrase = NO_HEADINGS_WORDS.slice(500, 504).join(' ');
    const page = await browser.newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent(`"${phrase}"`)}`);
    const first = page.locator('#search-page-results a[href]').first();
    await first.waitFor();
    await expect(first.getAttribute('href')).resolves.toMatch(/^\/essays\/no-headings\//);
    await expect(page.locator('#search-page-results a[href]').count()).resolves.toBe(1);
    await expect(first.locator('mark').allTextContents()).resolves.toEqual(expect.arrayContaining(phrase.split(' ')));
    await page.goto(`${base}/search/?q=${encodeURIComponent(`"${phrase.split(' ').reverse().join(' ')}"`)}`);
    await page.waitForFunction(() => /^No results/.test(document.getElementById('search-page-status')?.textContent ?? ''));
    await page.close();
  });
});
