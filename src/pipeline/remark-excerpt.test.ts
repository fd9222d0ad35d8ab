import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

describe('remark-excerpt', () => {
  it('records the first paragraph as plain text and counts words', async () => {
    const { data } = await render('## Heading\n\nThe *first* [paragraph](https://example.com).\n\nSecond one here.');
    expect(data.excerpt).toBe('The first paragraph.');
    expect(data.wordCount).toBe(7);
  });

  it('ignores raw HTML in the excerpt', async () => {
    const { data } = await render('Text <span>kept</span> here.', { trustedHtml: true });
    expect(data.excerpt).toBe('Text kept here.');
  });

  it.each([true, false])('keeps the look of `<sup>` and `<sub>` where Unicode has it (raw HTML kept: %s)', async (trustedHtml) => {
    const { data } = await render('Costs grow as n<sup>2</sup>, like H<SUB>2</SUB>O, by the 4<sup>th</sup> rule<sup>(-1)</sup>.', {
      trustedHtml,
    });
    expect(data.excerpt).toBe('Costs grow as n², like H₂O, by the 4th rule⁽⁻¹⁾.');
  });
});

describe('plain text', () => {
  it.each([true, false])('reads a line break, Markdown’s or a `<br>`, as a space (raw HTML kept: %s)', async (trustedHtml) => {
    const { data } = await render(
      'Leaders bet<br>managers count<BR />and both  \nwork\\\nhard.\n\n| A | Leadership | Management |\n| - | - | - |\n| Risk | takes it<br/>boldly | counts |',
      {
        trustedHtml,
      },
    );
    expect(data.excerpt).toBe('Leaders bet managers count and both work hard.');
    expect(data.text).toContain('takes it boldly');
    expect(data.wordCount).toBe(16);
  });

  it('keeps words of separate blocks, list items and cells apart', async () => {
    const { data } = await render('# T\n\n- one\n- two\n\n| a | b |\n| - | - |\n| c | d |\n\n> quote');
    expect(data.text).toBe('one two a b c d quote');
  });
});
