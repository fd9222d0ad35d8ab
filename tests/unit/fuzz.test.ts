/**
 * Fuzzing with fast-check: thousands of generated Markdown documents and
 * frontmatter blocks (HTML fragments, unicode, CRLF, odd tables, long lines)
 * go through the real loader and pipeline, in the default mode (raw HTML as
 * GitHub keeps it) and the strict one. Each must either render or raise our
 * own problems, never an unexpected exception; nothing rendered may carry a
 * script, an event handler or a `javascript:` URL from the input, and no id
 * may be on the page twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEssay } from '../../src/build/compile.ts';
import { createMarkdownProcessor } from '../../src/pipeline/index.ts';
import { unsafeParts } from '../support/unsafe-html.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src=//evil.example></iframe>',
  '<div onmouseover="alert(1)">',
  '[x](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '<a href="vbscript:x">v</a>',
  '<object data=x></object>',
  '<style>*{}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<!--><img src=x onerror=alert(1)>-->',
  '"><script>alert(1)</script>',
  '<details open ontoggle=alert(1)>',
  '<form><button formaction=javascript:alert(1)>x</button></form>',
  '<details open ontoggle=alert(1)><summary onclick=alert(1)>s</summary>d</details>',
  '<a data-footnote-ref href="javascript:alert(1)">1</a>',
  '<div class="markdown-alert markdown-alert-note"><svg onload=alert(1)></svg>Note</div>',
  '<span id="fn-1">x</span> <a name="toc" id="_main">y</a>',
];

/** What GitHub keeps and what GitHub adds: harmless tags, alerts, footnotes. */
const GITHUB = [
  'a<br>b',
  '<kbd>Ctrl</kbd>',
  'H<sub>2</sub>O x<sup>2</sup>',
  '<img src="/favicon.svg" alt="i">',
  '<details><summary>More</summary>\n\nHidden.\n\n</details>',
  '> [!NOTE]\n> A note.',
  '> [!CAUTION]\n> <b onclick=alert(1)>careful</b>',
  'A claim[^1].',
  '[^1]: The note.',
  '[^1]: <script>alert(1)</script>',
];

const words = fc.constantFrom(
  'Risk',
  'vision',
  'Führung',
  '領導',
  '🚀',
  'trust',
  '**bold**',
  '*em*',
  '`code`',
  '[link](https://example.com)',
  '\\|',
  '&amp;',
  '#',
  '>',
  '-',
);
const line = fc.oneof(
  fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...GITHUB),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constant('x'.repeat(5000)),
);
const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`);
const row = fc
  .array(
    line.map((cell) => cell.replace(/\|/g, '/').replace(/\n/g, ' ')),
    { minLength: 0, maxLength: 4 },
  )
  .map((cells) => `| ${cells.join(' | ')} |`);
const table = fc
  .tuple(
    fc.constantFrom('| Aspect | Leadership | Management |', '| | Manager | Leader |', '| a | b |', '| Leadership | Management |'),
    fc.array(row, { maxLength: 5 }),
  )
  .map(([header, rows]) => [header, header.replace(/[^|]+/g, ' --- '), ...rows].join('\n'));
const block = fc.oneof(line, heading, table, fc.constantFrom(...HOSTILE), fc.constantFrom(...GITHUB));
const body = fc.array(block, { maxLength: 12 }).map((blocks) => blocks.join('\n\n'));

const yamlValue = fc.oneof(
  fc.string({ maxLength: 30 }).map((s) => JSON.stringify(s)),
  fc.constantFrom(...HOSTILE).map((s) => JSON.stringify(s)),
  fc.constantFrom('2026-01-01', '2026-13-45', 'true', '12', '[a, b', '{x: 1}', '- item', 'null', '"unterminated', ': colon'),
);
const frontmatter = fc
  .array(
    fc.tuple(
      fc.constantFrom('title', 'description', 'date', 'tags', 'draft', 'author', 'titel', 'sources', 'updated', '  nested'),
      yamlValue,
    ),
    { maxLength: 6 },
  )
  .map((pairs) => `---\n${pairs.map(([key, value]) => `${key}: ${value}`).join('\n')}\n---\n`);

/** Half the documents carry a valid title, so rendering is fuzzed as hard as rejection. */
const titled = fc.array(words, { minLength: 1, maxLength: 5 }).map((w) => `---\ntitle: ${JSON.stringify(w.join(' '))}\n---\n`);
const document = fc
  .tuple(fc.oneof(titled, frontmatter, fc.constant('')), body, fc.boolean(), fc.boolean())
  .map(([front, text, crlf, bom]) => `${bom ? '\uFEFF' : ''}${front}${text}`.replace(/\n/g, crlf ? '\r\n' : '\n'));

describe.each([
  ['default: raw HTML as GitHub keeps it', {}, 7],
  ['strict: RAW_HTML=strip', { trustedHtml: false }, 3],
] as const)('fuzzing the pipeline (%s)', (_mode, options, seed) => {
  const processor = createMarkdownProcessor(options);

  it('renders or reports a problem, and never lets script through', async () => {
    let rendered = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(document, async (raw) => {
        const found: Array<{ code: string; file: string }> = [];
        const result = await compileEssay({ absolute: '/x.md', file: 'essays/fuzz.md', slug: 'fuzz', raw }, processor, found as never);
        if (result) rendered += 1;
        else rejected += 1;
        for (const problem of found) expect(problem.file).toBe('essays/fuzz.md');
        if (!result) {
          // Nothing rendered: either a draft, or at least one problem says why.
          if (!/^\s*draft:\s*true\s*$/m.test(raw)) expect(found.length).toBeGreaterThan(0);
          return;
        }
        const { essay } = result;
        const html = essay.body.map((block) => (block.type === 'html' ? block.html : '')).join('');
        expect(unsafeParts(html)).toEqual([]);
        const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
        expect(ids.length, 'no id twice').toBe(new Set(ids).size);
        for (const contrast of essay.contrasts) expect(unsafeParts(`${contrast.leadership} ${contrast.management}`)).toEqual([]);
        for (const source of essay.sources) if (source.url) expect(source.url).toMatch(/^https?:/);
      }),
      { numRuns: 600, seed },
    );
    // Both paths were exercised: 600 documents per mode, 1,200 in all.
    expect(rendered).toBeGreaterThan(150);
    expect(rejected).toBeGreaterThan(50);
  }, 120_000);
});
