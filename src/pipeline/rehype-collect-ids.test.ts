import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

describe('rehype-collect-ids', () => {
  it('records every id on the page once final: headings, footnotes, raw HTML', async () => {
    const { data } = await render('## Heading\n\nA note[^1] and <span id="mark">raw</span>.\n\n## Heading\n\n[^1]: Note.');
    expect(data.ids).toEqual([
      'heading',
      'user-content-fnref-1',
      'user-content-mark',
      'heading-1',
      'user-content-footnote-label',
      'user-content-fn-1',
    ]);
  });
});
