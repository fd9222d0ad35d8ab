import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

describe('rehype-sections', () => {
  it('collects the text under each h2 and h3, h4 text included', async () => {
    const { data } = await render(
      'Intro.\n\n## One\n\nAlpha *beta*.\n\n- gamma\n\n### Two\n\nDelta.\n\n#### Small\n\nEpsilon.\n\n## Three',
    );
    expect(data.sections).toEqual([
      { id: 'one', heading: 'One', text: 'Alpha beta. gamma' },
      { id: 'two', heading: 'Two', text: 'Delta. Small Epsilon.' },
      { id: 'three', heading: 'Three', text: '' },
    ]);
    expect(data.intro).toBe('Intro.');
  });

  it('leaves footnotes out of the last section', async () => {
    const { data } = await render('## One\n\nText[^n].\n\n[^n]: A note.');
    expect(data.sections?.[0]?.text).toBe('Text1.');
  });
});
