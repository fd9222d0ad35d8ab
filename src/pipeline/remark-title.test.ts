import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

describe('remark-title', () => {
  it('takes the first # heading as the title and removes it from the body', async () => {
    const { html, data } = await render('# Führung *matters*\n\nText.');
    expect(data.title).toBe('Führung matters');
    expect(html).not.toContain('<h1');
  });

  it('keeps the frontmatter title and drops a repeat of it at the top', async () => {
    const { html, data } = await render('# The Title\n\nText.', { title: 'The title' });
    expect(data.title).toBe('The title');
    expect(html).not.toContain('<h1');
  });

  it('keeps a different # heading in the body when the frontmatter has a title (as a section: rehype-heading-levels)', async () => {
    const { html, data } = await render('# Another\n\nText.', { title: 'Title' });
    expect(data.title).toBe('Title');
    expect(html).toContain('<h2 id="another">Another</h2>');
  });

  it('reads a heading as a reader sees it: no tags, nothing a script or style holds', async () => {
    const { data } = await render('# Hello <script>alert(1)</script><b>bold</b> <style>h1{}</style>world\n\nText.');
    expect(data.title).toBe('Hello bold world');
  });

  it('leaves the title unset when there is none', async () => {
    expect((await render('Just text.')).data.title).toBeUndefined();
  });
});
