import { describe, expect, it } from 'vitest';
import { corrections, vocabularyFor, withinOneEdit } from './corrections.ts';
import type { VocabularyEntry } from './format.ts';

describe('withinOneEdit', () => {
  it.each([
    ['leadership', 'leadership', true],
    ['leadrship', 'leadership', true], // a letter missing
    ['leaderrship', 'leadership', true], // a letter extra
    ['leadershop', 'leadership', true], // a letter wrong
    ['laedership', 'leadership', true], // two neighbours swapped
    ['eladership', 'leadership', true], // the first two swapped
    ['eadership', 'leadership', true], // the first letter missing
    ['leadershipx', 'leadership', true],
    ['ledarship', 'leadership', false], // two edits
    ['lead', 'leadership', false],
    ['aelrship', 'leadership', false],
  ])('%s → %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('corrections', () => {
  const vocabulary = ['leader', 'leadership', 'leadershipx', 'learning', 'readership', 'membership'];
  it('keeps only the terms one edit away, closest first, never the word itself', () => {
    expect(corrections('leadrship', [vocabulary], 0.8).map((correction) => correction.term)).toEqual(['leadership']);
    expect(corrections('readershop', [vocabulary], 0.8).map((correction) => correction.term)).toEqual(['readership']);
    // "readership" is one edit too: a wrong first letter.
    expect(corrections('leadership', [vocabulary], 0.8).map((correction) => correction.term)).toEqual(['leadershipx', 'readership']);
    expect(corrections('xqzwv', [vocabulary], 0.8)).toEqual([]);
  });

  it('counts a correction less than the word itself', () => {
    const [found] = corrections('leadrship', [vocabulary], 0.8);
    expect(found?.quality).toBeLessThanOrEqual(0.8);
    expect(found?.quality).toBeGreaterThan(0.6);
  });
});

describe('vocabularyFor', () => {
  const entries: VocabularyEntry[] = [
    [0, 'l', 4, 7, 'l-short'],
    [0, 'l', 8, 12, 'l-long'],
    [0, 'e', 8, 12, 'e-long'],
    [1, 'e', 8, 12, 'second-e'],
    [1, 'l', 9, 11, 'second-l'],
  ];
  const files = (word: string, firstLetter: boolean): string[] =>
    vocabularyFor(entries, word, firstLetter).map((request) => request.entry[4]);

  it('looks in the files of the word’s first letter and lengths within one', () => {
    expect(files('leadrship', false)).toEqual(['l-long']);
    expect(files('leader', false)).toEqual(['l-short']);
    expect(files('leadrs', false).sort()).toEqual(['l-short']);
    expect(files('leaders', false).sort()).toEqual(['l-long', 'l-short']);
  });

  it('for a wrong first letter, looks by the second letter', () => {
    expect(files('xeadership', true).sort()).toEqual(['e-long', 'second-e']);
    // A missing first letter: the word's first letter is the correction's second, one letter longer.
    expect(files('eadership', true)).toEqual(['second-e']);
  });
});
