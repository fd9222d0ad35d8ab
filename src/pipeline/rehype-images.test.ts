import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';
import { isRelativeImage } from './rehype-images.ts';

describe('rehype-images', () => {
  it('tells an address relative to the Markdown file from a site path, another site and a data URL', () => {
    expect(['./a.png', 'a.png', 'img/a b.png', '../shared/a.svg'].map(isRelativeImage)).toEqual([true, true, true, true]);
    expect(
      ['/images/a.png', 'https://x.org/a.png', '//x.org/a.png', 'data:image/png;base64,AA', '#a', '?a', ''].map(isRelativeImage),
    ).toEqual([false, false, false, false, false, false, false]);
  });

  it('marks each file beside the Markdown once, in order, from Markdown and raw HTML, cells included', async () => {
    const markdown = [
      '![One](./one.png)',
      '',
      '<img src="img/two%20words.png?v=2#x" alt="Two">',
      '',
      '| Aspect | Leadership | Management |',
      '| - | - | - |',
      '| Risk | ![One again](./one.png) | plain |',
    ].join('\n');
    const { html, data } = await render(markdown);
    expect(data.images).toEqual([
      { src: './one.png', line: 1 },
      { src: 'img/two words.png', line: 3 },
    ]);
    expect([...html.matchAll(/data-image="(\d+)"/g)].map((match) => match[1])).toEqual(['0', '1']);
    expect(data.contrasts?.[0]?.leadership).toContain('alt="One again" loading="lazy" decoding="async" data-image="0"');
    expect(data.links?.map((link) => link.href)).toEqual([]);
  });

  it('loads every image lazily, and leaves site paths and other sites to the link gate and the browser', async () => {
    const { html, data } = await render('![Icon](/favicon.svg) ![Photo](https://example.org/a.png)');
    expect(html).toBe(
      '<p><img src="/favicon.svg" alt="Icon" loading="lazy" decoding="async"> <img src="https://example.org/a.png" alt="Photo" loading="lazy" decoding="async"></p>',
    );
    expect(data.images).toEqual([]);
    expect(data.links?.map((link) => link.href)).toEqual(['/favicon.svg', 'https://example.org/a.png']);
  });

  it('keeps the size the author set (the sanitiser, like GitHub, drops their `loading`)', async () => {
    const { html } = await render('<img src="./a.png" alt="A" loading="eager" width="120">');
    expect(html).toContain('<img src="./a.png" alt="A" width="120" loading="lazy" decoding="async" data-image="0">');
  });

  it('records each image with no alt text, or only spaces, with its line', async () => {
    const { data } = await render('![](./a.png)\n\n![ ](/b.png)\n\n<img src="https://x.org/c.png">\n\n![Fine](./d.png)');
    expect(data.imageWarnings).toEqual([
      { src: './a.png', line: 1 },
      { src: '/b.png', line: 3 },
      { src: 'https://x.org/c.png', line: 5 },
    ]);
  });

  it('never lets an author forge the mark, and marks nothing the sanitiser removed', async () => {
    const { html, data } = await render(
      '<img src="/x.png" alt="X" data-image="0"> ![Bad](javascript:alert(1)) <img src="data:image/png;base64,AA" alt="D">',
    );
    expect(html).not.toContain('data-image');
    expect(data.images).toEqual([]);
    expect(html).not.toMatch(/javascript:|data:image/);
  });

  it('drops raw images with everything else raw in strict mode, and still marks Markdown ones', async () => {
    const { html, data } = await render('<img src="./raw.png" alt="Raw">\n\n![Md](./md.png)', { trustedHtml: false });
    expect(html).not.toContain('raw.png');
    expect(data.images).toEqual([{ src: './md.png', line: 3 }]);
  });
});
