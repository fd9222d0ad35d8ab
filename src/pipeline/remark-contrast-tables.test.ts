import { describe, expect, it } from 'vitest';
import { contrastColumns } from '../model/contrast-table.ts';
import { render } from '../../tests/support/render.ts';

const table = (header: string, ...rows: string[]): string => [header, header.replace(/[^|]+/g, ' --- '), ...rows].join('\n');

describe('contrastColumns', () => {
  it.each([
    [['Aspect', 'Leadership', 'Management'], { aspect: 0, leadership: 1, management: 2 }],
    [['', 'Leadership', 'Management'], { aspect: 0, leadership: 1, management: 2 }],
    [['Leader', 'Manager', 'Topic'], { aspect: 2, leadership: 0, management: 1 }],
    [['Management', 'Aspect', 'LEADERSHIP'], { aspect: 1, leadership: 2, management: 0 }],
    [['**Leaders**', '*Managers*', 'What'], { aspect: 2, leadership: 0, management: 1 }],
    [['Aspect', 'Leadership:', 'Management.'], { aspect: 0, leadership: 1, management: 2 }],
  ])('%j is a contrast table', (headers, expected) => {
    expect(contrastColumns(headers)).toEqual(expected);
  });

  it.each([
    [['Aspect', 'Leadership', 'Other']],
    [['Leadership', 'Management']],
    [['Name', 'Value']],
    [['Leadership style', 'Management style', 'x']],
  ])('%j is a plain table', (headers) => expect(contrastColumns(headers)).toBeUndefined());
});

describe('contrast tables in the pipeline', () => {
  it('records each row with both sides, keeping inline Markdown, and cuts the table out', async () => {
    const { html, data } = await render(
      `Intro.\n\n${table('| Aspect | Leadership | Management |', '| Risk & reward | Treats a *failed* bet as [learning](/x/) | Guards the `quarterly` number |', '| Focus | The destination | The road map |')}\n\nAfter.`,
    );
    expect(data.contrasts).toEqual([
      {
        aspect: 'Risk & reward',
        aspectSlug: 'risk-reward',
        leadership: 'Treats a <em>failed</em> bet as <a href="/x/">learning</a>',
        management: 'Guards the <code>quarterly</code> number',
        leadershipText: 'Treats a failed bet as learning',
        managementText: 'Guards the quarterly number',
        line: 5,
      },
      expect.objectContaining({ aspect: 'Focus', aspectSlug: 'focus', leadership: 'The destination', line: 6 }),
    ]);
    expect(data.tables).toEqual([[0, 1]]);
    expect(html).toBe('<p>Intro.</p>\n<!--contrast-table:0-->\n<p>After.</p>');
  });

  it('reads an empty aspect header, Leader/Manager, and reversed columns', async () => {
    const { data } = await render(
      `${table('|  | Manager | Leader |', '| Vision | counts | creates |')}\n\n${table('| Manager | Leader | Aspect |', '| plans | inspires | Change |')}`,
    );
    expect(data.contrasts?.map((c) => [c.aspect, c.leadershipText, c.managementText])).toEqual([
      ['Vision', 'creates', 'counts'],
      ['Change', 'inspires', 'plans'],
    ]);
    expect(data.tables).toEqual([[0], [1]]);
  });

  it('names an aspect by what a reader sees: nothing a script or style in its cell holds', async () => {
    const { data } = await render(
      table(
        '| Aspect | Leadership | Management |',
        '| <script>alert(1)</script>Script aspect | a | b |',
        '| <style>p{}</style>Style aspect | c | d |',
      ),
      { trustedHtml: true },
    );
    expect(data.contrasts?.map(({ aspect, aspectSlug }) => [aspect, aspectSlug])).toEqual([
      ['Script aspect', 'script-aspect'],
      ['Style aspect', 'style-aspect'],
    ]);
  });

  it('leaves a plain table alone', async () => {
    const { html, data } = await render(table('| Name | Value |', '| a | b |'));
    expect(data.contrasts).toEqual([]);
    expect(html).toContain('<table>');
  });

  it('accepts CRLF line endings (after normalisation) and reports true lines', async () => {
    const { normalizeSource } = await import('../model/frontmatter.ts');
    const { data } = await render(
      normalizeSource('Intro.\r\n\r\n| Aspect | Leadership | Management |\r\n| --- | --- | --- |\r\n| Risk | a | b |\r\n'),
    );
    expect(data.contrasts?.[0]).toMatchObject({ aspect: 'Risk', line: 5 });
  });

  it('sanitises cells like the rest of the body', async () => {
    const { data } = await render(
      table('| Aspect | Leadership | Management |', '| Risk | <img src=x onerror=alert(1)> bold | [x](javascript:alert(1)) |'),
      { trustedHtml: true },
    );
    expect(data.contrasts?.[0]?.leadership).toBe('<img src="x" loading="lazy" decoding="async" data-image="0"> bold');
    expect(data.contrasts?.[0]?.management).toBe('<a>x</a>');
  });

  it('does not mistake a raw HTML table for a contrast table', async () => {
    const raw = '<table><tr><th>Aspect</th><th>Leadership</th><th>Management</th></tr><tr><td>Risk</td><td>a</td><td>b</td></tr></table>';
    const { html, data } = await render(raw, { trustedHtml: true });
    expect(data.contrasts).toEqual([]);
    expect(html).toContain('<table>');
  });

  it('reports an empty side with the file, line, aspect and fix', async () => {
    const { data } = await render(`Intro.\n\n${table('| Aspect | Leadership | Management |', '| Risk |  | guards it |', '| Focus | x |')}`);
    expect(data.problems).toEqual([
      expect.objectContaining({
        code: 'empty-contrast-side',
        file: 'content/essays/test.md',
        line: 5,
        message: 'the contrast row `Risk` has an empty Leadership cell.',
      }),
      expect.objectContaining({ code: 'empty-contrast-side', line: 6, message: 'the contrast row `Focus` has an empty Management cell.' }),
    ]);
    expect(data.contrasts).toEqual([]);
  });

  it('accepts a side that is only an image or a line break, as GitHub shows it', async () => {
    const { data } = await render(
      table('| Aspect | Leadership | Management |', '| Risk | <img src="/a.png" alt="A bet"> | <br> |', '| Time | ![](/b.png) | x |'),
    );
    expect(data.problems).toEqual([]);
    expect(data.contrasts?.map((c) => [c.aspect, c.leadership, c.management])).toEqual([
      ['Risk', '<img src="/a.png" alt="A bet" loading="lazy" decoding="async">', '<br>'],
      ['Time', '<img src="/b.png" alt="" loading="lazy" decoding="async">', 'x'],
    ]);
  });

  it('reports a side that sanitising emptied, with the file, line and what was removed, and leaves the row out', async () => {
    const { data } = await render(
      `Intro.\n\n${table('| Aspect | Leadership | Management |', '| Risk | <script>alert(1)</script> | guards it |', '| Time | Years | Weeks |')}`,
    );
    expect(data.problems).toEqual([
      expect.objectContaining({
        code: 'contrast-side-removed',
        file: 'content/essays/test.md',
        line: 5,
        message:
          'the Leadership cell of `Risk` held only `<script>alert(1)</script>`, which is removed when raw HTML is sanitised, so the cell is empty.',
      }),
    ]);
    expect(data.contrasts?.map((c) => c.aspect)).toEqual(['Time']);
    expect(data.tables).toEqual([[0]]);
  });

  it('in strict mode, reports a side that was only raw HTML, an image included', async () => {
    const { data } = await render(table('| Aspect | Leadership | Management |', '| Risk | <img src="/a.png"> | <!-- todo --> |'), {
      trustedHtml: false,
    });
    expect(data.problems?.map((p) => [p.code, p.message])).toEqual([
      ['contrast-side-removed', expect.stringContaining('Leadership cell of `Risk` held only `<img src="/a.png">`')],
      ['contrast-side-removed', expect.stringContaining('Management cell of `Risk` held only `<!-- todo -->`')],
    ]);
  });

  it('calls a side of white space or a no-break space empty, not removed', async () => {
    const { data } = await render(table('| Aspect | Leadership | Management |', '| Risk | &nbsp; | x |'));
    expect(data.problems?.map((p) => p.code)).toEqual(['empty-contrast-side']);
  });

  it('reports the same aspect twice in one essay, even across tables', async () => {
    const { data } = await render(
      `${table('| Aspect | Leadership | Management |', '| Risk | a | b |')}\n\nMiddle.\n\n${table('| Aspect | Leadership | Management |', '| risk | c | d |')}`,
    );
    expect(data.problems).toEqual([
      expect.objectContaining({
        code: 'duplicate-aspect',
        line: 9,
        message: 'the aspect `risk` is compared twice in this essay (first on line 3).',
      }),
    ]);
  });

  it('reports a column besides the aspect and the two sides, which no contrast would show', async () => {
    const { data } = await render(
      [
        'Intro.',
        table('| Aspect | Leadership | Management | Notes |', '| Risk | bets | guards | Kotter, p. 4 |'),
        table('| Leader | Manager | Aspect | |', '| a | b | Time | see p. 4 |'),
        // A column with nothing in it loses nothing: GitHub shows it empty.
        table('| Leader | Manager | Aspect | |', '| a | b | Scope | |'),
      ].join('\n\n'),
    );
    expect(data.problems).toEqual([
      {
        code: 'extra-contrast-column',
        file: 'content/essays/test.md',
        line: 3,
        message:
          'this contrast table has a column `Notes` besides its aspect, Leadership and Management columns; a contrast shows only those three, so the column would not be shown.',
        fix: 'move what the column says into the two sides or the text around the table, and remove the column.',
      },
      expect.objectContaining({
        code: 'extra-contrast-column',
        line: 7,
        message: expect.stringContaining('a column with no header (column 4)'),
      }),
    ]);
  });

  it('reports a row with more cells than the header, as a | in inline code makes, and not an empty extra cell', async () => {
    const { data } = await render(
      table('| Aspect | Leadership | Management |', '| Pipes | a \\| b | `x | y` |', '| Code | `a \\| b` | m |', '| Trail | l | m | |'),
    );
    expect(data.problems?.map((p) => [p.code, p.line, p.message])).toEqual([
      ['extra-contrast-cell', 3, 'the contrast row `Pipes` has more cells than its table has columns, so `y`` would not be shown.'],
    ]);
    expect(data.contrasts?.map((c) => [c.aspect, c.leadership, c.management])).toEqual([
      ['Code', '<code>a | b</code>', 'm'],
      ['Trail', 'l', 'm'],
    ]);
  });

  it.each([
    [
      'a header with more cells than the line under it',
      '| Aspect | Leadership | Management | Notes |\n| --- | --- | --- |\n| Risk | bets | guards |',
      'its header has 4 cells and the line under it 3',
    ],
    ['no line under the header', '| Aspect | Leadership | Management |\n| Risk | bets | guards |', 'it has no `---` line under its header'],
    [
      'dashes an editor put for hyphens',
      '| Aspect | Leadership | Management |\n| — | — | — |\n| Risk | bets | guards |',
      'the line under its header is written with dashes (—), where Markdown needs hyphens (---)',
    ],
  ])('reports a contrast table Markdown reads as a paragraph: %s', async (_name, markdown, why) => {
    const { data } = await render(`Intro.\n\n> Quoted.\n> ${markdown.replaceAll('\n', '\n> ')}\n\n${markdown}`);
    const message = `this looks like a contrast table, but Markdown reads it as a paragraph of text: ${why}.`;
    const fix = 'write the line under the header as `| --- | --- | --- |`, one `---` of hyphens for each header cell.';
    expect(data.problems).toEqual([
      { code: 'broken-contrast-table', file: 'content/essays/test.md', line: 4, message, fix },
      { code: 'broken-contrast-table', file: 'content/essays/test.md', line: 5 + markdown.split('\n').length, message, fix },
    ]);
  });

  it('leaves prose with a pipe alone, and a table that is one', async () => {
    const { data } = await render('Leadership | Management is a false choice.\nSo is this | that.\n\n| Name | Value |\n| a | b |\n');
    expect(data.problems).toEqual([]);
  });

  it('reports a contrast table with no rows, as a blank line after its header leaves it', async () => {
    const { data } = await render('Intro.\n\n| Aspect | Leadership | Management |\n| --- | --- | --- |\n\n| Risk | bets | guards |\n');
    expect(data.problems).toEqual([
      {
        code: 'empty-contrast-table',
        file: 'content/essays/test.md',
        line: 3,
        message: 'this contrast table has no rows, so it compares nothing.',
        fix: 'write its rows right under the `---` line: a blank line ends a table. Or remove the table.',
      },
    ]);
  });

  it('reports a footnote mark in an aspect cell, which the row label cannot show, so its note would lead back to nothing', async () => {
    const { data } = await render(
      `${table('| Aspect | Leadership | Management |', '| Risk[^a] | bets | guards |', '| Scope | wide[^a] | narrow |')}\n\n[^a]: A note.`,
    );
    expect(data.problems).toEqual([
      {
        code: 'footnote-in-aspect',
        file: 'content/essays/test.md',
        line: 3,
        message:
          'the aspect `Risk` of a contrast row has a footnote mark (`[^a]`); an aspect is shown as a plain name linking to its comparison, so the mark would not be shown and the note would lead back to nothing.',
        fix: 'move the footnote mark into the Leadership or Management cell, or into the text around the table.',
      },
    ]);
  });

  it("reports a footnote mark in a contrast table's header, which the page replaces with its own", async () => {
    const { data } = await render(
      `Intro.\n\n${table('| Dimension[^a] | Leadership | Management[^b] |', '| Risk | bets | guards |')}\n\n[^a]: A.\n[^b]: B.`,
    );
    const message = (mark: string): string =>
      `the header of this contrast table has a footnote mark (\`${mark}\`); the page shows a contrast table under its own header (Aspect, Leadership, Management), so the mark would not be shown and the note would lead back to nothing.`;
    const fix = 'move the footnote mark into a Leadership or Management cell, or into the text around the table.';
    expect(data.problems).toEqual([
      { code: 'footnote-in-header', file: 'content/essays/test.md', line: 3, message: message('[^a]'), fix },
      { code: 'footnote-in-header', file: 'content/essays/test.md', line: 3, message: message('[^b]'), fix },
    ]);
  });

  it('reports a row with no aspect', async () => {
    const { data } = await render(table('| Aspect | Leadership | Management |', '|  | a | b |'));
    expect(data.problems?.[0]).toMatchObject({ code: 'empty-aspect', line: 3 });
  });

  it('gives rows precedence over headings for contrast ids', async () => {
    const { data } = await render(`## Contrast risk\n\n${table('| Aspect | Leadership | Management |', '| Risk | a | b |')}`);
    expect(data.headings?.[0]?.id).toBe('contrast-risk-1');
  });
});
