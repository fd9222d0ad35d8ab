import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

describe('rehype-heading-links', () => {
  it('puts a labelled link control beside every h2 and h3, outside the heading', async () => {
    const { html } = await render('## Risk\n\n### Why it matters\n\n#### Detail');
    expect(html).toContain(
      '<div class="heading heading-h2" dir="auto"><h2 id="risk">Risk</h2><a class="copy-link" href="#risk" data-copy-link="" aria-label="Link to section: Risk"><span class="copy-link-icon" aria-hidden="true">#</span></a></div>',
    );
    expect(html).toContain('href="#why-it-matters"');
    expect(html).not.toContain('href="#detail"');
  });

  it('escapes heading text in the label', async () => {
    const { html } = await render('## Say "hi" & <b>bye</b>');
    expect(html).toContain('aria-label="Link to section: Say &#x22;hi&#x22; &#x26; bye"');
  });
});
