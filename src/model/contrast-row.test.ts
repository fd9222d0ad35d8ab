import { describe, expect, it } from 'vitest';
import { checkContrastRow, contrastSummary, finishContrastRow, type SeenAspects, type ShownSide } from './contrast-row.ts';
import type { PendingContrast } from './schemas.ts';

const row = (aspect: string, leadership: string, management: string, line = 7) => ({
  aspect,
  leadership,
  management,
  file: 'essays/a.md',
  line,
});

describe('checkContrastRow: a row as written', () => {
  it.each([
    ['a full row', row('Risk & reward', 'Bets', 'Guards'), [], 'risk-reward'],
    ['an accented aspect', row('Führung', 'wohin', 'wie'), [], 'fuhrung'],
    ['a side of raw HTML only (judged once sanitised)', row('Risk', '<img src="a.png" alt="A">', '<br>'), [], 'risk'],
    ['no aspect', row('', 'Bets', 'Guards'), ['empty-aspect'], undefined],
    ['an aspect of punctuation only', row('—', 'Bets', 'Guards'), ['empty-aspect'], undefined],
    ['no leadership side', row('Risk', '', 'Guards'), ['empty-contrast-side'], undefined],
    ['no side at all', row('Risk', '', ''), ['empty-contrast-side', 'empty-contrast-side'], undefined],
    ['nothing', row('', '', ''), ['empty-aspect', 'empty-contrast-side', 'empty-contrast-side'], undefined],
  ])('%s', (_name, cells, codes, slug) => {
    const checked = checkContrastRow(cells, new Map());
    expect(checked.problems.map((problem) => problem.code)).toEqual(codes);
    expect(checked.contrast?.aspectSlug).toBe(slug);
    for (const problem of checked.problems) expect(problem).toMatchObject({ file: 'essays/a.md', line: 7 });
  });

  it('refuses a row with more cells than its table has columns, saying what would be lost', () => {
    const checked = checkContrastRow({ ...row('Pipes', 'a', '`x'), overflow: 'y`' }, new Map());
    expect(checked.contrast).toBeUndefined();
    expect(checked.problems).toEqual([
      {
        code: 'extra-contrast-cell',
        file: 'essays/a.md',
        line: 7,
        message: 'the contrast row `Pipes` has more cells than its table has columns, so `y`` would not be shown.',
        fix: 'write a `|` inside a cell as `\\|` (inside code too), or remove the extra cell.',
      },
    ]);
  });

  it('refuses an aspect whose slug is too long to name a file, counting bytes, not letters', () => {
    // The slug names the aspect's folder and preview image: a file name holds 255 bytes, and a longer one crashed the build (ENAMETOOLONG).
    const latin = 'Leadership and management over the whole life of an organization '.repeat(4).trim();
    expect(checkContrastRow(row(latin.slice(0, 200), 'a', 'b'), new Map()).problems).toEqual([]);
    const long = checkContrastRow(row(latin, 'a', 'b'), new Map());
    expect(long.contrast).toBeUndefined();
    expect(long.problems).toEqual([expect.objectContaining({ code: 'long-aspect', file: 'essays/a.md', line: 7 })]);
    expect(long.problems[0]?.message).toContain('259 bytes');
    // 120 Cyrillic letters are 240 bytes in UTF-8.
    expect(checkContrastRow(row('Руководство '.repeat(10), 'a', 'b'), new Map()).problems.map((problem) => problem.code)).toEqual([
      'long-aspect',
    ]);
  });

  it('keeps the row as a pending contrast with both sides as written and its line', () => {
    expect(checkContrastRow(row('Risk', 'Bets *big*', 'Guards', 12), new Map()).contrast).toEqual({
      aspect: 'Risk',
      aspectSlug: 'risk',
      line: 12,
      written: { leadership: 'Bets *big*', management: 'Guards' },
    });
  });

  it('refuses an aspect the essay already compared, naming the first line', () => {
    const seen: SeenAspects = new Map();
    expect(checkContrastRow(row('Risk', 'a', 'b', 3), seen).problems).toEqual([]);
    const again = checkContrastRow(row('RISK', 'c', 'd', 9), seen);
    expect(again.contrast).toBeUndefined();
    expect(again.problems).toEqual([
      expect.objectContaining({ code: 'duplicate-aspect', line: 9, message: expect.stringContaining('line 3') }),
    ]);
  });

  it('names the first spelling when another one has the same slug (C++ and C#), since the two do not read as one aspect', () => {
    const seen: SeenAspects = new Map();
    expect(checkContrastRow(row('C++', 'a', 'b', 3), seen).problems).toEqual([]);
    expect(checkContrastRow(row('C#', 'c', 'd', 9), seen).problems[0]?.message).toBe(
      'the aspect `C#` is compared twice in this essay (first on line 3, written `C++`: both have the slug `c`).',
    );
  });

  it('files a renamed aspect under its current slug, so the old and new names collide', () => {
    const seen: SeenAspects = new Map();
    const aliases = new Map([['gamble', 'risk']]);
    expect(checkContrastRow(row('Gamble', 'a', 'b'), seen, aliases).contrast?.aspectSlug).toBe('risk');
    expect(checkContrastRow(row('Risk', 'a', 'b'), seen, aliases).problems.map((problem) => problem.code)).toEqual(['duplicate-aspect']);
    // Written under its old slug after the current one, the row says why the two are one aspect.
    expect(checkContrastRow(row('Gamble', 'a', 'b'), new Map([['risk', { line: 3, aspect: 'Risk' }]]), aliases).problems[0]?.message).toBe(
      'the aspect `Gamble` is compared twice in this essay (first on line 3), since aspects.yml lists `gamble` as an old slug of `risk`.',
    );
  });

  it('says what an aspect of punctuation alone was, rather than that there was none', () => {
    expect(checkContrastRow(row('">', 'a', 'b'), new Map()).problems[0]?.message).toBe(
      'the aspect `">` of a contrast row has no letter or digit, so it cannot be named or linked.',
    );
    expect(checkContrastRow(row('', 'a', 'b'), new Map()).problems[0]?.message).toBe('a contrast row has no aspect in its first cell.');
  });
});

describe('finishContrastRow: a row as shown, once sanitised', () => {
  const pending = (leadership: string, management: string): PendingContrast => ({
    aspect: 'Risk',
    aspectSlug: 'risk',
    line: 7,
    written: { leadership, management },
  });
  const text = (html: string, value: string): ShownSide => ({ html, text: value, visible: true });
  const emptied: ShownSide = { html: '', text: '', visible: false };

  it.each([
    ['text on both sides', pending('Bets', 'Guards'), text('Bets', 'Bets'), text('Guards', 'Guards'), []],
    ['an image alone', pending('<img src="a.png">', 'x'), { html: '<img src="a.png">', text: '', visible: true }, text('x', 'x'), []],
    ['a line break alone', pending('<br>', 'x'), { html: '<br>', text: '', visible: true }, text('x', 'x'), []],
    ['a script alone', pending('<script>alert(1)</script>', 'x'), emptied, text('x', 'x'), ['Leadership']],
    ['two emptied sides', pending('<!-- a -->', '<style>b</style>'), emptied, emptied, ['Leadership', 'Management']],
  ])('%s', (_name, written, leadership, management, emptiedSides) => {
    const finished = finishContrastRow(written, { leadership, management }, 'essays/a.md');
    expect(finished.problems.map((problem) => [problem.code, problem.message.split(' ')[1]])).toEqual(
      emptiedSides.map((side) => ['contrast-side-removed', side]),
    );
    expect(finished.contrast === undefined).toBe(emptiedSides.length > 0);
  });

  it('names the file, the line and what was removed', () => {
    const [problem] = finishContrastRow(
      pending('<script>alert(1)</script>', 'x'),
      { leadership: emptied, management: text('x', 'x') },
      'essays/a.md',
    ).problems;
    expect(problem).toMatchObject({
      code: 'contrast-side-removed',
      file: 'essays/a.md',
      line: 7,
      message:
        'the Leadership cell of `Risk` held only `<script>alert(1)</script>`, which is removed when raw HTML is sanitised, so the cell is empty.',
    });
    expect(problem!.fix).toContain('`<br>`, `<img>`');
  });

  it('quotes at most 60 characters of what was removed', () => {
    const long = `<script>${'x '.repeat(80)}</script>`;
    const [problem] = finishContrastRow(pending(long, 'x'), { leadership: emptied, management: text('x', 'x') }, 'essays/a.md').problems;
    expect(problem!.message).toMatch(/held only `<script>x x[x ]*…`/);
  });

  it('gives the finished row the HTML and text that survived', () => {
    expect(
      finishContrastRow(pending('a<br>b', '*c*'), { leadership: text('a<br>b', 'a b'), management: text('<em>c</em>', 'c') }, 'essays/a.md')
        .contrast,
    ).toEqual({
      aspect: 'Risk',
      aspectSlug: 'risk',
      line: 7,
      leadership: 'a<br>b',
      management: '<em>c</em>',
      leadershipText: 'a b',
      managementText: 'c',
    });
  });
});

describe('contrastSummary: a contrast in one line of a given length', () => {
  const long = (word: string) => `${word} `.repeat(60).trim();

  it.each([
    ['both short: whole', 'Bets', 'Hedges', 'Leadership: Bets · Management: Hedges'],
    ['a long leadership side: cut, the management side whole', long('bet'), 'Hedges', /^Leadership: (bet )+bet… · Management: Hedges$/],
    ['a long management side: cut, the leadership side whole', 'Bets', long('hedge'), /^Leadership: Bets · Management: (hedge )+hedge…$/],
    ['both long: each cut to about half', long('bet'), long('hedge'), /^Leadership: (bet ){8,}bet… · Management: (hedge ){5,}hedge…$/],
  ])('%s', (_name, leadership, management, expected) => {
    const summary = contrastSummary(leadership, management, 120);
    expect(summary).toMatch(expected);
    expect(summary.length).toBeLessThanOrEqual(120);
  });

  it('leaves out a side with no text, and gives the other all the room', () => {
    expect(contrastSummary(' ', 'Hedges', 120)).toBe('Management: Hedges');
    expect(contrastSummary('Bets', '', 120)).toBe('Leadership: Bets');
    expect(contrastSummary('', long('hedge'), 120)).toMatch(/^Management: (hedge ){15,}hedge…$/);
  });

  it('joins the sides with the separator it is given', () => {
    expect(contrastSummary('Bets', 'Hedges', 120, ' ')).toBe('Leadership: Bets Management: Hedges');
  });

  it('does not double a full stop after a side that ends a sentence or is cut short', () => {
    expect(contrastSummary('Bets', 'Hedges', 120, '. ')).toBe('Leadership: Bets. Management: Hedges');
    expect(contrastSummary('Bets!', 'Hedges.', 120, '. ')).toBe('Leadership: Bets! Management: Hedges.');
    expect(contrastSummary(long('bet'), 'Hedges', 120, '. ')).toMatch(/^Leadership: (bet )+bet… Management: Hedges$/);
  });
});
