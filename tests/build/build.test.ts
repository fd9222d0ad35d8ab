/**
 * The real `astro build` on corpora it has never seen: every essay gets its
 * page; bad input stops the build with the file, line and fix, and publishes
 * nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { essay, removeCorpus, writeCorpus } from '../support/corpus.ts';
import { pngSize } from '../support/images.ts';
import { buildSite, type BuildResult } from '../../scripts/lib/site.ts';
import { writeUnfamiliarCorpus } from '../support/unfamiliar.ts';

const out = (name: string): string => path.join(tmpdir(), `lm-build-${process.pid}-${name}`);

describe('building an unfamiliar corpus', () => {
  let corpus: string;
  let result: BuildResult;
  const dist = out('unfamiliar');
  const page = (p: string): string => readFileSync(path.join(dist, p), 'utf8');

  beforeAll(async () => {
    corpus = writeUnfamiliarCorpus();
    result = await buildSite({ contentDir: corpus, outDir: dist, env: { SITE_URL: 'https://essays.example.org' } });
  });
  afterAll(() => removeCorpus(corpus));

  it('succeeds', () => {
    expect(result.output).not.toMatch(/\[ERROR\]/);
    expect(result.code).toBe(0);
  });

  it('gives every published essay a page and leaves drafts out', () => {
    const essays = readdirSync(path.join(dist, 'essays'))
      .filter((name) => !name.endsWith('.html'))
      .sort();
    expect(essays).toEqual([
      'as-on-github',
      'crlf-bom',
      'hostile',
      'huge',
      'more-notes',
      'no-headings',
      'old-links',
      'pictures',
      'same-headings',
      'unicode-title',
    ]);
  });

  it('processes the images beside an essay, and warns of the one without alt text, naming its file and line', () => {
    const assets = readdirSync(path.join(dist, '_astro'));
    expect(assets.filter((name) => /^(diagram|wide chart)\.[\w-]+\.webp$/.test(name))).toHaveLength(2);
    expect(assets.some((name) => /^mark\.[\w-]+\.svg$/.test(name))).toBe(true);
    const warnings = result.output.split('\n').filter((line) => line.includes('[WARN]') && line.includes('[missing-alt]'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/essays\/pictures\.md:\d+: the image `\.\/pictures\/diagram\.png` has no alt text/);
  });

  it('reads CRLF and a BOM, and renders its contrast table', () => {
    const html = page('essays/crlf-bom/index.html');
    expect(html).toContain('<h1 id="essay-title">Windows line endings</h1>');
    expect(html).toContain('id="contrast-risk-reward"');
    expect(html).toContain('id="contrast-zeithorizont-time"');
    expect(html).toContain('Bets on the <em>future</em>');
  });

  it('takes a title in three scripts from the first heading', () => {
    const html = page('essays/unicode-title/index.html');
    expect(html).toContain('<title>Führung, 領導 und Management 🚀 · Leading &amp; Managing</title>');
    expect(html).toContain('id="fuhrung"');
    expect(html).toContain('id="領導與管理"');
    expect(html).toContain('id="section"');
  });

  it('renders Markdown as GitHub does: harmless raw HTML, line breaks and images in cells, alerts', () => {
    const html = page('essays/as-on-github/index.html');
    expect(html).toContain('Press <kbd>/</kbd> or <kbd>Ctrl</kbd>+<kbd>K</kbd> to search; water is H<sub>2</sub>O');
    expect(html).toContain('grow as n<sup>2</sup>.');
    expect(html).toContain('<td>opens search<br>from any page</td>');
    expect(html).toContain('<td><img src="/favicon.svg" alt="Site icon" width="16" loading="lazy" decoding="async"></td>');
    expect(html).toContain('<span class="cell-text">Bets on the future<br>and says so out loud<sup>');
    expect(html).toContain(
      '<span class="cell-text"><img src="/favicon.svg" alt="A compass" width="24" loading="lazy" decoding="async"></span>',
    );
    expect(html).toContain('<span class="cell-text"><br></span>');
    expect(html).toMatch(/<details>\s*<summary>Why two columns\?<\/summary>\s*<p>Because they answer/);
    const alerts = [
      ...html.matchAll(
        /<div class="markdown-alert markdown-alert-(\w+)"><p class="markdown-alert-title"><svg [^>]*aria-hidden="true">.*?<\/svg>(\w+)<\/p>/g,
      ),
    ];
    expect(alerts.map((match) => [match[1], match[2]])).toEqual([
      ['note', 'Note'],
      ['tip', 'Tip'],
      ['important', 'Important'],
      ['warning', 'Warning'],
      ['caution', 'Caution'],
    ]);
  });

  it('renders footnotes with their way back, from prose, a contrast cell and a <details>', () => {
    const html = page('essays/as-on-github/index.html');
    expect(html).toContain('<a href="#user-content-fn-kotter" id="user-content-fnref-kotter" data-footnote-ref=""');
    expect(html).toContain(
      '<sup><a href="/essays/as-on-github/#user-content-fn-kotter" data-footnote-ref="" aria-label="Footnote 1">1</a></sup>',
    );
    expect(html).toContain('<li id="user-content-fn-kotter">');
    expect(html).toContain('<a href="#user-content-fnref-kotter" data-footnote-backref="" aria-label="Back to reference 1"');
    expect(html).toContain('<a href="#contrast-risk-reward" data-footnote-backref="" aria-label="Back to reference 1-2"');
    expect(html).toContain('<a href="#user-content-fnref-zaleznik" data-footnote-backref=""');
    expect(html).toContain('See <a href="#user-content-fn-kotter">the first note</a>.');
    const compare = page('compare/symbols/index.html');
    expect(compare).toContain(
      '<span class="cell-text">Flags<sup><a href="/essays/more-notes/#user-content-fn-1" data-footnote-ref="" aria-label="Footnote 1">1</a></sup></span>',
    );
  });

  it('never puts one id twice on a page', () => {
    const repeated: string[] = [];
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
      const ids = [...page(file).matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!);
      for (const id of new Set(ids)) if (ids.indexOf(id) !== ids.lastIndexOf(id)) repeated.push(`${file}: ${id}`);
    }
    expect(repeated).toEqual([]);
  });

  it('numbers repeated headings', () => {
    const html = page('essays/same-headings/index.html');
    for (const id of ['risk', 'risk-1', 'risk-2', 'contrast-risk']) expect(html).toContain(`id="${id}"`);
  });

  it('shows tags without a concept page as plain tags, as written, and links the others by their concept’s name', () => {
    const html = page('essays/crlf-bom/index.html');
    expect(html).toContain('<a class="tag" href="/concepts/vision/">Vision</a>');
    expect(html).toContain('<span class="tag">no-such-concept</span>');
    // Not as their slugs, `fuhrung`: an accent is part of the word.
    const unicode = page('essays/unicode-title/index.html');
    expect(unicode).toContain('<span class="tag">führung</span>');
    expect(unicode).toContain('<span class="tag">領導</span>');
    expect(page('rss.xml')).toContain('<category>führung</category>');
  });

  it('renders the 30,000-word essay whole', () => {
    const html = page('essays/huge/index.html');
    expect(html.match(/<p>/g)?.length).toBeGreaterThan(290);
    expect(html).toContain('id="part-60"');
  });

  it('writes canonical and social meta from SITE_URL, a feed, a sitemap and a 404', () => {
    const html = page('essays/no-headings/index.html');
    expect(html).toContain('<link rel="canonical" href="https://essays.example.org/essays/no-headings/">');
    expect(html).toContain('<meta property="og:url" content="https://essays.example.org/essays/no-headings/">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain('<meta property="og:image" content="https://essays.example.org/og/essays/no-headings.png">');
    // A concept page has no image of its own: it shows the site's, as a large card too.
    expect(page('concepts/vision/index.html')).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page('concepts/vision/index.html')).toContain('<meta property="og:image" content="https://essays.example.org/og/home.png">');
    expect(page('rss.xml')).toContain('<link>https://essays.example.org/essays/crlf-bom/</link>');
    // RSS 2.0's <author> is an email address; a name goes in Dublin Core's <dc:creator>, as feed validators ask.
    expect(page('rss.xml')).toContain(
      '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    );
    // The feed names its own address, as the RSS Advisory Board's profile and feed validators ask.
    expect(page('rss.xml')).toContain('<atom:link href="https://essays.example.org/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(page('rss.xml')).toContain('<dc:creator>Ada Example</dc:creator>');
    expect(page('rss.xml')).not.toContain('<author>');
    expect(page('sitemap-0.xml')).toContain('<loc>https://essays.example.org/essays/huge/</loc>');
    expect(existsSync(path.join(dist, '404.html'))).toBe(true);
  });

  it('writes a robots.txt that lets crawlers in and names the sitemap by its full address', () => {
    expect(page('robots.txt')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://essays.example.org/sitemap-index.xml\n');
  });

  it('draws the icon for home screens and for /favicon.ico from public/favicon.svg, and names the first on every page', () => {
    expect(pngSize(readFileSync(path.join(dist, 'apple-touch-icon.png')))).toEqual([180, 180]);
    const ico = readFileSync(path.join(dist, 'favicon.ico'));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4), ico[6], ico[7]]).toEqual([1, 1, 32, 32]);
    expect(pngSize(ico.subarray(22))).toEqual([32, 32]);
    for (const p of ['index.html', 'essays/crlf-bom/index.html', '404.html']) {
      expect(page(p), p).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
    }
  });

  it('gathers every aspect on /compare/ and gives each a page', () => {
    const compare = page('compare/index.html');
    for (const slug of ['risk-reward', 'zeithorizont-time', 'fuhrung', 'risk']) {
      expect(compare).toContain(`id="${slug}"`);
      expect(existsSync(path.join(dist, 'compare', slug, 'index.html'))).toBe(true);
    }
    expect(compare).toContain('href="/essays/crlf-bom/#contrast-risk-reward"');
  });

  it("shows an aspect's definition from aspects.yml under its name, and none where there is none", () => {
    const definition = '<p class="aspect-definition">What each side stakes, and what it expects back.</p>';
    const compare = page('compare/index.html');
    const group = compare.slice(compare.indexOf('id="risk-reward"'), compare.indexOf('</section>', compare.indexOf('id="risk-reward"')));
    expect(group).toMatch(/<h2 id="risk-reward--title">Risk and reward<\/h2>[\s\S]*<p class="aspect-definition">/);
    expect(group).toContain(definition);
    expect(compare.match(/class="aspect-definition"/g)).toHaveLength(1);
    expect(page('compare/risk-reward/index.html')).toContain(
      '<p class="lede aspect-definition">What each side stakes, and what it expects back.</p>',
    );
    expect(page('compare/fuhrung/index.html')).not.toContain('aspect-definition');
  });

  it('names an aspect inside a sentence in lower case only where it was capitalised as a first letter', () => {
    expect(page('compare/risk-reward/index.html')).toMatch(/set leadership against management on risk and reward\./);
    expect(page('compare/руководство/index.html')).toMatch(/set leadership against management on руководство\./);
  });

  it('gives each contrast a share page with its own 1200×630 preview image, and a link preview file per page', () => {
    const share = page('compare/risk-reward/crlf-bom/index.html');
    expect(share).toContain('<title>Risk and reward: leadership and management in “Windows line endings” · Leading &amp; Managing</title>');
    expect(share).toContain('<meta property="og:image" content="https://essays.example.org/og/compare/risk-reward/crlf-bom.png">');
    expect(share).toContain('href="/essays/crlf-bom/#contrast-risk-reward"');
    const png = readFileSync(path.join(dist, 'og/compare/risk-reward/crlf-bom.png'));
    expect(pngSize(png)).toEqual([1200, 630]);
    for (const image of ['og/home.png', 'og/essays/hostile.png', 'og/compare/risk-reward.png'])
      expect(existsSync(path.join(dist, image)), image).toBe(true);
    // The old slug of a renamed aspect forwards, and stays out of the sitemap.
    expect(page('compare/gamble/crlf-bom/index.html')).toContain('content="0; url=/compare/risk-reward/crlf-bom/"');
    expect(page('sitemap-0.xml')).toContain('/compare/risk-reward/crlf-bom/</loc>');
    expect(page('sitemap-0.xml')).not.toContain('/compare/gamble/');
    const preview = JSON.parse(page('previews/essays/crlf-bom.json')) as { title: string; contrasts: string[][]; aliases: string[][] };
    expect(preview.title).toBe('Windows line endings');
    expect(preview.contrasts[0]).toEqual(['contrast-risk-reward', 'Risk & reward', 'Bets on the future', 'Protects this quarter']);
    expect(preview.aliases).toEqual([['contrast-gamble', 'contrast-risk-reward']]);
    expect(result.output).toMatch(/\[og-images\] \d+ images: \d+ drawn/);
  });

  it('gives a page whose address is not ASCII its preview image too', () => {
    for (const [at, image] of [
      ['compare/руководство/index.html', 'og/compare/руководство.png'],
      ['compare/руководство/unicode-title/index.html', 'og/compare/руководство/unicode-title.png'],
    ] as const) {
      expect(existsSync(path.join(dist, image)), image).toBe(true);
      const url = new URL(`/${image}`, 'https://essays.example.org').href;
      expect(page(at)).toContain(`<meta property="og:image" content="${url}">`);
      expect(page(at)).toContain('<meta name="twitter:card" content="summary_large_image">');
    }
  });

  it('orders essays newest first', () => {
    const home = page('index.html');
    const order = ['crlf-bom', 'no-headings', 'unicode-title', 'same-headings', 'huge'].map((slug) =>
      home.indexOf(`href="/essays/${slug}/"`),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('a build with bad input', () => {
  it('stops, names each file with its line and fix, and publishes nothing', async () => {
    const corpus = writeCorpus({
      'essays/good.md': essay('Good'),
      'essays/typo.md': '---\ntitle: Typo\ntitel: Oops\n---\n\nText.\n',
      'essays/pictures.md': essay('Pictures', '![Chart](./chart.png)\n'),
      'essays/table.md': essay(
        'Table',
        '| Aspect | Leadership | Management |\n| --- | --- | --- |\n| Risk |  | guards it |\n| Time | <script>alert(1)</script> | weeks |\n',
      ),
    });
    const dist = out('bad');
    const result = await buildSite({ contentDir: corpus, outDir: dist });
    removeCorpus(corpus);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('essays/typo.md:3: unknown frontmatter key `titel`. [unknown-key]');
    expect(result.output).toContain('did you mean `title`?');
    expect(result.output).toMatch(/essays\/table\.md:7: the contrast row `Risk` has an empty Leadership cell/);
    expect(result.output).toContain(
      'essays/table.md:8: the Leadership cell of `Time` held only `<script>alert(1)</script>`, which is removed when raw HTML is sanitised, so the cell is empty. [contrast-side-removed]',
    );
    expect(result.output).toMatch(
      /essays\/pictures\.md:5: the image `\.\/chart\.png` is not there \(looked for `\S*essays\/chart\.png`\)\. \[missing-image\]/,
    );
    expect(existsSync(path.join(dist, 'index.html'))).toBe(false);
  });

  it('explains a missing essays folder', async () => {
    const corpus = writeCorpus({ 'concepts/x.md': '---\ntitle: X\n---\nA.' });
    const result = await buildSite({ contentDir: corpus, outDir: out('missing') });
    removeCorpus(corpus);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/essays: there is no essays folder here\. \[missing-essays-folder\]/);
  });
});
