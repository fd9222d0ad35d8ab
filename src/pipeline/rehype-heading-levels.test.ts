import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

const ranks = (html: string): string[] => [...html.matchAll(/<h(\d) [^>]*id="([^"]*)"/g)].map(([, rank, id]) => `h${rank} ${id}`);

describe('rehype-heading-levels', () => {
  it('moves every heading down a level when the body has a `#` heading of its own, so the page keeps one h1', async () => {
    const { html, data } = await render('Intro.\n\n# Part one\n\nOne.\n\n## A detail\n\nMore.\n\n# Part two\n\nTwo.', {
      title: 'The title',
    });
    expect(ranks(html)).toEqual(['h2 part-one', 'h3 a-detail', 'h2 part-two']);
    // Sections the page lists and links: each top-level part gets its copy-link control.
    expect(html).toContain('aria-label="Link to section: Part one"');
    expect(html).toContain('aria-label="Link to section: Part two"');
    expect(data.headings?.map(({ depth, id }) => `${depth} ${id}`)).toEqual(['2 part-one', '3 a-detail', '2 part-two']);
  });

  it('moves headings written as HTML too, and never below h6', async () => {
    const { html } = await render('<h1>Raw part</h1>\n\nText.\n\n###### Small\n\nText.', { title: 'The title' });
    expect(ranks(html)).toEqual(['h2 raw-part', 'h6 small']);
  });

  it('leaves an outline that starts at `##` as written, and the footnotes heading where GFM puts it', async () => {
    const { html } = await render('# Part one\n\nA claim.[^1]\n\n## Part two\n\nText.\n\n[^1]: Note.', { title: 'The title' });
    expect(ranks(html)).toEqual(['h2 part-one', 'h3 part-two', 'h2 user-content-footnote-label']);
    const plain = await render('## Part one\n\nText.\n\n### Below\n\nText.', { title: 'The title' });
    expect(ranks(plain.html)).toEqual(['h2 part-one', 'h3 below']);
  });

  it('moves nothing when the only `#` heading became the title', async () => {
    const { html } = await render('# The title\n\nIntro.\n\n## Part\n\nText.');
    expect(ranks(html)).toEqual(['h2 part']);
  });
});
