/**
 * How links to the site unfurl in chat, social posts and mail: the Open
 * Graph and Twitter tags of every page of a corpus built under a path, with
 * titles full of quotes, ampersands, `<` and emoji, an address that is not
 * ASCII, and a contrast whose sides run long. Each tag is in <head> once,
 * its URLs are absolute under SITE_URL and its image exists at 1200×630;
 * a share page's description and image text hold both sides of its contrast,
 * and a site of one essay counts it in the singular.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../scripts/lib/site.ts';
import { essay, removeCorpus, writeCorpus } from '../support/corpus.ts';
import { pngSize } from '../support/images.ts';

const SITE_URL = 'https://example.org/essays/';
const LEAD = `Leaders ${'take a bet nobody can price, explain it to the board and carry its cost when it fails '.repeat(3)}`;
const MANAGE = `Managers ${'keep the risks of the route small, hedge each exposure and report every variance weekly '.repeat(3)}`;
const table = (rows: string): string => `Prose.\n\n| Aspect | Leadership | Management |\n| --- | --- | --- |\n${rows}`;

/** The `<meta property|name=… content=…>` tags of a page, in order, with whether each sits in its head. */
function metaTags(html: string): { key: string; content: string; inHead: boolean }[] {
  const headEnd = html.indexOf('</head>');
  return [...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)].map((match) => ({
    key: match[1]!,
    content: match[2]!,
    inHead: match.index < headEnd,
  }));
}

/** A tag's value as a reader sees it (HTML's escapes undone). */
const unescaped = (value: string): string =>
  value.replace(/&(quot|lt|gt|#39|amp);/g, (_, name: string) => ({ quot: '"', lt: '<', gt: '>', '#39': "'", amp: '&' })[name]!);

describe('links to a site served under a path, as they unfurl', () => {
  const dist = path.join(tmpdir(), `lm-unfurl-${process.pid}`);
  const page = (file: string): string => readFileSync(path.join(dist, file), 'utf8');
  const meta = (file: string, key: string): string | undefined => {
    const found = metaTags(page(file)).find((tag) => tag.key === key);
    return found && unescaped(found.content);
  };
  let corpus: string;
  let result: BuildResult;

  beforeAll(async () => {
    corpus = writeCorpus({
      'essays/long-sides.md': essay(
        'Long sides',
        table(`| Risk | ${LEAD} | ${MANAGE} |\n`),
        'date: 2026-01-02\ndescription: Bets and hedges, at length.\nauthor: José Ortega y Gasset and Mary Parker Follett\n',
      ),
      'essays/quotes.md': essay(
        '"Leaders" & <Managers>: a \'tale\' 🚀',
        table('| Risk | Bets & "hopes" | Hedges |\n| Доверие | Вдохновляет | Контролирует |\n| Pause | <br> | Stops |\n'),
        'date: 2026-01-01\n',
      ),
      'essays/руководство.md': essay('Руководство', table('| Доверие | Вдохновляет | Проверяет |\n')),
      // Dated only by its last update: a feed reader still learns when.
      'essays/no-table.md': essay('No table', undefined, 'updated: 2026-02-03\n'),
      'aspects.yml': 'risk:\n  aliases: [gamble]\n',
    });
    result = await buildSite({ contentDir: corpus, outDir: dist, env: { SITE_URL } });
  });
  afterAll(() => removeCorpus(corpus));

  it('builds', () => expect(result.code, result.output).toBe(0));

  it('puts each tag in <head> once, with absolute URLs under SITE_URL, og:locale as language_TERRITORY and an image that exists at 1200×630', () => {
    const problems: string[] = [];
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
      const tags = metaTags(page(file));
      const seen = new Set<string>();
      for (const { key, content, inHead } of tags) {
        if (!inHead) problems.push(`${file}: ${key} outside <head>`);
        if (seen.has(key) && key !== 'theme-color' && key !== 'citation_author') problems.push(`${file}: ${key} twice`);
        seen.add(key);
        if (/&amp;(?:amp|quot|lt|gt|#\d+);/.test(content)) problems.push(`${file}: ${key} escaped twice: ${content}`);
        if (/^(og:url|og:image|twitter:image)$/.test(key) && !content.startsWith(SITE_URL)) problems.push(`${file}: ${key} ${content}`);
        // Open Graph's form, language_TERRITORY (https://ogp.me/#optional), from the site's language `en`.
        if (key === 'og:locale' && content !== 'en_US') problems.push(`${file}: og:locale ${content}`);
      }
      const image = tags.find((tag) => tag.key === 'og:image')?.content;
      if (!image) continue;
      const png = readFileSync(path.join(dist, decodeURIComponent(new URL(image).pathname.slice('/essays/'.length))));
      if (pngSize(png).join('×') !== '1200×630') problems.push(`${file}: ${image} is not 1200×630`);
    }
    expect(problems).toEqual([]);
  });

  it("gives every page a search engine may list a preview image: its own, or else the site's", () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    const listed = pages.filter((file) => !metaTags(page(file)).some((tag) => tag.key === 'robots'));
    expect(listed).toContain('search/index.html');
    expect(listed.filter((file) => !meta(file, 'og:image'))).toEqual([]);
    for (const file of ['essays/index.html', 'compare/index.html', 'concepts/index.html', 'search/index.html']) {
      expect(meta(file, 'og:image'), file).toBe(`${SITE_URL}og/home.png`);
      expect(meta(file, 'og:image:alt'), file).toBe(meta('index.html', 'og:image:alt'));
      expect(meta(file, 'twitter:card'), file).toBe('summary_large_image');
    }
  });

  it('escapes quotes, ampersands and `<` in titles once, and percent-encodes an address that is not ASCII', () => {
    expect(meta('essays/quotes/index.html', 'og:title')).toBe('"Leaders" & <Managers>: a \'tale\' 🚀');
    const cyrillic = encodeURI('https://example.org/essays/compare/доверие/руководство/');
    expect(meta('compare/доверие/руководство/index.html', 'og:url')).toBe(cyrillic);
    expect(page('compare/доверие/руководство/index.html')).toContain(`<link rel="canonical" href="${cyrillic}">`);
    expect(meta('compare/доверие/руководство/index.html', 'og:image')).toBe(
      encodeURI('https://example.org/essays/og/compare/доверие/руководство.png'),
    );
  });

  it("sums up a share page whose sides run long with both sides, each cut short, in its description and its image's alt text", () => {
    const description = meta('compare/risk/long-sides/index.html', 'og:description')!;
    expect(description).toMatch(/^Leadership: Leaders take a bet nobody can price, [^·]+… · Management: Managers keep the risks [^·]+…$/);
    expect(description.length).toBeLessThanOrEqual(200);
    expect(meta('compare/risk/long-sides/index.html', 'twitter:description')).toBe(description);
    const alt = meta('compare/risk/long-sides/index.html', 'og:image:alt')!;
    expect(alt).toMatch(/^Risk\. Leadership: Leaders take a bet [^·]+… Management: Managers keep the risks [^·]+…$/);
    expect(alt.length).toBeLessThanOrEqual(300);
    // The aspect's own page sums up its first contrast the same way.
    expect(meta('compare/risk/index.html', 'og:description')).toMatch(/^Leadership: Leaders [^·]+… · Management: Managers [^·]+…$/);
  });

  it('sums up an essay without a description by its first paragraph, and shows that paragraph once', () => {
    expect(meta('essays/no-table/index.html', 'description')).toBe('A first paragraph of plain prose.');
    const main = (file: string) => page(file).slice(page(file).indexOf('<main'), page(file).indexOf('</main>'));
    // Not once as a summary under the title and again as the essay's first paragraph.
    expect(main('essays/no-table/index.html').split('A first paragraph of plain prose.')).toHaveLength(2);
    expect(main('essays/no-table/index.html')).not.toContain('class="lede"');
    // So does a search result's excerpt, which is drawn from the essay's own text.
    const fragments = readdirSync(path.join(dist, 'search/f')).map((file) => readFileSync(path.join(dist, 'search/f', file), 'utf8'));
    expect(fragments.join('').split('A first paragraph of plain prose.')).toHaveLength(2);
    // A description the author wrote is shown under the title.
    expect(main('essays/long-sides/index.html')).toContain('<p class="lede">Bets and hedges, at length.</p>');
  });

  it("dates a feed item by the essay's date, or by its last update when it has only that", () => {
    const feed = page('rss.xml');
    const item = (slug: string): string => feed.split('<item>').find((part) => part.includes(`/essays/${slug}/</link>`))!;
    expect(item('quotes')).toContain('<pubDate>Thu, 01 Jan 2026 00:00:00 GMT</pubDate>');
    expect(item('no-table')).toContain('<pubDate>Tue, 03 Feb 2026 00:00:00 GMT</pubDate>');
  });

  it("tells reference managers (Zotero, Google Scholar) an essay's title, each author surname first, and its date", () => {
    const citation = (file: string): string[][] =>
      metaTags(page(file))
        .filter((tag) => tag.key.startsWith('citation_'))
        .map((tag) => [tag.key, unescaped(tag.content)]);
    expect(citation('essays/long-sides/index.html')).toEqual([
      ['citation_title', 'Long sides'],
      ['citation_author', 'Ortega y Gasset, José'],
      ['citation_author', 'Follett, Mary Parker'],
      ['citation_publication_date', '2026/01/02'],
    ]);
    expect(citation('essays/quotes/index.html')).toEqual([
      ['citation_title', '"Leaders" & <Managers>: a \'tale\' 🚀'],
      ['citation_publication_date', '2026/01/01'],
    ]);
    // Dated only by its last update, as the feed dates it.
    expect(citation('essays/no-table/index.html')).toEqual([
      ['citation_title', 'No table'],
      ['citation_publication_date', '2026/02/03'],
    ]);
    // A share page cites its essay through the cite control; only an essay is a work of its own.
    expect(citation('compare/risk/long-sides/index.html')).toEqual([]);
  });

  it('counts on /compare/ the essays that draw a contrast, not every essay', () => {
    expect(meta('compare/index.html', 'og:description')).toBe(
      'Leadership and management side by side: 5 contrasts from 3 essays, over 3 aspects.',
    );
  });

  it("unfurls a renamed aspect's old address as the page it forwards to", () => {
    for (const [old, current] of [
      ['compare/gamble/long-sides/index.html', 'compare/risk/long-sides/index.html'],
      ['compare/gamble/index.html', 'compare/risk/index.html'],
    ]) {
      for (const key of ['og:url', 'og:type', 'og:title', 'og:description', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image'])
        expect(meta(old!, key), `${old} ${key}`).toBe(meta(current!, key));
      expect(metaTags(page(old!)).find((tag) => tag.key === 'robots')?.content).toBe('noindex');
    }
  });

  it('keeps a short contrast whole', () => {
    expect(meta('compare/risk/quotes/index.html', 'og:description')).toBe('Leadership: Bets & "hopes" · Management: Hedges');
    // A stop between the sides, so a screen reader pauses there, as the picture's two boxes do.
    expect(meta('compare/risk/quotes/index.html', 'og:image:alt')).toBe('Risk. Leadership: Bets & "hopes". Management: Hedges');
  });

  it('leaves out a side with no text (a cell of only a line break, which GitHub shows blank)', () => {
    expect(meta('compare/pause/quotes/index.html', 'og:description')).toBe('Management: Stops');
    expect(meta('compare/pause/quotes/index.html', 'og:image:alt')).toBe('Pause. Management: Stops');
  });
});

describe('a site of one essay, as a new author starts one', () => {
  const dist = path.join(tmpdir(), `lm-unfurl-one-${process.pid}`);
  const description = (file: string): string | undefined =>
    metaTags(readFileSync(path.join(dist, file), 'utf8')).find((tag) => tag.key === 'og:description')?.content;
  let corpus: string;

  beforeAll(async () => {
    corpus = writeCorpus({
      'essays/first.md': essay('First', table('| Risk | Bets | Hedges |\n')),
      'concepts/vision.md': '---\ntitle: Vision\n---\nWhere it goes.\n',
    });
    const result = await buildSite({ contentDir: corpus, outDir: dist, env: { SITE_URL, OG_IMAGES: 'off' } });
    expect(result.code, result.output).toBe(0);
  });
  afterAll(() => removeCorpus(corpus));

  it('counts one of each in the singular', () => {
    expect(description('essays/index.html')).toBe('The one essay on leadership and management.');
    expect(description('concepts/index.html')).toBe(
      '1 concept the essays keep returning to, from A to Z, with the words readers use for them.',
    );
    expect(description('compare/index.html')).toBe('Leadership and management side by side: 1 contrast from 1 essay, over 1 aspect.');
    expect(readFileSync(path.join(dist, 'compare/index.html'), 'utf8')).toContain(
      '<p class="lede">1 contrast from 1 essay, over 1 aspect. Aspects argued in more essays come first.</p>',
    );
  });

  it("heads the home page's comparison with the essay that draws it, not with what most essays draw", () => {
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).not.toContain('most essays');
    expect(home).toContain('The contrast “First” draws');
  });
});
