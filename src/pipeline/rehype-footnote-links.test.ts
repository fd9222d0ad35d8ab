import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

describe('rehype-footnote-links', () => {
  it('links references and back-references to the prefixed ids, each id once', async () => {
    const { html, data } = await render('A claim[^a], again[^a], and another[^2].\n\n[^a]: First.\n[^2]: Second.');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual([
      '#user-content-fn-a',
      '#user-content-fn-a',
      '#user-content-fn-2',
      '#user-content-fnref-a',
      '#user-content-fnref-a-2',
      '#user-content-fnref-2',
    ]);
    for (const href of hrefs) expect(data.ids).toContain(href!.slice(1));
    expect(new Set(data.ids).size).toBe(data.ids?.length);
  });

  it('labels each reference with the footnotes heading, which screen readers alone see', async () => {
    const { html } = await render('A claim[^1].\n\n[^1]: Note.');
    expect(html).toContain('aria-describedby="user-content-footnote-label"');
    expect(html).toContain('<h2 class="sr-only" id="user-content-footnote-label">Footnotes</h2>');
  });

  it('leaves other links alone, and links in strict mode too', async () => {
    const { html } = await render('[top](#top) and a note[^1].\n\n## Top\n\n[^1]: Note.', { trustedHtml: false });
    expect(html).toContain('<a href="#top">top</a>');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });
});
