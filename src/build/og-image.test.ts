import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/site.ts';
import {
  cardTree,
  drawable,
  drawsMost,
  shareEyebrow,
  lightPalette,
  OG_HEIGHT,
  OG_WIDTH,
  renderCard,
  unicodeRanges,
  type OgCard,
} from './og-image.ts';
import { handOver, OgImages, placeImages, takeOver } from './og-images.ts';
import { ogImageSetting } from '../site.config.ts';
import { pngSize } from '../../tests/support/images.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const card: OgCard = {
  eyebrow: 'Risk · from “Who draws the map”',
  title: 'Risk',
  sides: ['Carries the exposure', 'Keeps surprises small'],
  site: 'Leading & Managing',
};

describe('the light palette', () => {
  it('is read from tokens.css, the one place colours are written', () => {
    const palette = lightPalette(readFileSync(path.join(ROOT, 'src/styles/tokens.css'), 'utf8'));
    expect(palette.bg).toBe('#fcfbf8');
    expect(palette.lead).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('says which colour is missing', () => {
    expect(() => lightPalette('--bg: light-dark(#fff, #000);')).toThrow(/--surface/);
  });
});

describe('a preview image', () => {
  it('is a 1200×630 PNG', async () => {
    const png = await renderCard(card, ROOT);
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual([OG_WIDTH, OG_HEIGHT]);
  });

  it('treats content as text: markup in a title is drawn, never parsed', async () => {
    const hostile = { ...card, title: '<script>window.__xss=1</script><img src=x onerror=alert(1)>', text: '</svg><svg onload=alert(1)>' };
    const tree = JSON.stringify(cardTree(hostile, lightPalette(readFileSync(path.join(ROOT, 'src/styles/tokens.css'), 'utf8'))));
    expect(tree).toContain('"<script>window.__xss=1</script>');
    expect(pngSize(await renderCard(hostile, ROOT))).toEqual([OG_WIDTH, OG_HEIGHT]);
  });
});

describe('text in other scripts', () => {
  const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

  it('draws Cyrillic, Greek, Vietnamese and Latin beyond Western Europe with their own letters, not one empty box each', async () => {
    for (const [one, other] of [
      ['ЖЖЖЖ', 'ШШШШ'],
      ['ΔΔΔΔ', 'ΨΨΨΨ'],
      ['ỆỆỆỆ', 'ỖỖỖỖ'],
      ['ŁŁŁŁ', 'ŠŠŠŠ'],
    ]) {
      const [a, b] = await Promise.all([renderCard({ ...card, title: one! }, ROOT), renderCard({ ...card, title: other! }, ROOT)]);
      expect(same(a, b), `${one} and ${other} drew the same picture`).toBe(false);
    }
  });

  it('leaves out what no font draws (Chinese, emoji) instead of drawing empty boxes', async () => {
    const [mixed, plain] = await Promise.all([
      renderCard({ ...card, title: 'Risk 領導 🚀' }, ROOT),
      renderCard({ ...card, title: 'Risk' }, ROOT),
    ]);
    expect(same(mixed, plain)).toBe(true);
  });

  it('keeps long text inside its box and the site name in its place: a long word breaks, many lines end in an ellipsis', async () => {
    /** The pixels of a region of a card. */
    const region = (png: Uint8Array, left: number, top: number, width: number, height: number) =>
      sharp(png).extract({ left, top, width, height }).raw().toBuffer();
    const short = await renderCard({ ...card, title: 'Risk and reward' }, ROOT);
    const long = await renderCard(
      {
        ...card,
        eyebrow: `Risk · from “${'A rather long essay title '.repeat(4)}”`,
        title: 'Decision making under uncertainty and the costs of waiting for it',
        sides: ['Commits before the evidence is complete, '.repeat(4), 'Waits for the numbers and builds the case, '.repeat(4)],
      },
      ROOT,
    );
    const unbroken = await renderCard(
      { ...card, title: 'Verylongaspectname'.repeat(8), sides: [`https://example.org/${'a'.repeat(300)}`, 'W'.repeat(300)] },
      ROOT,
    );
    for (const drawn of [long, unbroken]) {
      // Nothing right of the text column (the right padding, down to the accent bar)…
      expect(await region(drawn, 1140, 0, 60, 616)).toEqual(await region(short, 1140, 0, 60, 616));
      // …and the foot, below the sides, shows only the site name, where a short card shows it.
      expect(await region(drawn, 0, 548, 1200, 68)).toEqual(await region(short, 0, 548, 1200, 68));
    }
  });

  it('never draws an empty heading or side: a title no font draws gives way, and so do sides that show nothing', async () => {
    const [chinese, fallback] = await Promise.all([
      renderCard({ eyebrow: 'Compare', title: '领导力', sides: ['愿景', '计划'], site: card.site }, ROOT),
      renderCard({ eyebrow: 'Compare', title: 'Leadership and management', site: card.site }, ROOT),
    ]);
    expect(same(chinese, fallback)).toBe(true);
    const [arabic, described] = await Promise.all([
      renderCard({ eyebrow: 'Essay', title: 'القيادة والإدارة', text: 'English mixed in.', site: card.site }, ROOT),
      renderCard({ eyebrow: 'Essay', title: 'English mixed in.', site: card.site }, ROOT),
    ]);
    expect(same(arabic, described)).toBe(true);
    const [oneSide, noSides] = await Promise.all([
      renderCard({ ...card, sides: ['Carries the exposure', '计划'] }, ROOT),
      renderCard({ ...card, sides: undefined }, ROOT),
    ]);
    expect(same(oneSide, noSides)).toBe(true);
  });

  it('draws no fragment that misstates a text: an Arabic title whose Latin acronym and number alone could be drawn gives way too', async () => {
    const title = 'القيادة في عصر AI 2030';
    const [arabic, described] = await Promise.all([
      renderCard({ eyebrow: shareEyebrow(title), title, text: 'Leading when machines advise.', site: card.site }, ROOT),
      renderCard({ eyebrow: 'Compare', title: 'Leading when machines advise.', site: card.site }, ROOT),
    ]);
    expect(same(arabic, described)).toBe(true);
    const [sides, noSides] = await Promise.all([
      renderCard({ ...card, sides: ['Carries the exposure', 'يحسب المخاطر قبل 2030'] }, ROOT),
      renderCard({ ...card, sides: undefined }, ROOT),
    ]);
    expect(same(sides, noSides)).toBe(true);
  });

  it('keeps every character some range covers, and tidies the spaces of those it drops', () => {
    const covers = (codePoint: number): boolean =>
      unicodeRanges('U+0000-00FF,U+0400-045F').some(([from, to]) => codePoint >= from && codePoint <= to);
    expect(drawable('Führung, 領導 und Москва 🚀 !', covers)).toBe('Führung, und Москва!');
    expect(drawable('領導', covers)).toBe('');
    expect(drawable('Risk (領導) and «🚀» - 領導', covers)).toBe('Risk and');
    expect(drawable('Risk « (領導) »', covers)).toBe('Risk');
    expect(drawable('a, 領導, b; 領導; c (d, 領導)', covers)).toBe('a, b; c (d)');
    // The joiners of an emoji family are no letters either.
    expect(drawable('có dau; 管理; 👩\u200d👩\u200d👧', covers)).toBe('có dau');
    expect(drawable('H₂O, x⁴ and ＡＢ -', covers)).toBe('H2O, x4 and AB -');
    // Nothing dropped, nothing tidied.
    expect(drawable(' - Risk: (a) «what» -', covers)).toBe('- Risk: (a) «what» -');
    // With the fonts the cards use: a share card names its essay (its title is the aspect), unless no font draws the essay's title.
    expect([shareEyebrow('Who leads'), shareEyebrow('谁领导')]).toEqual(['From “Who leads”', 'Compare']);
    expect([drawsMost('領導 🚀'), drawsMost('(領導)'), drawsMost('Łódź'), drawsMost('領導 Москва')]).toEqual([false, false, true, true]);
    // Most of its letters, not any: `AI 2030` alone would misstate this title.
    expect([drawsMost('القيادة في عصر AI 2030'), drawsMost('Leadership قيادة'), shareEyebrow('القيادة في عصر AI 2030')]).toEqual([
      false,
      true,
      'Compare',
    ]);
    expect(unicodeRanges('U+0131,U+0152-0153')).toEqual([
      [0x131, 0x131],
      [0x152, 0x153],
    ]);
  });
});

/**
 * These start the drawing worker, which compiles its TypeScript and reads the fonts before its first
 * image: about a second on a quiet machine, past vitest's default 5 s on a loaded one.
 */
const WORKER_START = { timeout: 30_000 };

describe('the image cache', WORKER_START, () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const options = { root: ROOT, cacheDir, worker: path.join(ROOT, 'src/build/og-worker.ts') };

  it('draws each card once, and a rebuild with the same content draws none', async () => {
    const first = new OgImages(options);
    const [a, b] = await Promise.all([first.image(card), first.image({ ...card, title: 'Trust' })]);
    expect(pngSize(a)).toEqual([OG_WIDTH, OG_HEIGHT]);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).not.toBe(0);
    expect(first.stats).toMatchObject({ drawn: 2, cached: 0 });
    expect(readdirSync(cacheDir)).toHaveLength(2);
    const again = new OgImages(options);
    expect(Buffer.from(await again.image(card))).toEqual(Buffer.from(a));
    expect(again.stats).toMatchObject({ drawn: 0, cached: 1 });
    await again.image({ ...card, sides: ['Changed', 'Keeps surprises small'] });
    expect(again.stats).toMatchObject({ drawn: 1, cached: 1 });
    expect(readdirSync(cacheDir)).toHaveLength(3);
    // A write cut short long ago (a killed build) and one under way now (a concurrent build).
    const orphan = path.join(cacheDir, `${'0'.repeat(24)}.png.1-dead.partial`);
    const writing = path.join(cacheDir, `${'1'.repeat(24)}.png.2-live.partial`);
    writeFileSync(orphan, 'cut short');
    writeFileSync(writing, 'half');
    const dayAgo = new Date(Date.now() - 24 * 3600 * 1000);
    utimesSync(orphan, dayAgo, dayAgo);
    // 'Trust' was not asked for in this build: its image goes; the two used stay, and so does the write under way.
    expect(await again.prune()).toBe(1);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(writing)).toBe(true);
    rmSync(writing);
    expect(readdirSync(cacheDir)).toHaveLength(2);
    const third = new OgImages(options);
    await third.image(card);
    await third.image({ ...card, sides: ['Changed', 'Keeps surprises small'] });
    expect(third.stats).toMatchObject({ drawn: 0, cached: 2 });
  });
});

describe('images handed over by the route and placed in dist/', WORKER_START, () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'og-place-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('are taken over once, and placed at their paths as links to their cached files', async () => {
    const images = new OgImages({ root: ROOT, cacheDir: path.join(folder, 'cache'), worker: path.join(ROOT, 'src/build/og-worker.ts') });
    handOver(
      images,
      new Map([
        ['/og/home.png', card],
        ['/og/compare/risk/a.png', { ...card, title: 'Other' }],
      ]),
    );
    const build = takeOver()!;
    expect(takeOver()).toBeUndefined();
    const dist = path.join(folder, 'dist');
    expect(await placeImages(build, dist)).toBe(2);
    const placed = readFileSync(path.join(dist, 'og/compare/risk/a.png'));
    expect(pngSize(placed)).toEqual([OG_WIDTH, OG_HEIGHT]);
    expect(statSync(path.join(dist, 'og/home.png')).nlink).toBe(2);
    expect(build.images.stats).toMatchObject({ drawn: 2 });
    // Placing again over the same files replaces them.
    expect(await placeImages(build, dist)).toBe(2);
    expect(readFileSync(path.join(dist, 'og/compare/risk/a.png'))).toEqual(placed);
  });

  it('name every image that could not be drawn', async () => {
    const worker = path.join(folder, 'failing-worker.mjs');
    writeFileSync(
      worker,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => parentPort.postMessage({ error: 'no font', ms: 1 }));\n",
    );
    const images = new OgImages({ root: ROOT, cacheDir: path.join(folder, 'failing'), worker });
    handOver(images, new Map([['/og/essays/x.png', card]]));
    await expect(placeImages(takeOver()!, path.join(folder, 'dist-failing'))).rejects.toThrow(
      /One Open Graph image could not be drawn:\n {2}\/og\/essays\/x\.png: Error: Drawing an Open Graph image failed: no font/,
    );
  });
});

describe('the OG_IMAGES setting', () => {
  it.each([
    [undefined, 'all'],
    ['', 'all'],
    ['all', 'all'],
    ['pages', 'pages'],
    ['off', 'off'],
  ])('%s → %s', (value, setting) => expect(ogImageSetting(value)).toBe(setting));

  it('refuses anything else, naming the choices', () => expect(() => ogImageSetting('none')).toThrow(/`all`.*`pages`.*`off`/));
});
