/**
 * Sections and the introduction are cut from the finished HTML as a browser
 * parses it: headings' link controls are no part of the text, tables and
 * footnotes are left out, and malformed raw HTML is read as a browser reads it.
 */
import { describe, expect, it } from 'vitest';
import { splitAtMarkers } from '../pipeline/contrast-marker.ts';
import { render } from '../../tests/support/render.ts';
import { cutBody } from './section-text.ts';

const cut = async (markdown: string) => cutBody(splitAtMarkers((await render(markdown, { trustedHtml: true })).html));

describe('cutBody', () => {
  it('collects the text under each h2 and h3, h4 text included', async () => {
    const { sections, intro } = await cut(
      'Intro.\n\n## One\n\nAlpha *beta*.\n\n- gamma\n\n### Two\n\nDelta.\n\n#### Small\n\nEpsilon.\n\n## Three',
    );
    expect(sections).toEqual([
      { id: 'one', heading: 'One', text: 'Alpha beta. gamma' },
      { id: 'two', heading: 'Two', text: 'Delta. Small Epsilon.' },
      { id: 'three', heading: 'Three', text: '' },
    ]);
    expect(intro).toBe('Intro.');
  });

  it('reads a `<br>` and a Markdown line break as a space between words', async () => {
    const { sections } = await cut('## One\n\nopens search<br>from any page, closes it  \nand keeps the query');
    expect(sections[0]!.text).toBe('opens search from any page, closes it and keeps the query');
  });

  it('leaves footnotes and contrast tables out, and keeps the text after a table in its section', async () => {
    const table = '| Aspect | Leadership | Management |\n| - | - | - |\n| Risk | Takes it | Limits it |';
    const { sections } = await cut(`## One\n\nText[^n].\n\n${table}\n\nAfter.\n\n[^n]: A note.`);
    expect(sections).toEqual([{ id: 'one', heading: 'One', text: 'Text¹. After.' }]);
  });

  it("gives the footnotes' text apart, without their links back or label, so search still finds their words", async () => {
    const { sections, notes } = await cut(
      '## One\n\nText[^a] and more[^b][^a].\n\n[^a]: A *first* note.\n[^b]: A [second](https://example.org/) note.',
    );
    expect(sections).toEqual([{ id: 'one', heading: 'One', text: 'Text¹ and more²¹.' }]);
    expect(notes).toBe('A first note. A second note.');
  });

  it('reads an image as its alt text, as a screen reader does, so search finds the words of a picture', async () => {
    const { sections, intro } = await cut(
      '![A lighthouse at dusk](https://example.org/a.png)\n\n## One\n\nBefore<img src="https://example.org/b.png" alt="a compass">after. ![](https://example.org/c.png)',
    );
    expect(intro).toBe('A lighthouse at dusk');
    expect(sections).toEqual([{ id: 'one', heading: 'One', text: 'Before a compass after.' }]);
  });

  it('keeps the look of `<sup>` and `<sub>` where Unicode has it, in headings too', async () => {
    const { sections, intro } = await cut(
      'Grows as n<sup>2</sup>.\n\n## Teams of n<sup>2</sup>\n\nLike H<sub>2</sub>O, by the 4<sup>th</sup>.',
    );
    expect(intro).toBe('Grows as n².');
    expect(sections).toEqual([{ id: 'teams-of-n2', heading: 'Teams of n²', text: 'Like H₂O, by the 4th.' }]);
  });

  it('reads headings inside alerts and details as text of the section they sit in, without the "#" of their control', async () => {
    const { sections } = await cut(
      '## Outer\n\n> [!NOTE]\n> ## Inside an alert\n> Its text.\n\n<details><summary>More</summary>\n\n### Inside details\n\nHidden.\n\n</details>',
    );
    expect(sections).toHaveLength(1);
    expect(sections[0]!.text).toBe('Note Inside an alert Its text. More Inside details Hidden.');
  });

  it('reads raw HTML left open as a browser does: the footnotes it seems to swallow stay out', async () => {
    const { sections } = await cut('## One\n\nText[^n].\n\n<p>An open paragraph\n\n[^n]: A note.');
    expect(sections).toEqual([{ id: 'one', heading: 'One', text: 'Text¹. An open paragraph' }]);
  });
});
