import { describe, expect, it } from 'vitest';
import { checkContrastRow, type SeenAspects } from './contrast-row.ts';

const row = (aspect: string, leadershipText: string, managementText: string, line = 7) => ({
  aspect,
  leadershipText,
  managementText,
  file: 'essays/a.md',
  line,
});

describe('checkContrastRow', () => {
  it.each([
    ['a full row', row('Risk & reward', 'Bets', 'Guards'), [], 'risk-reward'],
    ['an accented aspect', row('Führung', 'wohin', 'wie'), [], 'fuhrung'],
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

  it('keeps the row as a pending contrast with its text and line', () => {
    expect(checkContrastRow(row('Risk', 'Bets', 'Guards', 12), new Map()).contrast).toEqual({
      aspect: 'Risk',
      aspectSlug: 'risk',
      leadershipText: 'Bets',
      managementText: 'Guards',
      line: 12,
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

  it('files a renamed aspect under its current slug, so the old and new names collide', () => {
    const seen: SeenAspects = new Map();
    const aliases = new Map([['gamble', 'risk']]);
    expect(checkContrastRow(row('Gamble', 'a', 'b'), seen, aliases).contrast?.aspectSlug).toBe('risk');
    expect(checkContrastRow(row('Risk', 'a', 'b'), seen, aliases).problems.map((problem) => problem.code)).toEqual(['duplicate-aspect']);
  });
});
