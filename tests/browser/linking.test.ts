/**
 * Linking to a comparison, as a reader meets it on the bundled site: a share
 * page per contrast whose meta tags and image are that contrast, row controls
 * labelled by what they do, link previews on hover and on keyboard focus
 * (never on touch, closed by Esc, never taking focus, staying while the
 * pointer rests on them). The cite control has its own file (cite.test.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/page-checks.ts';

const base = inject('siteUrl');
const other = inject('unfamiliarUrl');
const SHARE = '/compare/risk/who-draws-the-map/';

describe.skipIf(!base)('linking to a comparison', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  const meta = (page: Page, key: string): Promise<string | null> =>
    page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

  it('gives each contrast a share page whose title, description and image are that contrast', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${SHARE}`);
    await expect(page.title()).resolves.toBe('Risk: leadership and management in “Who draws the map” · Leading & Managing');
    await expect(meta(page, 'og:title')).resolves.toBe('Risk: leadership and management in “Who draws the map”');
    await expect(meta(page, 'og:description')).resolves.toMatch(/^Leadership: .+ · Management: .+/);
    await expect(meta(page, 'og:image')).resolves.toMatch(/\/og\/compare\/risk\/who-draws-the-map\.png$/);
    await expect(meta(page, 'og:image:width')).resolves.toBe('1200');
    await expect(meta(page, 'og:image:height')).resolves.toBe('630');
    await expect(meta(page, 'og:image:alt')).resolves.toMatch(/^Risk\. Leadership: .+ Management: /);
    await expect(meta(page, 'twitter:card')).resolves.toBe('summary_large_image');
    await expect(page.locator('h1').textContent()).resolves.toBe('Risk');
    await expect(page.locator('.feature-side.lead .feature-text').textContent()).resolves.toBeTruthy();
    await expect(page.locator('a', { hasText: 'Read it in context' }).getAttribute('href')).resolves.toBe(
      '/essays/who-draws-the-map/#contrast-risk',
    );
    expect(await page.locator('#other-views ~ .comparison tbody tr').count()).toBeGreaterThan(0);
    const image = await page.request.get(new URL(new URL((await meta(page, 'og:image'))!).pathname, base).href);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = await image.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    await page.close();
  });

  it('forwards an old aspect slug’s share page, and lists share pages in the sitemap but not the forwarding ones', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/compare/uncertainty/who-draws-the-map/`);
    await page.waitForURL(`${base}${SHARE}`);
    const sitemap = await (await page.request.get(`${base}/sitemap-0.xml`)).text();
    expect(sitemap).toContain(SHARE);
    expect(sitemap).not.toContain('/compare/uncertainty/');
    await page.close();
  });

  it('labels a row’s controls by what they do: the row in its essay, the share page, the citation', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/essays/who-draws-the-map/`);
    const row = page.locator('#contrast-risk');
    await expect(row.locator('.copy-link').getAttribute('aria-label')).resolves.toBe('Copy link to contrast: Risk');
    await expect(row.locator('a.row-action').getAttribute('aria-label')).resolves.toBe('Share page: Risk in “Who draws the map”');
    await expect(row.locator('a.row-action').getAttribute('href')).resolves.toBe(SHARE);
    await expect(row.locator('button[data-cite]').textContent()).resolves.toBe('Cite');
    await page.close();
  });

  async function essayPage(options: Parameters<Browser['newContext']>[0] = {}, url = `${base}/essays/who-draws-the-map/`): Promise<Page> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }
  const CROSS_LINK = 'a[href="/essays/destination-and-road-map/#a-title-is-not-a-test"]';

  it('previews a linked section on hover, closes on Esc, and takes no focus', async () => {
    const page = await essayPage();
    const link = page.locator(CROSS_LINK).first();
    await link.hover();
    const card = page.locator('#_preview[role="tooltip"]:not([hidden])');
    await card.waitFor();
    await expect(card.locator('.preview-title').textContent()).resolves.toBe('A title is not a test');
    await expect(link.getAttribute('aria-describedby')).resolves.toBe('_preview');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.not.toBe('_preview');
    await page.keyboard.press('Escape');
    await expect(card.count()).resolves.toBe(0);
    await page.context().close();
  });

  it('previews on keyboard focus too: a contrast row shows both sides', async () => {
    const page = await essayPage();
    await page.goto(`${base}/compare/risk/`);
    const link = page.locator('.contrast-label a[href="/essays/who-draws-the-map/#contrast-risk"]');
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const card = page.locator('#_preview:not([hidden])');
    await card.waitFor();
    await expect(card.locator('.preview-side.lead').textContent()).resolves.toMatch(/^Leadership: /);
    await expect(card.locator('.preview-side.manage').textContent()).resolves.toMatch(/^Management: /);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
      '/essays/who-draws-the-map/#contrast-risk',
    );
    await page.keyboard.press('Tab');
    await expect(card.count()).resolves.toBe(0);
    await page.context().close();
  });

  it('keeps a hovered preview while the pointer crosses to it and rests on it, and closes it once the pointer leaves both', async () => {
    const page = await essayPage();
    await page.locator(CROSS_LINK).first().hover();
    const card = page.locator('#_preview:not([hidden])');
    await card.waitFor();
    const box = (await card.boundingBox())!;
    // Across the gap between link and card, then resting on the card longer than the grace delay.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 12 });
    await page.waitForTimeout(800);
    await expect(card.count()).resolves.toBe(1);
    await expect(card.evaluate((node) => node.matches(':hover'))).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.closest('#_preview'))).resolves.toBeNull();
    // Off both, into the margin: the card goes.
    await page.mouse.move(2, box.y + box.height / 2, { steps: 4 });
    await card.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('cancels a preview still to open on Esc, before and after the preview code has loaded, until focus comes back', async () => {
    const page = await essayPage();
    // The preview code loads on the first focus; hold it back so that the first Esc comes first.
    await page.route(/\/_astro\/preview\.[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto(`${base}/compare/risk/`);
    const link = page.locator('.contrast-label a[href="/essays/who-draws-the-map/#contrast-risk"]');
    const card = page.locator('#_preview:not([hidden])');
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    for (let round = 0; round < 2; round += 1) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      await page.waitForTimeout(900);
      await expect(card.count()).resolves.toBe(0);
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Tab');
    await card.waitFor();
    await page.context().close();
  });

  it('never opens a preview for a touch: the tap follows the link', async () => {
    const page = await essayPage({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    await page.locator(CROSS_LINK).first().tap();
    await page.waitForURL(/destination-and-road-map/);
    await expect(page.locator('#_preview:not([hidden])').count()).resolves.toBe(0);
    await page.context().close();
  });

  const cardText = (page: Page): Promise<string[]> => page.locator('#_preview:not([hidden]) p').allTextContents();

  it.skipIf(!other)('previews a row linked by its old aspect slug as the row, like a link by its current slug', async () => {
    const page = await essayPage({}, `${other}/essays/old-links/`);
    const card = page.locator('#_preview:not([hidden])');
    const seen: string[][] = [];
    // `gamble` is the old slug of `risk-reward` (the corpus's aspects.yml).
    for (const href of ['/essays/crlf-bom/#contrast-gamble', '/essays/crlf-bom/#contrast-risk-reward']) {
      await page.locator(`a[href="${href}"]`).hover();
      await card.waitFor();
      seen.push(await cardText(page));
      await page.mouse.move(2, 2);
      await card.waitFor({ state: 'hidden' });
    }
    expect(seen[0]).toEqual([
      'Contrast · Windows line endings',
      'Risk & reward',
      'Leadership: Bets on the future',
      'Management: Protects this quarter',
    ]);
    expect(seen[1]).toEqual(seen[0]);
    await page.context().close();
  });

  it.skipIf(!other).each([520, 300])(
    'keeps a tall preview inside a window %i px high, on the side of its link with room, and clamps long text',
    async (height) => {
      const page = await essayPage({ viewport: { width: 1280, height } }, `${other}/`);
      // The essay whose description is 300 characters, its link half way down the window.
      const link = page.locator('a[href="/essays/old-links/"]').first();
      await link.evaluate((node) => node.scrollIntoView({ block: 'center' }));
      await link.hover();
      const card = page.locator('#_preview:not([hidden])');
      await card.waitFor();
      const box = (await card.boundingBox())!;
      const at = (await link.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
      expect(box.y >= at.y + at.height || box.y + box.height <= at.y).toBe(true);
      // The description is cut short on screen, and whole for a screen reader (the card describes the link).
      const text = card.locator('.preview-text');
      await expect(text.evaluate((node) => node.scrollHeight > node.clientHeight)).resolves.toBe(true);
      await expect(text.textContent()).resolves.toHaveLength(301);
      await page.context().close();
    },
  );

  it.each(['light', 'dark'] as const)('keeps the open cite dialog and a preview card free of axe violations (%s)', async (colorScheme) => {
    const context = await browser.newContext({ bypassCSP: true, colorScheme });
    const page = await context.newPage();
    await page.goto(`${base}/essays/who-draws-the-map/`);
    await page.locator(CROSS_LINK).first().hover();
    await page.locator('#_preview:not([hidden])').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.essay-header [data-cite="essay"]').click();
    await page.locator('.cite-dialog[open]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
