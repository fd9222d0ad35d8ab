/**
 * SITE_URL with a path serves the whole site under it: every link, asset,
 * feed and sitemap entry of an unfamiliar corpus (images and footnotes in
 * contrast cells, a renamed aspect's forwarding pages) is under /sub/,
 * while dist/ keeps its layout; a percent-encoded path builds too. A build without SITE_URL warns once that
 * its absolute links point at localhost, except under `npm start`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../scripts/lib/site.ts';
import { essay, removeCorpus, writeCorpus } from '../support/corpus.ts';
import { writeUnfamiliarCorpus } from '../support/unfamiliar.ts';

const out = (name: string): string => path.join(tmpdir(), `lm-base-${process.pid}-${name}`);

/** Every URL a page points at: attributes, and the target of a meta refresh. */
function urlsIn(html: string): string[] {
  const attributes = [...html.matchAll(/\s(?:href|src|action|srcset|data-cite-href)="([^"]*)"/g)].map((match) => match[1]!);
  const refresh = [...html.matchAll(/content="\d+; url=([^"]*)"/g)].map((match) => match[1]!);
  return [...attributes, ...refresh];
}

describe('a site served under a path', () => {
  const dist = out('sub');
  const page = (file: string): string => readFileSync(path.join(dist, file), 'utf8');
  let corpus: string;
  let result: BuildResult;

  beforeAll(async () => {
    corpus = writeUnfamiliarCorpus();
    result = await buildSite({ contentDir: corpus, outDir: dist, env: { SITE_URL: 'https://example.org/sub' } });
  });
  afterAll(() => removeCorpus(corpus));

  it('builds, its link gate passes under the base, and it does not warn', () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/\[link-check\] \d+ links and anchors checked across \d+ pages: 0 broken\./);
    expect(result.output).not.toContain('[site-url]');
  });

  it('keeps the layout of dist/: the host serves it at /sub/', () => {
    expect(readdirSync(dist)).toEqual(expect.arrayContaining(['index.html', '404.html', 'essays', 'compare', 'search', 'favicon.svg']));
    expect(readdirSync(dist)).not.toContain('sub');
  });

  it('points every root-relative URL of every page under /sub/', () => {
    const escaped: string[] = [];
    let checked = 0;
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
      for (const url of urlsIn(page(file)).flatMap((value) => value.split(/,\s*/).map((candidate) => candidate.split(/\s/)[0]!))) {
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        checked += 1;
        if (!url.startsWith('/sub/')) escaped.push(`${file}: ${url}`);
      }
    }
    expect(escaped).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('serves what authors wrote under /sub/: links, images and footnotes, in prose and in contrast cells', () => {
    const html = page('essays/as-on-github/index.html');
    expect(html).toContain('<td><img src="/sub/favicon.svg" alt="Site icon" width="16" loading="lazy" decoding="async"></td>');
    expect(html).toContain(
      '<span class="cell-text"><img src="/sub/favicon.svg" alt="A compass" width="24" loading="lazy" decoding="async"></span>',
    );
    expect(html).toContain(
      '<sup><a href="/sub/essays/as-on-github/#user-content-fn-kotter" data-footnote-ref="" aria-label="Footnote 1">1</a></sup>',
    );
    expect(html).toContain('See <a href="#user-content-fn-kotter">the first note</a>.');
    expect(page('compare/symbols/index.html')).toContain(
      '<span class="cell-text">Flags<sup><a href="/sub/essays/more-notes/#user-content-fn-1" data-footnote-ref="" aria-label="Footnote 1">1</a></sup></span>',
    );
  });

  it('gives absolute links the origin and the path: canonical, Open Graph, citations, RSS and the sitemap', () => {
    const html = page('essays/crlf-bom/index.html');
    expect(html).toContain('<html lang="en" data-base="/sub/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/sub/essays/crlf-bom/">');
    expect(html).toContain('<meta property="og:url" content="https://example.org/sub/essays/crlf-bom/">');
    expect(html).toContain('<meta property="og:image" content="https://example.org/sub/og/essays/crlf-bom.png">');
    expect(html).toContain('<a class="tag" href="/sub/concepts/vision/">Vision</a>');
    expect(html).toMatch(/<p class="cite-apa" dir="ltr">.*? https:\/\/example\.org\/sub\/essays\/crlf-bom\/<\/p>/);
    expect(page('rss.xml')).toContain('<link>https://example.org/sub/</link>');
    expect(page('rss.xml')).toContain('<atom:link href="https://example.org/sub/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(page('rss.xml')).toContain('<link>https://example.org/sub/essays/crlf-bom/</link>');
    expect(page('sitemap-index.xml')).toContain('<loc>https://example.org/sub/sitemap-0.xml</loc>');
    expect(page('robots.txt')).toContain('\nSitemap: https://example.org/sub/sitemap-index.xml\n');
    const locs = [...page('sitemap-0.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
    expect(locs).toContain('https://example.org/sub/');
    expect(locs).toContain('https://example.org/sub/compare/risk-reward/crlf-bom/');
    expect(locs.filter((loc) => !loc.startsWith('https://example.org/sub/') || loc.includes('/gamble/') || loc.includes('404'))).toEqual(
      [],
    );
    // An essay's entry says when it last changed, as its page does (its `date` here); a page that states no date has none.
    expect(page('sitemap-0.xml')).toContain(
      '<url><loc>https://example.org/sub/essays/crlf-bom/</loc><lastmod>2026-03-01T00:00:00.000Z</lastmod></url>',
    );
    expect(page('sitemap-0.xml')).toContain('<url><loc>https://example.org/sub/</loc></url>');
  });

  it('forwards a renamed aspect to its new page under /sub/', () => {
    const html = page('compare/gamble/crlf-bom/index.html');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/sub/compare/risk-reward/crlf-bom/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/sub/compare/risk-reward/crlf-bom/">');
    expect(html).toContain('now lives at <a href="/sub/compare/risk-reward/crlf-bom/">/sub/compare/risk-reward/crlf-bom/</a>');
  });
});

describe('a SITE_URL whose path is percent-encoded', () => {
  // A space or a letter beyond ASCII in SITE_URL's path reaches the build encoded (`/my%20essays/`, `/%C3%9Cber/`).
  const corpus = writeCorpus({
    'essays/one.md': essay(
      'One',
      'Prose.\n\n| Aspect | Leadership | Management |\n| --- | --- | --- |\n| Risk | Bets | Hedges |\n',
      'date: 2026-01-05\nupdated: 2026-04-30\n',
    ),
  });
  afterAll(() => removeCorpus(corpus));

  it('builds every page, share pages included, and serves them under that path', async () => {
    const dist = out('encoded');
    const { code, output } = await buildSite({ contentDir: corpus, outDir: dist, env: { SITE_URL: 'https://example.org/my%20essays/' } });
    expect(code, output).toBe(0);
    const html = readFileSync(path.join(dist, 'compare/risk/one/index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://example.org/my%20essays/compare/risk/one/">');
    expect(html).toContain('<meta property="og:image" content="https://example.org/my%20essays/og/compare/risk/one.png">');
    expect(html).toContain('<a href="/my%20essays/essays/one/#contrast-risk">Read it in context</a>');
    // The sitemap finds the essay's page under the encoded path, and dates it by its update.
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).toContain(
      '<loc>https://example.org/my%20essays/essays/one/</loc><lastmod>2026-04-30T00:00:00.000Z</lastmod>',
    );
  });
});

describe('building without SITE_URL', () => {
  const corpus = writeCorpus({ 'essays/one.md': essay('One') });
  afterAll(() => removeCorpus(corpus));
  const WARNING =
    '[WARN] [site-url] SITE_URL is not set, so absolute links (canonical, Open Graph, RSS, sitemap) will point at http://localhost:4321.';
  const build = (script: string) =>
    buildSite({ contentDir: corpus, outDir: out(script), env: { SITE_URL: '', OG_IMAGES: 'off', npm_lifecycle_event: script } });

  it('warns once, at the end, in `npm run build`, and says how to set it', async () => {
    const { code, output } = await build('build');
    expect(code, output).toBe(0);
    expect(output.split(WARNING)).toHaveLength(2);
    expect(output).toContain('SITE_URL=https://user.github.io/essays/ npm run build');
    expect(output.indexOf(WARNING)).toBeGreaterThan(output.indexOf('[link-check]'));
  });

  it('stays quiet in `npm start`, which previews the build on this machine', async () => {
    const { code, output } = await build('start');
    expect(code, output).toBe(0);
    expect(output).not.toContain('SITE_URL');
    // Nor does it warn of anything else on a first essay: concepts are optional (Astro warned of an empty collection).
    expect(output.match(/^.*\[WARN\].*$/gm) ?? []).toEqual([]);
  });
});
