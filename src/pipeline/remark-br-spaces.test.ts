import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

describe('remark-br-spaces', () => {
  it('with raw HTML dropped, turns a `<br>` into a space, in prose and in a contrast cell, and keeps no tag', async () => {
    const { html, data } = await render(
      'Leaders bet<br>managers count.\n\n| Aspect | Leadership | Management |\n| - | - | - |\n| Risk | takes it<br/>boldly | counts it |',
      { trustedHtml: false },
    );
    expect(html).toContain('<p>Leaders bet managers count.</p>');
    expect(html).not.toMatch(/<br/i);
    expect(data.contrasts?.[0]?.leadership).toBe('takes it boldly');
    expect(data.contrasts?.[0]?.leadershipText).toBe('takes it boldly');
  });

  it('leaves other raw HTML to be dropped, and a `<br>` alone in a cell still leaves it empty', async () => {
    const { html, data } = await render(
      'Press <kbd>K</kbd> now.\n\n| Aspect | Leadership | Management |\n| - | - | - |\n| Risk | <br> | counts it |',
      {
        trustedHtml: false,
      },
    );
    expect(html).toContain('<p>Press K now.</p>');
    expect((data.problems ?? []).map((problem) => problem.code)).toContain('contrast-side-removed');
  });

  it('is not used when raw HTML is kept: the `<br>` stays a line break', async () => {
    const { html } = await render('Leaders bet<br>managers count.', { trustedHtml: true });
    expect(html).toContain('<p>Leaders bet<br>managers count.</p>');
  });
});
