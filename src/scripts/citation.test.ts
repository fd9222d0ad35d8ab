import { describe, expect, it } from 'vitest';
import { contrastCitations, essayCitations } from './citation.ts';

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
        text: 'Ada Example. (2026, November 2). Who draws the map. Leading & Managing. https://example.org/essays/who-draws-the-map/',
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

  it('add no period after an element that ends in its own: APA lets "?" and "!" stand for it', () => {
    const apa = (changes: Partial<typeof essay>) => essayCitations({ ...essay, ...changes })[2]?.text;
    expect(apa({ author: 'Smith, Jr.', date: '2026-05-01' })).toBe(
      'Smith, Jr. (2026, May 1). Who draws the map. Leading & Managing. https://example.org/essays/who-draws-the-map/',
    );
    expect(apa({ title: 'Why lead?', date: '2026-01-02' })).toBe(
      'Ada Example. (2026, January 2). Why lead? Leading & Managing. https://example.org/essays/who-draws-the-map/',
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

  it('end the plain text with one period before the URL', () => {
    const [, text] = essayCitations({ ...essay, date: undefined, site: 'Acme Inc.' });
    expect(text?.text).toBe('Ada Example, “Who draws the map”, Acme Inc. https://example.org/essays/who-draws-the-map/');
  });

  it('escape what would break the markup: brackets in Markdown, braces and TeX specials in BibTeX', () => {
    const [markdown, , , bibtex] = essayCitations({ ...essay, title: 'A [draft] {50%} plan_b' });
    expect(markdown?.text.startsWith('[A \\[draft\\] {50%} plan_b](')).toBe(true);
    expect(bibtex?.text).toContain('title = {{A [draft] \\{50\\%\\} plan\\_b}}');
  });

  it('write ~ and ^ in BibTeX as the characters, not as TeX accents', () => {
    const [, , , bibtex] = essayCitations({ ...essay, title: 'x^2 ~ y', author: 'Ada~Example' });
    expect(bibtex?.text).toContain('title = {{x\\textasciicircum{}2 \\textasciitilde{} y}}');
    expect(bibtex?.text).toContain('author = {{Ada\\textasciitilde{}Example}}');
  });

  it.each([
    ['Smith, Jr.', '{{Smith, Jr.}}'],
    ['Martin Luther King Jr.', '{{Martin Luther King Jr.}}'],
    ['Marks and Spencer', '{{Marks and Spencer}}'],
    ['Ada Example & Bob Smith', '{{Ada Example \\& Bob Smith}}'],
    ['Zoë Łukasiewicz-Dvořák (Ζωή Λουκασιέβιτς, Зоя) 张伟', '{{Zoë Łukasiewicz-Dvořák (Ζωή Λουκασιέβιτς, Зоя) 张伟}}'],
    ['Ada Example', '{Ada Example}'],
    ['John P. Kotter', '{John P. Kotter}'],
    ['Zoë Łukasiewicz-Dvořák', '{Zoë Łukasiewicz-Dvořák}'],
    ['张伟', '{张伟}'],
  ])('give BibTeX the author %j as %s: one literal name unless BibTeX reads it as written', (author, field) => {
    const [, , , bibtex] = essayCitations({ ...essay, author });
    expect(bibtex?.text).toContain(`\n  author = ${field},\n`);
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

  it('end the plain text with one period when a side ends in its own', () => {
    const [, text] = contrastCitations({ ...contrast, management: 'Asks: is it safe?' });
    expect(text?.text).toBe(
      'Risk, in “Who draws the map” (Leading & Managing): Leadership: Carries the exposure; Management: Asks: is it safe? https://example.org/essays/who-draws-the-map/#contrast-risk',
    );
  });
});
