/**
 * The built HTML, read as a browser would: the hostile essay's payloads
 * survive nowhere, with raw HTML sanitised as GitHub does (default) or
 * dropped (RAW_HTML=strip); every page carries a Content Security Policy without
 * 'unsafe-inline' scripts, and the only inline script is the hashed theme
 * script, so no inline JSON can close its own <script>.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCorpus } from '../support/corpus.ts';
import { buildSite, ROOT } from '../../scripts/lib/site.ts';
import { writeUnfamiliarCorpus } from '../support/unfamiliar.ts';
import { unsafeParts } from '../support/unsafe-html.ts';

const themeInit = readFileSync(path.join(ROOT, 'src/scripts/theme-init.js'), 'utf8');
const themeHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file));
}

const main = (html: string): string => html.slice(html.indexOf('<main'), html.indexOf('</main>') + 7);

describe.each([
  ['default: raw HTML as GitHub keeps it', {}],
  ['strict: RAW_HTML=strip', { RAW_HTML: 'strip' }],
])('hostile content (%s)', (_mode, env) => {
  let corpus: string;
  let dist: string;
  beforeAll(async () => {
    corpus = writeUnfamiliarCorpus();
    // Its contrast cells of only an image or a <br> are, rightly, errors when all raw HTML is dropped.
    if ('RAW_HTML' in env) rmSync(path.join(corpus, 'essays/as-on-github.md'));
    dist = path.join(tmpdir(), `lm-security-${process.pid}-${Object.keys(env).length}`);
    const result = await buildSite({ contentDir: corpus, outDir: dist, env });
    expect(result.output).not.toMatch(/\[ERROR\]/);
    expect(result.code).toBe(0);
  });
  afterAll(() => removeCorpus(corpus));

  it('leaves nothing that could run in any page body', () => {
    const failures: string[] = [];
    for (const file of htmlFiles(dist)) {
      for (const part of unsafeParts(main(readFileSync(file, 'utf8')))) failures.push(`${path.relative(dist, file)}: ${part}`);
    }
    expect(failures).toEqual([]);
  });

  it('shows the payloads of title, description and source as text', () => {
    const tree = fromHtml(readFileSync(path.join(dist, 'essays/hostile/index.html'), 'utf8'));
    const byId = (id: string): Element | undefined => {
      let found: Element | undefined;
      visit(tree, 'element', (node) => {
        if (node.properties.id === id) found = node;
      });
      return found;
    };
    expect(toString(byId('essay-title')!)).toBe(
      '<script>window.__xss=1</script>Hostile <img src=https://invalid.example/x.png onerror=window.__xss=1> essay',
    );
    let sourceLink: Element | undefined;
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a' && String(node.properties.href).startsWith('https://example.com/')) sourceLink = node;
    });
    expect(sourceLink?.properties.href).toBe('https://example.com/?q=%3Cscript%3Ewindow.__xss=1%3C/script%3E');
    let source: Element | undefined;
    visit(tree, 'element', (node) => {
      if (node.tagName === 'li' && node.children.some((child) => child === sourceLink)) source = node;
    });
    expect(toString(source!)).toBe(
      '<img src=https://invalid.example/x.png onerror=window.__xss=1>. </script><script>window.__xss=1</script>. <i onmouseover=window.__xss=1>Venue</i>. </cite><script>window.__xss=1</script>.',
    );
  });

  it('gives the feed each description as text: a feed reader, which reads a description as HTML, finds no tag in it', () => {
    const feed = readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    const item = feed.split('<item>').find((part) => part.includes('/essays/hostile/</link>'))!;
    const xmlText = (value: string): string =>
      value.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
    const description = xmlText(item.match(/<description>([^<]*)<\/description>/)![1]!);
    expect(description).not.toMatch(/[<>]/);
    expect(toString(fromHtml(description, { fragment: true }))).toBe(
      '<svg onload=window.__xss=1></svg> A description that ends a script </script><script>window.__xss=1</script>',
    );
  });

  it('keeps the feed well-formed XML: characters XML cannot hold (a vertical tab, U+0001) are left out, a line break read as a space', () => {
    const feed = readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    // https://www.w3.org/TR/xml/#charsets
    expect(feed.match(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu) ?? []).toEqual([]);
    expect(feed).toContain('<dc:creator>Mallory Example</dc:creator>');
  });

  it('keeps control characters out of every page, where Word’s line break (U+000B) in a name reads as a space and U+0001 goes', () => {
    // HTML reads a control character other than a space as a parse error (https://html.spec.whatwg.org/#preprocessing-the-input-stream),
    // and what a reader copies (a citation, a name) would carry it unseen.
    const found: string[] = [];
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/[^\t\n\r\P{Cc}]/gu))
        found.push(`${path.relative(dist, file)}: U+${match[0].codePointAt(0)!.toString(16).padStart(4, '0')}`);
    }
    expect(found).toEqual([]);
    const hostile = readFileSync(path.join(dist, 'essays/hostile/index.html'), 'utf8');
    expect(hostile).toContain('<meta name="author" content="Mallory Example">');
    expect(hostile).toContain('<meta name="citation_author" content="Example, Mallory">');
  });

  it('makes an alert only of the quote written in Markdown: a forged alert class is gone', () => {
    const html = main(readFileSync(path.join(dist, 'essays/hostile/index.html'), 'utf8'));
    expect(html.match(/class="markdown-alert(?: [^"]*)?"/g)).toEqual(['class="markdown-alert markdown-alert-warning"']);
    expect(html).not.toContain('markdown-alert-caution');
  });

  it('puts a strict Content Security Policy on every page', () => {
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
      expect(csp, path.relative(dist, file)).toBeDefined();
      const scriptSrc = csp!.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).toContain(`'${themeHash}'`);
      expect(csp).toContain("object-src 'none'");
    }
  });

  it('allows only inline scripts whose hash the policy lists, and none carrying data', () => {
    let inline = 0;
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
      visit(fromHtml(html), 'element', (node) => {
        if (node.tagName !== 'script' || node.properties.src) return;
        inline += 1;
        const type = String(node.properties.type ?? '');
        expect(type, path.relative(dist, file)).not.toMatch(/json/);
        const hash = `sha256-${createHash('sha256').update(toString(node)).digest('base64')}`;
        expect(csp, `${path.relative(dist, file)}: inline script not in the policy`).toContain(`'${hash}'`);
        expect(toString(node)).not.toContain('__xss');
      });
    }
    expect(inline).toBeGreaterThan(0);
  });
});
