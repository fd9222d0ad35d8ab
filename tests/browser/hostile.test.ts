/**
 * An essay written as an attacker would (tests/support/unfamiliar.ts): every
 * page that shows it, the compare pages, the concept page, search results
 * and the dialog run nothing, and the live DOM carries no event handler or
 * script URL, with raw HTML kept as GitHub keeps it (the default). The essay
 * written as on GitHub (alerts, footnotes, `<details>`) runs nothing either,
 * nor do payloads in ?q= and ?h=, landing on a footnote included.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';

const base = inject('unfamiliarUrl');

async function domIsClean(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName}[${attribute.name}]`);
        if (/^(href|src|action|formaction)$/i.test(attribute.name) && /^\s*(javascript|vbscript|data):/i.test(attribute.value))
          found.push(`${element.tagName}[${attribute.name}=${attribute.value}]`);
      }
      if (element.tagName === 'IFRAME' || element.tagName === 'OBJECT' || element.tagName === 'EMBED') found.push(element.tagName);
    }
    return found;
  });
}

describe.skipIf(!base)('an attacker-written essay', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it.each([
    '/essays/hostile/',
    '/',
    '/essays/',
    '/compare/',
    '/compare/hostile-payload/',
    '/compare/hostile-payload/hostile/',
    '/concepts/vision/',
    '/search/?q=hostile%20payload',
    '/search/?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E',
    '/essays/hostile/?h=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E%20hostile#contrast-hostile-payload',
    '/essays/hostile/#user-content-fn-x',
    '/essays/as-on-github/',
    '/essays/as-on-github/?h=%3Cdetails%20open%20ontoggle%3Dwindow.__xss%3D1%3E%20leader#user-content-fn-kotter',
    '/compare/symbols/',
    '/search/?q=%3Cdetails%20open%20ontoggle%3Dwindow.__xss%3D1%3E',
    '/search/?q=%3E%20%5B!WARNING%5D%20%3Csvg%20onload%3Dwindow.__xss%3D1%3E',
  ])('runs nothing on %s', async (path) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${base}${path}`);
    await page.waitForTimeout(400);
    await page.mouse.move(200, 300);
    await page.mouse.move(400, 500);
    await page.locator('#_main').hover();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await domIsClean(page)).toEqual([]);
    await page.close();
  });

  it('shows the hostile title as text, and runs nothing from the search dialog', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/essays/hostile/`);
    await expect(page.locator('#essay-title').textContent()).resolves.toContain('<script>window.__xss=1</script>Hostile');
    await page.keyboard.press('/');
    await page.keyboard.type('hostile payload');
    await page.locator('#_search-results[data-query="hostile payload"] [role="option"]').first().waitFor();
    await expect(page.locator('#_search-results .result-title').first().textContent()).resolves.toMatch(/Hostile/);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await domIsClean(page)).toEqual([]);
    await page.close();
  });

  it('shows its text in link previews and citations as text, running nothing', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${base}/essays/`);
    await page.locator('a[href="/essays/hostile/"]').first().hover();
    const card = page.locator('#_preview:not([hidden])');
    await card.waitFor();
    await expect(card.locator('.preview-title').textContent()).resolves.toContain('<script>window.__xss=1</script>Hostile');
    await expect(card.locator('*').evaluateAll((nodes) => nodes.map((node) => node.tagName))).resolves.toEqual(['P', 'P', 'P']);
    await page.goto(`${base}/essays/hostile/`);
    await page.locator('button[data-cite="contrast"]').first().click();
    // Markdown escaped, so the quote pasted anywhere reads as this text, not as HTML.
    await expect(page.locator('.cite-dialog[open] textarea').first().inputValue()).resolves.toContain(
      'in “\\<script\\>window.\\_\\_xss=1\\</script\\>Hostile \\<img src=https://invalid.example/x.png onerror=window.\\_\\_xss=1\\> essay”](',
    );
    await page.keyboard.press('Escape');
    await page.locator('.essay-header [data-cite="essay"]').click();
    await expect(page.locator('.cite-dialog[open] textarea').nth(3).inputValue()).resolves.toContain(
      'title = {{<script>window.\\_\\_xss=1</script>Hostile',
    );
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await domIsClean(page)).toEqual([]);
    await page.close();
  });
});
