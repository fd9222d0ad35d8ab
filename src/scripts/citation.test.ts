import fc from 'fast-check';
import type { Link, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { quoted } from '../model/format.ts';
import { contrastCitations, essayCitations, italicParts } from './citation.ts';

/** Markdown as GitHub reads it. */
const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

/** Every kind of node in a tree: raw HTML, code or emphasis in a citation would mean its text was read as markup. */
function nodeTypes(tree: Root): Set<string> {
  const types = new Set<string>();
  visit(tree, (node) => void types.add(node.type));
  return types;
}

/** Text as content may have it: ASCII punctuation and entities among a few letters and digits (no `@`, so no e-mail autolink). */
const markupText = fc
  .string({
    unit: fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?[\\]^_`{|}~ ab3é“', '&amp;', '&#65;', '&#x42;', '<b>', '</script>'),
    minLength: 1,
    maxLength: 30,
  })
  .map((text) => text.trim())
  .filter((text) => text !== '');

const essay = {
  title: 'Who draws the map',
  author: 'Ada Example',
  date: '2026-11-02',
  slug: 'who-draws-the-map',
  url: 'https://example.org/essays/who-draws-the-map/',
  site: 'Leading & Managing',
};

describe('essay citations', () => {
  it('give Markdown, plain text, APA and BibTeX from the frontmatter', () => {
    expect(essayCitations(essay)).toEqual([
      {
        label: 'Markdown',
        text: '[Who draws the map](https://example.org/essays/who-draws-the-map/) by Ada Example, Leading & Managing, 2 November 2026',
      },
      {
        label: 'Plain text',
        text: 'Ada Example, “Who draws the map”, Leading & Managing, 2 November 2026. https://example.org/essays/who-draws-the-map/',
      },
      {
        label: 'APA',
        text: 'Example, A. (2026, November 2). Who draws the map. Leading & Managing. https://example.org/essays/who-draws-the-map/',
        italic: [32, 49],
      },
      {
        label: 'BibTeX',
        text: [
          '@online{who-draws-the-map-2026,',
          '  author = {Ada Example},',
          '  title = {{Who draws the map}},',
          '  year = {2026},',
          '  date = {2026-11-02},',
          '  organization = {Leading \\& Managing},',
          '  url = {https://example.org/essays/who-draws-the-map/},',
          '}',
        ].join('\n'),
      },
    ]);
  });

  it('say "n.d." without a date and lead with the title without an author', () => {
    const [, , apa, bibtex] = essayCitations({ ...essay, author: undefined, date: undefined });
    expect(apa?.text).toBe('Who draws the map. (n.d.). Leading & Managing. https://example.org/essays/who-draws-the-map/');
    expect(bibtex?.text).not.toMatch(/author|year|date/);
    expect(bibtex?.text.startsWith('@online{who-draws-the-map,')).toBe(true);
  });

  it('date an updated essay by its update, as APA dates a web page by its last update', () => {
    const [markdown, text, apa, bibtex] = essayCitations({ ...essay, updated: '2027-01-15' });
    expect(markdown?.text.endsWith('by Ada Example, Leading & Managing, 2 November 2026, updated 15 January 2027')).toBe(true);
    expect(text?.text).toBe(
      'Ada Example, “Who draws the map”, Leading & Managing, 2 November 2026, updated 15 January 2027. https://example.org/essays/who-draws-the-map/',
    );
    expect(apa?.text).toBe(
      'Example, A. (2027, January 15). Who draws the map. Leading & Managing. https://example.org/essays/who-draws-the-map/',
    );
    expect(bibtex?.text).toContain('@online{who-draws-the-map-2027,\n');
    expect(bibtex?.text).toContain('\n  year = {2027},\n  date = {2027-01-15},\n');
  });

  it('say "updated" only for a later day than the first', () => {
    const [markdown, text] = essayCitations({ ...essay, updated: essay.date });
    expect(markdown?.text.endsWith('Leading & Managing, 2 November 2026')).toBe(true);
    expect(text?.text).toContain('Leading & Managing, 2 November 2026. https://');
  });

  it('date an essay that gives only `updated` by it, not "n.d."', () => {
    const [markdown, text, apa, bibtex] = essayCitations({ ...essay, date: undefined, updated: '2026-07-09' });
    expect(markdown?.text.endsWith('by Ada Example, Leading & Managing, updated 9 July 2026')).toBe(true);
    expect(text?.text).toBe(
      'Ada Example, “Who draws the map”, Leading & Managing, updated 9 July 2026. https://example.org/essays/who-draws-the-map/',
    );
    expect(apa?.text).toBe(
      'Example, A. (2026, July 9). Who draws the map. Leading & Managing. https://example.org/essays/who-draws-the-map/',
    );
    expect(bibtex?.text).toContain('\n  year = {2026},\n  date = {2026-07-09},\n');
  });

  it('give BibTeX a key of ASCII only, which classic BibTeX requires, and one key per essay', () => {
    const key = (slug: string) => essayCitations({ ...essay, slug })[3]?.text.split('\n')[0];
    expect(key('руководство')).toMatch(/^@online\{essay-[0-9a-f]{8}-2026,$/);
    expect(key('řízení-lidí')).toBe('@online{rizeni-lidi-2026,');
    // Two essays whose slugs lose their letters would share a key, and BibTeX stops at a repeated entry.
    const keys = new Set(['руководство', 'управление', '领导', '管理', 'leading-领导', 'leading-管理', 'straße', 'strae'].map(key));
    expect([...keys].filter((entry) => /^@online\{[a-z0-9-]+,$/i.test(entry ?? ''))).toHaveLength(8);
  });

  it('set APA’s title in italics, with its own "?" but not the period added after it, in the author’s place when there is none', () => {
    const parts = (changes: Partial<typeof essay>) => italicParts(essayCitations({ ...essay, ...changes })[2]!);
    expect(parts({})[1]).toBe('Who draws the map');
    expect(parts({ title: 'Why lead?', author: undefined, date: undefined })).toEqual([
      '',
      'Why lead?',
      ' (n.d.). Leading & Managing. https://example.org/essays/who-draws-the-map/',
    ]);
    expect(italicParts(essayCitations(essay)[0]!)).toEqual([essayCitations(essay)[0]!.text, '', '']);
  });

  it('add no period after an element that ends in its own: APA lets "?" and "!" stand for it', () => {
    const apa = (changes: Partial<typeof essay>) => essayCitations({ ...essay, ...changes })[2]?.text;
    expect(apa({ author: 'Smith, Jr.', date: '2026-05-01' })).toBe(
      'Smith, Jr. (2026, May 1). Who draws the map. Leading & Managing. https://example.org/essays/who-draws-the-map/',
    );
    expect(apa({ title: 'Why lead?', date: '2026-01-02' })).toBe(
      'Example, A. (2026, January 2). Why lead? Leading & Managing. https://example.org/essays/who-draws-the-map/',
    );
    expect(apa({ title: 'Why lead?', author: undefined, date: undefined })).toBe(
      'Why lead? (n.d.). Leading & Managing. https://example.org/essays/who-draws-the-map/',
    );
    expect(apa({ title: 'Lead now!', author: undefined, site: 'Acme Inc.' })).toBe(
      'Lead now! (2026, November 2). Acme Inc. https://example.org/essays/who-draws-the-map/',
    );
    expect(apa({ title: '领导是什么？', author: undefined, date: undefined })).toBe(
      '领导是什么？ (n.d.). Leading & Managing. https://example.org/essays/who-draws-the-map/',
    );
  });

  it('write a title’s own quotes as single quotes inside the double ones that name it', () => {
    const [, text] = essayCitations({ ...essay, title: '"Lead": a primer' });
    expect(text?.text).toContain('“‘Lead’: a primer”');
  });

  it('end the plain text with one period before the URL', () => {
    const [, text] = essayCitations({ ...essay, date: undefined, site: 'Acme Inc.' });
    expect(text?.text).toBe('Ada Example, “Who draws the map”, Acme Inc. https://example.org/essays/who-draws-the-map/');
  });

  it('escape what would break the markup: brackets in Markdown, braces and TeX specials in BibTeX', () => {
    const [markdown, , , bibtex] = essayCitations({ ...essay, title: 'A [draft] {50%} plan_b' });
    expect(markdown?.text.startsWith('[A \\[draft\\] {50%} plan\\_b](')).toBe(true);
    expect(bibtex?.text).toContain('title = {{A [draft] \\textbraceleft{}50\\%\\textbraceright{} plan\\_b}}');
    // A brace written alone leaves the entry's braces balanced.
    const [, , , lone] = essayCitations({ ...essay, title: 'Sets {a, b' });
    const depth = [...(lone?.text ?? '')].reduce((open, char) => open + (char === '{' ? 1 : char === '}' ? -1 : 0), 0);
    expect(depth).toBe(0);
  });

  it('write ~ and ^ in BibTeX as the characters, not as TeX accents', () => {
    const [, , , bibtex] = essayCitations({ ...essay, title: 'x^2 ~ y', author: 'Ada~Example' });
    expect(bibtex?.text).toContain('title = {{x\\textasciicircum{}2 \\textasciitilde{} y}}');
    expect(bibtex?.text).toContain('author = {{Ada\\textasciitilde{}Example}}');
  });

  it('write the Markdown so it renders as the text: nothing in a title, author or site name is read as markup', () => {
    const [markdown] = essayCitations({
      ...essay,
      title: 'The `map` *is* not_the <b>territory</b> [draft] ~~old~~ | &amp;',
      author: 'A*B &copy;',
      site: 'Leading & <Managing>',
    });
    expect(markdown?.text).toBe(
      '[The \\`map\\` \\*is\\* not\\_the \\<b\\>territory\\</b\\> \\[draft\\] \\~\\~old\\~\\~ \\| \\&amp;](https://example.org/essays/who-draws-the-map/) by A\\*B \\&copy;, Leading & \\<Managing\\>, 2 November 2026',
    );
  });

  it('keep GitHub from reading a price as maths or a :word: as an emoji', () => {
    const [markdown] = essayCitations({ ...essay, title: 'Pay $5 or $10: a :tada: budget at 10:30:00' });
    expect(markdown?.text.startsWith('[Pay \\$5 or \\$10: a \\:tada: budget at 10\\:30:00](')).toBe(true);
    expect(toString(parse(markdown!.text))).toContain('Pay $5 or $10: a :tada: budget at 10:30:00 by');
  });

  it('keep the Markdown link whole when its URL has spaces or parentheses, and a title on one line', () => {
    const [markdown] = essayCitations({ ...essay, title: 'Who draws\nthe map', url: 'https://example.org/wiki/Lead (role)_(b)/' });
    expect(markdown?.text.startsWith('[Who draws the map](https://example.org/wiki/Lead%20%28role%29_%28b%29/) by')).toBe(true);
    const links: Link[] = [];
    visit(parse(markdown!.text), 'link', (link) => void links.push(link));
    expect(links.map((link) => [toString(link), link.url])).toEqual([
      ['Who draws the map', 'https://example.org/wiki/Lead%20%28role%29_%28b%29/'],
    ]);
  });

  it('render as exactly the text cited, whatever the title, author and site name hold', () => {
    fc.assert(
      fc.property(markupText, markupText, markupText, (title, author, site) => {
        const tree = parse(essayCitations({ ...essay, title, author, site })[0]!.text);
        expect([...nodeTypes(tree)].sort()).toEqual(['link', 'paragraph', 'root', 'text']);
        expect(toString(tree)).toBe(`${title} by ${author}, ${site}, 2 November 2026`);
      }),
    );
  });
});

describe('contrast citations', () => {
  const contrast = {
    aspect: 'Risk',
    essayTitle: 'Who draws the map',
    leadership: 'Carries the exposure',
    management: 'Keeps surprises small',
    url: 'https://example.org/essays/who-draws-the-map/#contrast-risk',
    site: 'Leading & Managing',
  };

  it('quote both sides and link the row in its essay', () => {
    const [markdown, text] = contrastCitations(contrast);
    expect(markdown?.text).toBe(
      '> **Leadership:** Carries the exposure\n> **Management:** Keeps surprises small\n>\n> — [Risk, in “Who draws the map”](https://example.org/essays/who-draws-the-map/#contrast-risk), Leading & Managing',
    );
    expect(text?.text).toBe(
      'Risk, in “Who draws the map” (Leading & Managing): Leadership: Carries the exposure; Management: Keeps surprises small. https://example.org/essays/who-draws-the-map/#contrast-risk',
    );
  });

  it('date the contrast by its essay’s dates, as the essay’s own Markdown and plain text do', () => {
    const [markdown, text] = contrastCitations({ ...contrast, date: '2026-11-02', updated: '2026-11-24' });
    expect(markdown?.text.split('\n').at(-1)).toBe(
      '> — [Risk, in “Who draws the map”](https://example.org/essays/who-draws-the-map/#contrast-risk), Leading & Managing, 2 November 2026, updated 24 November 2026',
    );
    expect(text?.text).toBe(
      'Risk, in “Who draws the map” (Leading & Managing, 2 November 2026, updated 24 November 2026): Leadership: Carries the exposure; Management: Keeps surprises small. https://example.org/essays/who-draws-the-map/#contrast-risk',
    );
    // An essay dated only by its update says so; one updated on its day of publication, once.
    expect(contrastCitations({ ...contrast, updated: '2026-11-24' })[1]?.text).toContain('(Leading & Managing, updated 24 November 2026):');
    expect(contrastCitations({ ...contrast, date: '2026-11-02', updated: '2026-11-02' })[1]?.text).toContain(
      '(Leading & Managing, 2 November 2026):',
    );
  });

  it('name the essay’s author before the contrast, as a quotation is credited to who wrote it', () => {
    const [markdown, text] = contrastCitations({ ...contrast, author: 'Zoë Ångström-Núñez' });
    expect(markdown?.text.split('\n').at(-1)).toBe(
      '> — Zoë Ångström-Núñez, [Risk, in “Who draws the map”](https://example.org/essays/who-draws-the-map/#contrast-risk), Leading & Managing',
    );
    expect(text?.text).toBe(
      'Zoë Ångström-Núñez, Risk, in “Who draws the map” (Leading & Managing): Leadership: Carries the exposure; Management: Keeps surprises small. https://example.org/essays/who-draws-the-map/#contrast-risk',
    );
    // The name is text in Markdown too.
    const [escaped] = contrastCitations({ ...contrast, author: 'A*B [C]' });
    expect(escaped?.text.split('\n').at(-1)).toMatch(/^> — A\\\*B \\\[C\\\], \[Risk/);
  });

  it('write the essay title’s own quotes as single quotes inside the double ones that name it', () => {
    const [, text] = contrastCitations({ ...contrast, essayTitle: 'On “power with”' });
    expect(text?.text).toContain('Risk, in “On ‘power with’” (Leading & Managing)');
  });

  it('end the plain text with one period when a side ends in its own', () => {
    const [, text] = contrastCitations({ ...contrast, management: 'Asks: is it safe?' });
    expect(text?.text).toBe(
      'Risk, in “Who draws the map” (Leading & Managing): Leadership: Carries the exposure; Management: Asks: is it safe? https://example.org/essays/who-draws-the-map/#contrast-risk',
    );
    // A period before the semicolon goes; an ellipsis stays.
    const [, stopped] = contrastCitations({ ...contrast, leadership: 'Carries the exposure.' });
    expect(stopped?.text).toContain('Leadership: Carries the exposure; Management:');
    const [, trailing] = contrastCitations({ ...contrast, leadership: 'Carries it...' });
    expect(trailing?.text).toContain('Leadership: Carries it...; Management:');
  });

  it('quote a side as its text, not as the HTML or code it spells', () => {
    const [markdown] = contrastCitations({ ...contrast, leadership: '</script><script>alert(13)</script>', management: '`x` and *y*' });
    expect(markdown?.text.split('\n').slice(0, 2)).toEqual([
      '> **Leadership:** \\</script\\>\\<script\\>alert(13)\\</script\\>',
      '> **Management:** \\`x\\` and \\*y\\*',
    ]);
  });

  it('render as exactly the text cited, whatever the sides, aspect, essay title and site name hold', () => {
    fc.assert(
      fc.property(markupText, markupText, markupText, markupText, (leadership, management, aspect, essayTitle) => {
        const tree = parse(contrastCitations({ ...contrast, leadership, management, aspect, essayTitle, site: management })[0]!.text);
        expect([...nodeTypes(tree)].sort()).toEqual(['blockquote', 'link', 'paragraph', 'root', 'strong', 'text']);
        const [quote, source] = tree.children[0]?.type === 'blockquote' ? (tree.children[0].children as Paragraph[]) : [];
        expect(toString(quote)).toBe(`Leadership: ${leadership}\nManagement: ${management}`);
        expect(toString(source)).toBe(`— ${aspect}, in ${quoted(essayTitle)}, ${management}`);
      }),
    );
  });
});
