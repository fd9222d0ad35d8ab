/**
 * The linking features as readers with other needs meet them: a keyboard
 * user whose Tab scrolls the page, a reader at 400% zoom (a window of
 * 320 × 200 CSS px) whose focused link a preview or a notice must not hide, and a
 * reader in forced colours, who must still see which row a link opened on,
 * which search result is chosen and where focus is.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';

const base = inject('siteUrl');
const ESSAY = '/essays/who-draws-the-map/';
const CROSS_LINK = 'a[href="/essays/destination-and-road-map/#a-title-is-not-a-test"]';

describe.skipIf(!base)('linking, for readers without a mouse or who see differently', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  async function open(options: Parameters<Browser['newContext']>[0] = {}, url = `${base}${ESSAY}`): Promise<Page> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }

  /** Focuses the control before `selector`'s first match, with the page scrolled away from it, so that the next Tab scrolls. */
  async function tabTo(page: Page, selector: string): Promise<void> {
    await page.locator(selector).first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(100);
    await page.keyboard.press('Tab');
  }

  it('previews a link that Tab scrolls into view', async () => {
    const page = await open({ viewport: { width: 1280, height: 400 } });
    await tabTo(page, CROSS_LINK);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(0);
    await page.locator('#_preview:not([hidden])').waitFor({ timeout: 2000 });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).resolves.toBe('_preview');
    await page.context().close();
  });

  it('closes a card the mouse opened when a finger taps elsewhere, on a device with both', async () => {
    const page = await open({ viewport: { width: 1280, height: 800 }, hasTouch: true });
    const link = page.locator(CROSS_LINK).first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    const card = page.locator('#_preview:not([hidden])');
    await card.waitFor();
    // Tap the page's margin, away from the link and the card; the mouse stays on the link.
    await page.touchscreen.tap(20, 780);
    await expect(card.count()).resolves.toBe(0);
    await page.context().close();
  });

  it('never hides the focused link under its preview at 400% zoom (320 × 200 CSS px), cutting the card to the room beside it', async () => {
    const page = await open({ viewport: { width: 320, height: 200 } });
    await tabTo(page, CROSS_LINK);
    const card = page.locator('#_preview:not([hidden])');
    await card.waitFor();
    const box = (await card.boundingBox())!;
    // The link wraps: none of its lines may be under the card.
    const lines = await page.evaluate(() => [...document.activeElement!.getClientRects()].map(({ top, bottom }) => ({ top, bottom })));
    expect(lines.length).toBeGreaterThan(0);
    for (const { top, bottom } of lines) expect(box.y >= bottom || box.y + box.height <= top).toBe(true);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(200);
    await page.context().close();
  });

  it('never hides what Tab focuses under a card the resting pointer opened', async () => {
    const page = await open({}, `${base}/compare/risk/`);
    const link = page.locator('.contrast-label a[href="/essays/leading-and-managing-an-overview/#contrast-risk"]');
    await link.hover();
    await page.locator('#_preview:not([hidden])').waitFor();
    await link.focus();
    // On to the row's copy-link, Share page and Cite controls, below the link, where the card is.
    for (let step = 0; step < 3; step += 1) {
      await page.keyboard.press('Tab');
      const covered = await page.evaluate(() => {
        const card = document.getElementById('_preview');
        if (!card || card.hidden) return false;
        const [a, b] = [document.activeElement!.getBoundingClientRect(), card.getBoundingClientRect()];
        return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      });
      expect(covered).toBe(false);
    }
    await page.context().close();
  });

  it('never hides what Tab focuses under the notice of highlighted words at 400% zoom (320 × 256 CSS px)', async () => {
    const page = await open({ viewport: { width: 320, height: 256 } }, `${base}${ESSAY}?h=the`);
    await page.locator('.highlight-notice').waitFor();
    const covered: string[] = [];
    // From the top of the page to its footer's last link, after which focus leaves the page.
    let steps = 0;
    for (let under: string | null = ''; under !== null && steps < 300; steps += 1) {
      await page.keyboard.press('Tab');
      under = await page.evaluate(() => {
        const [focused, notice] = [document.activeElement!, document.querySelector('.highlight-notice')!];
        if (focused === document.body) return null;
        if (notice.contains(focused)) return '';
        const [a, b] = [focused.getBoundingClientRect(), notice.getBoundingClientRect()];
        return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom ? (focused.textContent ?? '').trim() : '';
      });
      if (under) covered.push(under);
    }
    expect(steps).toBeGreaterThan(20);
    expect(covered).toEqual([]);
    await page.context().close();
  });

  it('keeps each word of the site navigation whole with a very large default font size (24 px) on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    // The browser setting itself, not a page style: rem-based media queries follow it too.
    await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 24 } });
    await page.goto(`${base}${ESSAY}`);
    const lines = await page.locator('.site-nav a').evaluateAll((links) =>
      links.map((link) => {
        const range = document.createRange();
        range.selectNodeContents(link);
        return `${link.textContent}: ${new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size}`;
      }),
    );
    expect(lines).toEqual(['Essays: 1', 'Compare: 1', 'Concepts: 1']);
    await context.close();
  });

  it('says where a row’s link is when the clipboard is refused, on a page that is not the row’s', async () => {
    const page = await open({}, `${base}/compare/risk/`);
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }),
    );
    const row = `${base}/essays/who-draws-the-map/#contrast-risk`;
    await page.locator('.copy-link[data-copy-href="/essays/who-draws-the-map/#contrast-risk"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('_status')?.textContent);
    const [said, address] = await page.evaluate(() => [document.getElementById('_status')!.textContent!, window.location.href]);
    expect(said).toMatch(/^Copying is blocked here/);
    // The address bar still shows this page: the message must give the row's link itself.
    expect(address).not.toBe(row);
    expect(said).toContain(row);
    await page.context().close();
  });

  it('cuts a long essay title in a preview’s first line short too, leaving room for what the link leads to', async () => {
    const page = await open({ viewport: { width: 360, height: 740 } });
    const title = 'A remarkably long essay title that goes on and on about leading, managing and the many ways the two differ';
    await page.route(/\/previews\/essays\/destination-and-road-map\.json$/, async (route) => {
      const preview = (await (await route.fetch()).json()) as { title: string };
      await route.fulfill({ json: { ...preview, title } });
    });
    await tabTo(page, CROSS_LINK);
    const kind = page.locator('#_preview:not([hidden]) .preview-kind');
    await kind.waitFor();
    const [lines, text] = await kind.evaluate((node) => [
      node.getBoundingClientRect().height / parseFloat(getComputedStyle(node).lineHeight),
      node.textContent,
    ]);
    expect(lines).toBeLessThanOrEqual(2.1);
    // The card still describes the link in full.
    expect(text).toBe(`Section · ${title}`);
    await page.context().close();
  });

  it.each([
    ['/compare/risk/who-draws-the-map/', ''],
    [ESSAY, '#contrast-risk'],
  ])('leaves a 320 × 200 px window (zoomed 4×) to the page: %s%s, the header scrolls away', async (path, hash) => {
    const page = await open({ viewport: { width: 320, height: 200 } }, `${base}${path}${hash}`);
    if (!hash) await page.mouse.wheel(0, 400);
    await page.waitForTimeout(200);
    const { headerBottom, top } = await page.evaluate((id) => {
      const header = document.querySelector('.site-header')!.getBoundingClientRect();
      return { headerBottom: header.bottom, top: id ? document.getElementById(id)!.getBoundingClientRect().top : 0 };
    }, hash.slice(1));
    // The sticky header wraps to 132 px here: two thirds of the window.
    expect(headerBottom).toBeLessThanOrEqual(0);
    // The row a link opened on still starts at the top of the window.
    if (hash) expect(top).toBeGreaterThanOrEqual(0);
    if (hash) expect(top).toBeLessThan(40);
    await page.context().close();
  });

  describe.each(['light', 'dark'] as const)('in forced colours (%s)', (colorScheme) => {
    /** How many pixels of the element differ between the page opened on `hash` and opened on no fragment at all. */
    async function marking(path: string, hash: string, selector: string, width: number): Promise<number> {
      const page = await open({ forcedColors: 'active', colorScheme, viewport: { width, height: 800 } }, `${base}${path}${hash}`);
      const shot = async () => {
        // The same place on screen both times, clear of the sticky header.
        await page.locator(selector).evaluate((node) => node.scrollIntoView({ block: 'center' }));
        // With a margin: a ring may be drawn just outside the element.
        const { x, y, width, height } = (await page.locator(selector).boundingBox())!;
        const clip = { x: x - 12, y: y - 12, width: width + 24, height: height + 24 };
        return (await page.screenshot({ clip, animations: 'disabled' })).toString('base64');
      };
      const marked = await shot();
      await page.goto(`${base}${path}`);
      const plain = await shot();
      // Compared on a blank page, out of reach of the site's CSP.
      await page.goto('about:blank');
      const differing = await page.evaluate(
        async (pngs) => {
          const pixels = async (png: string) => {
            const image = new Image();
            image.src = `data:image/png;base64,${png}`;
            await image.decode();
            const canvas = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
            canvas.drawImage(image, 0, 0);
            return canvas.getImageData(0, 0, image.width, image.height).data;
          };
          const [a, b] = await Promise.all(pngs.map(pixels));
          let count = 0;
          for (let i = 0; i < a!.length; i += 4) if (Math.abs(a![i]! - b![i]!) + Math.abs(a![i + 1]! - b![i + 1]!) > 96) count += 1;
          return count;
        },
        [marked, plain],
      );
      await page.context().close();
      return differing;
    }

    it('shows which search result is chosen, and that the search box has focus', async () => {
      const page = await open({ forcedColors: 'active', colorScheme, viewport: { width: 1280, height: 800 } });
      await page.keyboard.press('/');
      await page.keyboard.type('risk');
      const first = page.locator('#_search-results[data-query="risk"] [role="option"]').first();
      await page.locator('#_search-results[data-query="risk"] [aria-selected="true"]:not(.is-loading)').first().waitFor();
      // The box's lower edge, where a focus mark is drawn, clear of the caret (forced colours force its colour, so it cannot be hidden).
      const { x, y, width, height } = (await page.locator('#_search .search-form').boundingBox())!;
      const edge = { x, y: y + height - 5, width, height: 5 };
      const shot = async () => Promise.all([page.screenshot({ clip: edge }), first.screenshot({ animations: 'disabled' })]);
      const [focused, chosen] = await shot();
      await page.keyboard.press('ArrowDown');
      await expect(first.getAttribute('aria-selected')).resolves.not.toBe('true');
      await page.locator('#_search-input').evaluate((input) => input.blur());
      const [unfocused, unchosen] = await shot();
      expect(chosen.equals(unchosen), 'the chosen result looks like the others').toBe(false);
      expect(focused.equals(unfocused), 'the focused box looks unfocused').toBe(false);
      await page.context().close();
    });

    it("draws the search page's Search button with an edge, its filled background being dropped", async () => {
      const page = await open({ forcedColors: 'active', colorScheme }, `${base}/search/?q=risk`);
      const edge = await page.locator('.search-page-row button').evaluate((button) => {
        const style = getComputedStyle(button);
        return {
          style: style.borderTopStyle,
          width: parseFloat(style.borderTopWidth),
          color: style.borderTopColor,
          fill: style.backgroundColor,
        };
      });
      expect(edge.style).toBe('solid');
      expect(edge.width).toBeGreaterThanOrEqual(1);
      expect(edge.color).not.toBe(edge.fill);
      await page.context().close();
    });

    it.each([
      [ESSAY, '#contrast-risk', 1280, '#contrast-risk'],
      [ESSAY, '#contrast-risk', 360, '#contrast-risk'],
      [ESSAY, '#contrast-uncertainty', 1280, '#contrast-risk'],
      ['/compare/', '#risk', 1280, '#risk'],
      [ESSAY, '#destination-and-route', 1280, '.heading:has(#destination-and-route)'],
    ])('marks the row or heading a link opened on: %s%s at %i px', async (path, hash, width, selector) => {
      // A ring or a bar along the row, not a pixel or two of anti-aliasing.
      expect(await marking(path, hash, selector, width)).toBeGreaterThan(200);
    });
  });
});
