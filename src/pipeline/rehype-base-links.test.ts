import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

const ESSAY = [
  'See [the map](/essays/map/#risk), [this page](#top), [a sibling](../map/) and [a site](https://example.org/x/).',
  '',
  '![Icon](/favicon.svg) <img src="//cdn.example/i.png" alt="CDN"> <a href="/compare/">compare</a>',
  '',
  '| Aspect | Leadership | Management |',
  '| --- | --- | --- |',
  '| Risk | Bets on [the map](/essays/map/)[^1] | ![Guards](/images/guard.png) |',
  '',
  '[^1]: A note.',
].join('\n');

const hrefs = (html: string): string[] => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!);

describe('rehype-base-links', () => {
  it('serves root-relative links and images under the base, in the body and in contrast cells', async () => {
    const { html, data } = await render(ESSAY, { base: '/sub/', page: '/essays/test/' });
    expect(hrefs(html)).toEqual([
      '/sub/essays/map/#risk',
      '#top',
      '../map/',
      'https://example.org/x/',
      '/sub/favicon.svg',
      '//cdn.example/i.png',
      '/sub/compare/',
      '#contrast-risk',
    ]);
    const [row] = data.contrasts ?? [];
    expect(row?.leadership).toBe(
      'Bets on <a href="/sub/essays/map/">the map</a><sup><a href="/sub/essays/test/#user-content-fn-1" data-footnote-ref="" aria-label="Footnote 1">1</a></sup>',
    );
    expect(row?.management).toBe('<img src="/sub/images/guard.png" alt="Guards" loading="lazy" decoding="async">');
  });

  it('leaves the links the gate checks as site paths', async () => {
    const { data } = await render(ESSAY, { base: '/sub/', page: '/essays/test/' });
    expect(data.links?.map((link) => link.href)).toEqual([
      '/essays/map/#risk',
      '#top',
      '../map/',
      'https://example.org/x/',
      '/favicon.svg',
      '//cdn.example/i.png',
      '/compare/',
      '/essays/map/',
      '#user-content-fn-1',
      '/images/guard.png',
    ]);
  });

  it('changes nothing under the root', async () => {
    const plain = await render(ESSAY, { page: '/essays/test/' });
    const root = await render(ESSAY, { base: '/', page: '/essays/test/' });
    expect(root.html).toBe(plain.html);
    expect(root.data.contrasts).toEqual(plain.data.contrasts);
    expect(hrefs(plain.html)).toContain('/essays/map/#risk');
  });

  it.each([
    ['/a.png 1x, /b.png 2x', '/sub/a.png 1x, /sub/b.png 2x'],
    ['/a.png, /b.png', '/sub/a.png, /sub/b.png'],
    ['/a.png 480w,https://example.org/b.png 960w', '/sub/a.png 480w,https://example.org/b.png 960w'],
    ['/a,b.png 2x', '/sub/a,b.png 2x'],
  ])('serves each candidate of srcset="%s" under the base', async (srcset, served) => {
    const { html } = await render(`<picture><source srcset="${srcset}"><img src="/c.png" alt="C"></picture>`, { base: '/sub/' });
    expect(html).toBe(
      `<p><picture><source srcset="${served}"><img src="/sub/c.png" alt="C" loading="lazy" decoding="async"></picture></p>`,
    );
  });
});
