import { describe, expect, it } from 'vitest';
import { aspectMeaning, aspectVariants } from './aspect-variants.ts';
import { formatProblem } from './errors.ts';
import { slugify } from './slug.ts';

const essay = (file: string, ...rows: Array<[aspect: string, line: number]>) => ({
  file,
  contrasts: rows.map(([aspect, line]) => ({
    essay: file,
    aspect,
    aspectSlug: slugify(aspect),
    leadership: '',
    management: '',
    leadershipText: '',
    managementText: '',
    line,
  })),
});

describe('aspectMeaning', () => {
  it.each([
    ['Risk & reward', 'reward risk'],
    ['Risk and reward', 'reward risk'],
    ['Rewards and risks', 'reward risk'],
    ['Risk/Reward', 'reward risk'],
    ['Time horizon', 'horizon time'],
    ['Process', 'process'],
    ['Processes', 'process'],
    ['Approaches and coaches', 'approach coach'],
    ['Leader versus manager', 'leader manager'],
    ['Führung', 'fuhrung'],
    ['&', ''],
  ])('%s means %s', (aspect, meaning) => expect(aspectMeaning(aspect)).toBe(meaning));
});

describe('aspectVariants', () => {
  it('warns on each row of a less used spelling, naming the spelling most rows use', () => {
    const warnings = aspectVariants([
      essay('essays/a.md', ['Risk & reward', 12], ['Time horizon', 13]),
      essay('essays/b.md', ['Risk and reward', 20]),
      essay('essays/c.md', ['Risk & reward', 8], ['Time horizons', 9]),
    ]);
    expect(warnings.map(({ code, file, line }) => [code, file, line])).toEqual([
      ['aspect-variant', 'essays/b.md', 20],
      ['aspect-variant', 'essays/c.md', 9],
    ]);
    expect(formatProblem(warnings[0]!)).toBe(
      'essays/b.md:20: the aspect `Risk and reward` reads as `Risk & reward` (essays/a.md:12, and 1 more row) but is spelled differently, so /compare/ shows them as two aspects. [aspect-variant]\n' +
        '  → write it `Risk & reward`; or, if both spellings are meant, list `risk-and-reward` as an old slug of `risk-reward` in aspects.yml (`risk-reward: { aliases: [risk-and-reward] }`).',
    );
    // A tie goes to the spelling of the first essay.
    expect(formatProblem(warnings[1]!)).toContain('reads as `Time horizon` (essays/a.md:13) but');
  });

  it('says nothing when one slug has every spelling (case), or aspects differ', () => {
    expect(aspectVariants([essay('essays/a.md', ['Risk', 3], ['Reward', 4]), essay('essays/b.md', ['risk', 5], ['Process', 6])])).toEqual(
      [],
    );
  });

  it('warns when one slug gathers aspects that only symbols tell apart (C++ and C#), and not for case, accents or separators', () => {
    const warnings = aspectVariants([
      essay('essays/a.md', ['C++', 3], ['Risk & reward', 4], ['Décision', 5]),
      essay('essays/b.md', ['C#', 7], ['Risk/Reward', 8], ['decision', 9]),
      essay('essays/c.md', ['C++', 2], ['Risk – reward', 3]),
    ]);
    expect(warnings.map(formatProblem)).toEqual([
      'essays/b.md:7: the aspect `C#` has the slug `c` of `C++` (essays/a.md:3, and 1 more row), though the two differ in symbols a slug drops, so /compare/ shows them as one aspect. [aspect-clash]\n' +
        '  → if they are different aspects, spell the symbols out in words (`C sharp`) so that each gets a slug of its own; if not, write it `C++`.',
    ]);
  });
});
