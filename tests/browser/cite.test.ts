/**
 * The cite control, as a reader meets it on the bundled site: an essay's
 * citation in four formats and a row's, copied and said so, selected by hand
 * where the clipboard is refused, each field opening on its start, a row
 * credited to its essay's author, and the essay's citation on the page
 * without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';

const base = inject('siteUrl');
const unfamiliar = inject('unfamiliarUrl');

describe.skipIf(!base)('citing an essay or a contrast', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  async function essayPage(options: Parameters<Browser['newContext']>[0] = {}, url = `${base}/essays/who-draws-the-map/`): Promise<Page> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }

  it('cites an essay in four formats and copies one, saying so', async () => {
    const page = await essayPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('.essay-header [data-cite="essay"]').click();
    const dialog = page.locator('.cite-dialog[open]');
    // The cite code loads on the first click: wait for the dialog it opens.
    await dialog.waitFor();
    await expect(dialog.locator('.cite-label').allTextContents()).resolves.toEqual(['Markdown', 'Plain text', 'APA', 'BibTeX']);
    const apa = await dialog.locator('textarea').nth(2).inputValue();
    // Dated by its update (24 November), not its first date: APA cites the latest version of a web page.
    expect(apa).toMatch(/^Who draws the map\. \(2026, November 24\)\. Leading & Managing\. http.+\/essays\/who-draws-the-map\/$/);
    await dialog.locator('button', { hasText: 'Copy' }).nth(2).click();
    await dialog.locator('button', { hasText: 'Copied' }).waitFor();
    await expect(dialog.locator('[role="status"]').textContent()).resolves.toBe('Citation copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(apa);
    // Pasted where rich text goes, APA's title keeps its italics.
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item?.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
    });
    expect(html).toContain('<i>Who draws the map</i>. (2026, November 24). Leading &amp; Managing.');
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await page.context().close();
  });

  it('says "Citation copied" again for a second copy, so a screen reader speaks it again', async () => {
    const page = await essayPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('#contrast-risk button[data-cite]').click();
    const dialog = page.locator('.cite-dialog[open]');
    await dialog.waitFor();
    // What the live region holds after each change: a region whose text is set to what it already says announces nothing.
    await dialog.locator('[role="status"]').evaluate((region) => {
      const seen: string[] = [];
      new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      Object.assign(window, { seen });
    });
    for (const index of [0, 1]) {
      await dialog.locator('.cite-format button').nth(index).click();
      await page.waitForFunction((count) => (window as unknown as { seen: string[] }).seen.filter((text) => text).length > count, index);
    }
    // Emptied between the two: the second message is new text, not the same text set again.
    await expect(page.evaluate(() => (window as unknown as { seen: string[] }).seen)).resolves.toEqual([
      'Citation copied',
      '',
      'Citation copied',
    ]);
    await page.context().close();
  });

  it('cites a row quoting the contrast, and selects the text where the clipboard is refused', async () => {
    const page = await essayPage();
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }),
    );
    await page.locator('#contrast-risk button[data-cite]').click();
    const field = page.locator('.cite-dialog[open] textarea').first();
    await expect(field.inputValue()).resolves.toMatch(
      /^> \*\*Leadership:\*\* .+\n> \*\*Management:\*\* .+\n>\n> — \[Risk, in “Who draws the map”\]\(http.+#contrast-risk\), Leading & Managing, 2 November 2026, updated 24 November 2026$/,
    );
    await page.locator('.cite-dialog[open] .cite-format button').first().click();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('TEXTAREA');
    await expect(page.evaluate(() => (document.activeElement as HTMLTextAreaElement).selectionEnd > 0)).resolves.toBe(true);
    await expect(page.locator('.cite-dialog [role="status"]').textContent()).resolves.toMatch(/^Copying is blocked here/);
    await page.context().close();
  });

  it('opens the cite dialog at 360 px on its first Copy button, each field sized to its citation and showing its start', async () => {
    const page = await essayPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }),
    );
    const fields = page.locator('.cite-dialog[open] textarea');
    const open = async () => {
      await page.locator('.essay-header [data-cite="essay"]').click();
      await fields.first().waitFor();
    };
    /** Where each field is scrolled to, and how far it could scroll. */
    const scrolls = () =>
      fields.evaluateAll((areas) =>
        (areas as HTMLTextAreaElement[]).map((area) => [area.scrollTop, area.scrollHeight - area.clientHeight]),
      );
    await open();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Copy the Markdown citation');
    await expect(scrolls()).resolves.toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    // Fields too short for their citations still open on their start.
    await page.keyboard.press('Escape');
    await page.addStyleTag({ content: '.cite-dialog .cite-text { max-height: 2lh; }' });
    await open();
    const opened = await scrolls();
    expect(opened.every(([, room]) => room! > 0)).toBe(true);
    expect(opened.map(([top]) => top)).toEqual([0, 0, 0, 0]);
    // A field tabbed to shows its start too, and so does one whose end the reader went to once the clipboard is refused.
    await page.keyboard.press('Shift+Tab');
    await expect(fields.first().evaluate((field) => [field === document.activeElement, field.scrollTop])).resolves.toEqual([true, 0]);
    const end = await fields.first().evaluate((field: HTMLTextAreaElement) => {
      field.setSelectionRange(field.value.length, field.value.length);
      field.scrollTop = field.scrollHeight;
      return field.scrollTop;
    });
    expect(end).toBeGreaterThan(0);
    await page.locator('.cite-dialog[open] .cite-format button').first().click();
    await expect(
      page.evaluate(() => {
        const field = document.activeElement as HTMLTextAreaElement;
        return [field.tagName, field.selectionStart, field.selectionEnd === field.value.length, field.scrollTop];
      }),
    ).resolves.toEqual(['TEXTAREA', 0, true, 0]);
    await page.context().close();
  });

  it('cites the contrast a share page shows, linking to its row in the essay', async () => {
    const page = await essayPage({}, `${base}/compare/risk/who-draws-the-map/`);
    const cite = page.locator('.share-source [data-cite="contrast"]');
    await expect(cite.getAttribute('aria-label')).resolves.toBe('Cite Risk in “Who draws the map”');
    await cite.click();
    const field = page.locator('.cite-dialog[open] textarea').first();
    await expect(field.inputValue()).resolves.toMatch(
      /^> \*\*Leadership:\*\* Carries .+\n> \*\*Management:\*\* Keeps .+\n>\n> — \[Risk, in “Who draws the map”\]\(http.+\/essays\/who-draws-the-map\/#contrast-risk\), Leading & Managing, 2 November 2026, updated 24 November 2026$/,
    );
    await page.context().close();
  });

  it.each(['/essays/same-headings/#contrast-risk', '/compare/risk/'])('credits a quoted row to its essay’s author: %s', async (path) => {
    const page = await essayPage({}, `${unfamiliar}${path}`);
    await page.locator('[data-cite="contrast"][data-cite-href="/essays/same-headings/#contrast-risk"]').click();
    await expect(page.locator('.cite-dialog[open] textarea').first().inputValue()).resolves.toMatch(
      /\n> — Ada Example, \[Risk, in “Risk, risk and risk”\]\(http.+\/essays\/same-headings\/#contrast-risk\), /,
    );
    await expect(page.locator('.cite-dialog[open] textarea').nth(1).inputValue()).resolves.toMatch(
      /^Ada Example, Risk, in “Risk, risk and risk” \(/,
    );
    await page.context().close();
  });

  it('shows the essay’s citation without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/essays/who-draws-the-map/`);
    await expect(page.locator('#cite ~ .cite-apa, .cite-essay .cite-apa').first().textContent()).resolves.toMatch(
      /^Who draws the map\. \(2026, November 24\)\./,
    );
    await expect(page.locator('.cite-essay .cite-apa i').textContent()).resolves.toBe('Who draws the map');
    await expect(page.locator('[data-cite]').first().isVisible()).resolves.toBe(false);
    await context.close();
  });
});
