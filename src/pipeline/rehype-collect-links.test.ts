import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

describe('rehype-collect-links', () => {
  it('records every link and image the author wrote, with its line; an image beside the file is left to the loader', async () => {
    const { data } = await render(
      'Intro with [a link](/essays/x/#y).\n\n## Heading\n\n![Chart](./chart.png) ![Icon](/favicon.svg)\n\nAnd [another](#heading).',
    );
    expect(data.links).toEqual([
      { href: '/essays/x/#y', line: 1 },
      { href: '/favicon.svg', line: 5 },
      { href: '#heading', line: 7 },
    ]);
    expect(data.images).toEqual([{ src: './chart.png', line: 5 }]);
  });

  it('records links in contrast cells as written, though the cells leave the body', async () => {
    const { data } = await render(
      'Intro.\n\n| Aspect | Leadership | Management |\n| --- | --- | --- |\n| Risk | See [above](#intro) | <img src="/x.png" alt="x"> and [gone](/nowhere/) |\n',
    );
    expect(data.links).toEqual([
      { href: '#intro', line: 5 },
      { href: '/x.png', line: 5 },
      { href: '/nowhere/', line: 5 },
    ]);
  });

  it('leaves out the controls our own plugins add', async () => {
    const { data, html } = await render('## Risk\n\n| Aspect | Leadership | Management |\n| --- | --- | --- |\n| Time | Years | Weeks |\n');
    expect(html).toContain('href="#risk"');
    expect(data.links).toEqual([]);
  });
});
