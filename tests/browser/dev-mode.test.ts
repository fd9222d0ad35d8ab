/**
 * `astro dev` on a copy of the bundled essays: a content problem shows in
 * the browser, in Astro's error overlay, with the build's own text (file,
 * line, code and fix), whichever page is open; the page comes back by itself
 * once the file is fixed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { startDevServer, type DevServer } from '../../scripts/lib/dev-server.ts';
import { ROOT } from '../../scripts/lib/site.ts';
import { removeCorpus } from '../support/corpus.ts';
import { pngOf } from '../support/images.ts';

/** How long the page may take to show a change: generous for a busy machine, but bounded. */
const CHANGE_MS = 30_000;

describe.skipIf(!inject('siteUrl'))('astro dev', () => {
  let content: string;
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  const file = (name: string): string => path.join(content, 'essays', name);
  const edit = (name: string, change: (text: string) => string): (() => void) => {
    const original = readFileSync(file(name), 'utf8');
    writeFileSync(file(name), change(original));
    return () => writeFileSync(file(name), original);
  };
  /**
   * The overlay's text, once it shows `code`. A file saved by truncating it and then writing it (as `edit` does) can
   * be read in between, and show for a moment as an essay with no title, until its text is read again.
   */
  const overlay = async (code: string): Promise<string> => {
    await page.waitForFunction(
      (wanted) => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-hints')?.textContent?.includes(wanted),
      code,
      { timeout: CHANGE_MS },
    );
    return page.locator('vite-error-overlay #message-hints').innerText();
  };
  const recovered = (heading: string) =>
    page.waitForFunction(
      (text) => !document.querySelector('vite-error-overlay') && document.querySelector('h1')?.textContent === text,
      heading,
      { timeout: CHANGE_MS },
    );

  beforeAll(async () => {
    content = mkdtempSync(path.join(tmpdir(), 'lm-dev-'));
    cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    server = await startDevServer({ contentDir: content });
    browser = await launchChromium();
    page = await browser.newPage();
    // The first request waits for Vite to compile the page.
    const response = await page.goto(`${server.url}/essays/who-draws-the-map/`, { timeout: 120_000 });
    expect(response?.status(), server.output()).toBe(200);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeCorpus(content);
  });

  it('draws an essay’s preview image when it is asked for (a build links them into dist/ instead)', async () => {
    const response = await fetch(`${server.url}/og/essays/who-draws-the-map.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = new DataView(await response.arrayBuffer());
    expect([png.getUint32(16), png.getUint32(20)]).toEqual([1200, 630]);
    expect((await fetch(`${server.url}/og/essays/no-such-essay.png`)).status).toBe(404);
  });

  it('shows a mistyped frontmatter key on the page, with file, line, code and fix, then the essay once fixed', async () => {
    const restore = edit('who-draws-the-map.md', (text) => text.replace('title:', 'titel:'));
    const shown = await overlay('[unknown-key]');
    expect(shown).toContain('essays/who-draws-the-map.md:2: unknown frontmatter key titel. [unknown-key]');
    expect(shown).toContain('→ did you mean title?');
    expect(shown).toContain('Save the fixed file: this page reloads by itself.');
    await expect(page.locator('vite-error-overlay #code h2').innerText()).resolves.toBe('essays/who-draws-the-map.md:2:1');
    // The page itself fails, so no stale copy of the essay is served.
    expect((await page.reload())?.status()).toBe(500);
    await overlay('[unknown-key]');
    restore();
    await recovered('Who draws the map');
  });

  it('prints a problem once when it is saved and once per page that shows it, not once per request', async () => {
    const printed = (): number => (server.output().match(/\[unknown-key\]/g) ?? []).length;
    const before = printed();
    let pages = 0;
    const count = (frame: Frame): void => void (frame === page.mainFrame() && (pages += 1));
    page.on('framenavigated', count);
    const restore = edit('who-draws-the-map.md', (text) => text.replace('title:', 'titel:'));
    try {
      await overlay('unknown-key');
      // Files a page asks for get the problems as text, without an error of their own in the terminal.
      for (const file of ['/favicon.ico', '/og/essays/who-draws-the-map.png']) {
        const response = await fetch(`${server.url}${file}`);
        expect(response.status, file).toBe(500);
        await expect(response.text()).resolves.toContain('[unknown-key]');
      }
      await page.waitForTimeout(500);
      page.off('framenavigated', count);
      // Astro prints a page's error as its one-line stack and then in full: the loader's report (once, even when the
      // save is read twice), and one full copy per page.
      expect(printed() - before, server.output().slice(-3000)).toBe(1 + pages);
      expect(server.output()).toContain('[ERROR] ContentError: The content has 1 problem; nothing was published.');
    } finally {
      // The essay is fixed whatever happened, so that a failure here does not fail the tests after it too.
      restore();
    }
    await recovered('Who draws the map');
  });

  it('never leaves the old error over the fixed page, however quickly the fix follows a reload', async () => {
    // Astro sends each error page's error to the browser 200 ms after serving it; one in flight at the fix
    // used to land on the fixed page (about one round in three).
    for (let round = 0; round < 6; round += 1) {
      const restore = edit('who-draws-the-map.md', (text) => text.replace('title:', 'titel:'));
      await overlay('[unknown-key]');
      expect((await page.reload())?.status()).toBe(500);
      restore();
      await recovered('Who draws the map');
      await page.waitForTimeout(400);
      await expect(page.locator('vite-error-overlay').count(), `round ${round}`).resolves.toBe(0);
    }
  });

  it('shows every file of a change saved at once (a replace across files, a git checkout), not only the first', async () => {
    // Each file reloads Astro's content config, and a refresh asked for while it loads was skipped at once:
    // the second file's save left both pages on their old text until some later save.
    const title = (text: string): string => text.replace(/^title: "(.*)"$/m, 'title: "$1, revised"');
    const restoreFirst = edit('who-draws-the-map.md', title);
    const restoreSecond = edit('destination-and-road-map.md', title);
    const other = async (): Promise<string> => {
      const html = await (await fetch(`${server.url}/essays/destination-and-road-map/`)).text();
      return /<h1[^>]*>([^<]*)</.exec(html)?.[1] ?? html;
    };
    await recovered('Who draws the map, revised');
    await expect(other()).resolves.toBe('The destination and the road map, revised');
    restoreFirst();
    restoreSecond();
    await recovered('Who draws the map');
    await expect(other()).resolves.toBe('The destination and the road map');
  });

  it('shows an image beside an essay replaced by another of the same size, not the old one the browser kept', async () => {
    // Astro's dev image endpoint names an image by its file and size only, and let the browser keep it for a year.
    writeFileSync(file('dev-picture.png'), pngOf(40, 20, '#ff0000'));
    const restore = edit('who-draws-the-map.md', (text) => `${text}\n![A picture](./dev-picture.png)\n`);
    /** The red of the picture's corner, fetched as the page would (the browser's cache included). */
    const red = (): Promise<number> =>
      page.evaluate(async () => {
        const image = document.querySelector<HTMLImageElement>('main img[alt="A picture"]')!;
        const bitmap = await createImageBitmap(await (await fetch(image.src)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(1, 1, 1, 1).data[0]!;
      });
    await page.waitForSelector('main img[alt="A picture"]', { state: 'attached', timeout: CHANGE_MS });
    expect(await red()).toBeGreaterThan(200);
    writeFileSync(file('dev-picture.png'), pngOf(40, 20, '#0000ff'));
    await expect.poll(red, { timeout: CHANGE_MS }).toBeLessThan(50);
    restore();
    rmSync(file('dev-picture.png'));
    await recovered('Who draws the map');
    await page.waitForFunction(() => !document.querySelector('main img[alt="A picture"]'), null, { timeout: CHANGE_MS });
  });

  it('shows a heading renamed in one essay as the broken link it makes in another, on that other page', async () => {
    const restore = edit('destination-and-road-map.md', (text) => text.replace('## A title is not a test', '## A title is never a test'));
    const shown = await overlay('[broken-anchor]');
    expect(shown).toMatch(
      /essays\/who-draws-the-map\.md:24: the link \/essays\/destination-and-road-map\/#a-title-is-not-a-test points to an anchor/,
    );
    expect(shown).toContain('[broken-anchor]');
    expect(shown).toContain('→ did you mean /essays/destination-and-road-map/#a-title-is-never-a-test?');
    restore();
    await recovered('Who draws the map');
  });
});
