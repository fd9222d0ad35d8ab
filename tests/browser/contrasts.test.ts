/**
 * A shared link opens on exactly one contrast: the row lands fully visible
 * below the sticky header and is marked, at 1280, 360 and 320 px, in an essay and
 * on /compare/. Copy controls share that exact URL; `?rows=` filters; old
 * aspect slugs still lead to the renamed aspect.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';

const base = inject('siteUrl');
const other = inject('unfamiliarUrl');
const essay = '/essays/counting-value-and-creating-value/';

/** Where the target sits relative to the sticky header and the viewport, and whether it is marked. */
async function landing(page: Page, selector: string) {
  await page.waitForTimeout(100);
  return page.evaluate((sel) => {
    const target = document.querySelector<HTMLElement>(sel)!;
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    const cell = target.matches('tr') ? target.querySelector('th')! : target;
    const marked = getComputedStyle(cell).backgroundColor;
    const plain = getComputedStyle(document.body).backgroundColor;
    return {
      top: box.top,
      bottom: box.bottom,
      headerBottom: header.bottom,
      viewport: innerHeight,
      marked: marked !== plain && marked !== 'rgba(0, 0, 0, 0)',
    };
  }, selector);
}

describe.skipIf(!base)('linking to one contrast', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  describe.each([
    [1280, 800],
    [360, 740],
    // A small phone: the header wraps to three rows here (site name, buttons, links).
    [320, 568],
  ])('at %i px', (width, height) => {
    it.each([
      [`${essay}#contrast-risk`, '#contrast-risk'],
      ['/compare/#risk', '#risk'],
      ['/essays/destination-and-road-map/#contrast-time-horizon', '#contrast-time-horizon'],
    ])('%s lands below the header, marked', async (path, selector) => {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${base}${path}`);
      const spot = await landing(page, selector);
      expect(spot.top).toBeGreaterThanOrEqual(spot.headerBottom);
      expect(spot.top).toBeLessThan(spot.headerBottom + 80);
      if (spot.bottom - spot.top < height - spot.headerBottom) expect(spot.bottom).toBeLessThanOrEqual(spot.viewport);
      expect(spot.marked).toBe(true);
      await page.close();
    });
  });

  it('leaves rows that were not linked unmarked', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${essay}#contrast-risk`);
    expect((await landing(page, '#contrast-value')).marked).toBe(false);
    await page.close();
  });

  it("names a row's header by its aspect alone, so a screen reader does not read its controls before every cell", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${essay}`);
    const risk = page.getByRole('rowheader', { name: 'Risk', exact: true });
    await expect(risk.count()).resolves.toBe(1);
    // The controls are still inside it, each with its own name.
    await expect(risk.getByRole('link', { name: 'Share page: Risk in “Counting value and creating value”' }).count()).resolves.toBe(1);
    await expect(risk.getByRole('button', { name: /^Cite Risk/ }).count()).resolves.toBe(1);
    await page.close();
  });

  it('copies the exact URL of an essay row', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    await page.goto(`${base}${essay}`);
    const button = page.locator('#contrast-risk button.copy-link');
    await expect(button.getAttribute('aria-label')).resolves.toBe('Copy link to contrast: Risk');
    await button.click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${base}${essay}#contrast-risk`);
    await page.waitForFunction(() => document.getElementById('_status')?.textContent === 'Link copied');
    await page.goto(`${base}/compare/`);
    await page.locator('#risk .heading button.copy-link').click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${base}/compare/#risk`);
    // A host that serves the page at its file name: the copied link still names the folder.
    await page.goto(`${base}${essay}index.html`);
    await page.locator('#contrast-risk button.copy-link').click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${base}${essay}#contrast-risk`);
    await context.close();
  });

  it('shows only the aspects asked for with ?rows=, old slugs included, and all of them without JavaScript', async () => {
    const page = await browser.newPage();
    // `vision` is a first-edition slug of `direction` (content/aspects.yml).
    await page.goto(`${base}/compare/?rows=risk,vision`);
    const visible = await page.locator('.aspect-group:visible').evaluateAll((groups) => groups.map((g) => g.id));
    expect(visible.sort()).toEqual(['direction', 'risk']);
    // The index above lists just those: a link to a hidden aspect would lead nowhere.
    const listed = await page.locator('.aspect-index a:visible').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(['#direction', '#risk']);
    await expect(page.locator('[data-filter-note]').isVisible()).resolves.toBe(true);
    await page.close();
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${base}/compare/?rows=risk,vision`);
    expect(await plain.locator('.aspect-group:visible').count()).toBeGreaterThan(10);
    await noJs.close();
  });

  it('forwards an old aspect slug to the renamed aspect', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${other}/compare/gamble/`);
    await page.waitForURL(`${other}/compare/risk-reward/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Leadership vs. management: Risk and reward');
    await page.goto(`${other}/compare/#gamble`);
    const spot = await landing(page, '#risk-reward');
    expect(spot.top).toBeGreaterThanOrEqual(spot.headerBottom - 1);
    expect(spot.marked).toBe(true);
    await page.close();
  });

  it('gives an aspect page meta tags that carry the contrast itself', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/compare/risk/`);
    const meta = (name: string) => page.locator(`meta[property="${name}"], meta[name="${name}"]`).first().getAttribute('content');
    await expect(meta('og:title')).resolves.toBe('Leadership vs. management: Risk');
    await expect(meta('twitter:title')).resolves.toBe('Leadership vs. management: Risk');
    expect(await meta('og:description')).toMatch(/^Leadership: .+ · Management: .+/);
    await page.close();
  });
});

describe.skipIf(!base)('an aspect column beside its copy-link control', () => {
  /** Each one-word aspect label of the page, and on how many lines its text sits. */
  const labelLines = (page: Page) =>
    page.$$eval('.contrast-label .label-line > a:first-child', (labels) =>
      labels
        .filter((label) => !/\s/.test(label.firstChild?.textContent?.trim() ?? ' '))
        .map((label) => {
          const range = document.createRange();
          range.selectNodeContents(label.firstChild!);
          return [label.firstChild!.textContent!.trim(), new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size];
        }),
    );

  it.each([1280, 1024, 800])('breaks no one-word aspect inside its word at %i px', async (width) => {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${base}/essays/who-draws-the-map/`);
    const lines = await labelLines(page);
    expect(lines.map(([word]) => word)).toContain('Adaptability');
    expect(lines.filter(([, count]) => count !== 1)).toEqual([]);
    await browser.close();
  });

  it.each([1280, 360])('still breaks a word too long for any column, cutting nothing off, at %i px', async (width) => {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${base}/essays/who-draws-the-map/`);
    const fits = await page.evaluate(() => {
      const label = document.querySelector('#contrast-risk .label-line > a')!;
      label.firstChild!.textContent = 'Zusammenarbeitsverantwortungsbereichsleitungsübertragungsverfahren';
      const table = label.closest('table')!;
      const cell = label.closest('th')!.getBoundingClientRect();
      return { table: table.scrollWidth <= table.clientWidth, label: label.getBoundingClientRect().right <= cell.right };
    });
    expect(fits).toEqual({ table: true, label: true });
    await browser.close();
  });
});

describe.skipIf(!base)('printing', () => {
  it('prints a comparison as a full table, even from a phone, without the site chrome', async () => {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${base}${essay}`);
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => ({
      row: getComputedStyle(document.querySelector('.comparison-table tbody tr')!).display,
      head: getComputedStyle(document.querySelector('.comparison-table thead')!).display,
      label: getComputedStyle(document.querySelector('.cell-label')!).display,
      header: getComputedStyle(document.querySelector('.site-header')!).display,
      toc: getComputedStyle(document.querySelector('.essay-aside')!).display,
    }));
    expect(layout).toEqual({ row: 'table-row', head: 'table-header-group', label: 'none', header: 'none', toc: 'none' });
    await browser.close();
  });
});
