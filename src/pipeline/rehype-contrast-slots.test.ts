import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

const TABLE =
  '| Aspect | Leadership | Management |\n| --- | --- | --- |\n| Risk | Takes *bets* | Guards <b onclick="x()">numbers</b> |\n| | missing | aspect |\n| Time | Years | Weeks |\n';

describe('rehype-contrast-slots', () => {
  it('finishes each valid row with its sanitised cells as HTML, and leaves a marker where the table stood', async () => {
    const { html, data } = await render(`Before.\n\n${TABLE}\nAfter.`, { trustedHtml: true });
    expect(html).toBe('<p>Before.</p>\n<!--contrast-table:0-->\n<p>After.</p>');
    expect(data.contrasts?.map(({ aspectSlug, leadership, management }) => ({ aspectSlug, leadership, management }))).toEqual([
      { aspectSlug: 'risk', leadership: 'Takes <em>bets</em>', management: 'Guards <b>numbers</b>' },
      { aspectSlug: 'time', leadership: 'Years', management: 'Weeks' },
    ]);
    expect(data.tables).toEqual([[0, 1]]);
  });

  it('gives each side a plain text that keeps the look of `<sup>` and `<sub>` where Unicode has it', async () => {
    const { data } = await render(
      '| Aspect | Leadership | Management |\n| --- | --- | --- |\n| Scale | Reaches n<sup>2</sup> people | Ships v<sub>2</sub> by the 4<sup>th</sup> |\n',
    );
    expect(data.contrasts?.map(({ leadershipText, managementText }) => [leadershipText, managementText])).toEqual([
      ['Reaches n² people', 'Ships v₂ by the 4th'],
    ]);
  });

  it('numbers the tables of an essay in order and leaves plain tables in place', async () => {
    const plain = '| Name | Value |\n| --- | --- |\n| a | 1 |\n';
    const second = '| Aspect | Leader | Manager |\n| --- | --- | --- |\n| Trust | Earns it | Keeps it |\n';
    const { html, data } = await render(`${TABLE}\n${plain}\n${second}`);
    expect(html.match(/<!--contrast-table:\d+-->/g)).toEqual(['<!--contrast-table:0-->', '<!--contrast-table:1-->']);
    expect(html).toContain('<td>a</td>');
    expect(data.tables).toEqual([[0, 1], [2]]);
  });

  it('never takes a table an author wrote in raw HTML for a contrast table', async () => {
    const raw = '<table><tr><th>Aspect</th><th>Leadership</th><th>Management</th></tr><tr><td>Risk</td><td>a</td><td>b</td></tr></table>';
    const { html, data } = await render(`${raw}\n\n<!--contrast-table:0-->`, { trustedHtml: true });
    expect(data.contrasts).toEqual([]);
    expect(html).not.toContain('<!--');
  });

  it('makes cells read the same on every page: no ids, same-page links to the essay, a footnote leading back to the row', async () => {
    const markdown = [
      'A claim[^a].',
      '',
      '## Method',
      '',
      '| Aspect | Leadership | Management |',
      '| --- | --- | --- |',
      '| Risk | Bets[^b], see [the method](#method) | <span id="mark">Guards</span> [out](https://example.com/#x) |',
      '',
      '[^a]: First.',
      '[^b]: Second.',
    ].join('\n');
    const { html, data } = await render(markdown, { page: '/essays/test/' });
    expect(data.contrasts?.[0]).toMatchObject({
      leadership:
        'Bets<sup><a href="/essays/test/#user-content-fn-b" data-footnote-ref="" aria-label="Footnote 2">2</a></sup>, see <a href="/essays/test/#method">the method</a>',
      management: '<span>Guards</span> <a href="https://example.com/#x">out</a>',
    });
    expect(html).toContain('<a href="#contrast-risk" data-footnote-backref="" aria-label="Back to reference 2"');
    expect(html).toContain('<a href="#user-content-fnref-a" data-footnote-backref=""');
    expect(data.ids).not.toContain('user-content-fnref-b');
  });

  it('names a footnote mark in a cell as a footnote, which in prose the Footnotes heading describes', async () => {
    const markdown = [
      'A claim[^a].',
      '',
      '| Aspect | Leadership | Management |',
      '| --- | --- | --- |',
      '| Risk | Bets[^b] | Counts |',
      '',
      '[^a]: First.',
      '[^b]: Second.',
    ];
    const { html, data } = await render(markdown.join('\n'), { page: '/essays/test/' });
    // In the prose the mark is described by the sr-only "Footnotes" heading; a cell, shown on pages without it, says what it is itself.
    expect(html).toContain('aria-describedby="user-content-footnote-label">1</a>');
    expect(data.contrasts?.[0]?.leadership).toBe(
      'Bets<sup><a href="/essays/test/#user-content-fn-b" data-footnote-ref="" aria-label="Footnote 2">2</a></sup>',
    );
    expect(data.contrasts?.[0]?.leadershipText).toBe('Bets');
  });
});
