import { describe, expect, it } from 'vitest';
import { compoundTerms, countWords, fold, inSentence, terms, truncate, words } from './text.ts';

describe('fold', () => {
  it.each([
    ['Zürich', 'zurich'],
    ['ÉCOLE', 'ecole'],
    ['Straße', 'strasse'],
    ['Œuvre', 'oeuvre'],
    ['ﬁnance', 'finance'],
  ])('%s → %s', (input, expected) => expect(fold(input)).toBe(expected));

  it('keeps the vowel signs of scripts that spell with them, so two words that differ only there stay two', () => {
    // नेता (leader) and नीति (policy); ผู้นำ (leader) and ผนา.
    expect(fold('नेता')).not.toBe(fold('नीति'));
    // Thai puts no space between words: each letter is a word, with its marks.
    expect(words('ผู้นำ')).toEqual(['ผู้', 'น', 'ำ']);
    expect(words('नेता टीम को प्रेरित करता है')).toEqual(['नेता', 'टीम', 'को', 'प्रेरित', 'करता', 'है']);
  });
});

describe('words', () => {
  // Invisible inside a word: a soft hyphen (pasted from a word processor), a zero-width joiner or non-joiner (Persian می‌خواهم), a word joiner.
  it.each([
    ['organi\u00ADsation', 'organisation'],
    ['می\u200Cخواهم', 'میخواهم'],
    ['zero\u200Dwidth', 'zerowidth'],
    ['word\u2060joiner', 'wordjoiner'],
  ])('reads %s as one word, as it shows', (text, word) => {
    expect(words(text)).toEqual([word]);
  });
  it('splits on anything but letters and digits and joins apostrophes', () => {
    expect(words("The leader's Führung, in 2026!")).toEqual(['the', 'leaders', 'fuhrung', 'in', '2026']);
  });
  it('counts words', () => expect(countWords('one two — three')).toBe(3));
  it('takes each Chinese or Japanese letter as a word, since those scripts put no space between words', () => {
    expect(words('领导力与管理, Chinese段落 マネージャー 리더십은')).toEqual([
      '领',
      '导',
      '力',
      '与',
      '管',
      '理',
      'chinese',
      '段',
      '落',
      'マ',
      'ネ',
      'ー',
      // The voicing mark makes another letter, not an accent: ジ stays ジ. Korean syllables stay composed.
      'ジ',
      'ャ',
      'ー',
      '리더십은',
    ]);
    expect(countWords('领导力与管理。')).toBe(6);
    // A Thai word counts as one, as a reader reads it, though search reads its 28 letters: ICU's dictionary finds about ten.
    expect(countWords('ผู้นำสร้างแรงบันดาลใจให้ทีมงานทุกคน')).toBeGreaterThanOrEqual(7);
    expect(countWords('ผู้นำสร้างแรงบันดาลใจให้ทีมงานทุกคน')).toBeLessThanOrEqual(12);
  });
});

describe('terms', () => {
  it.each([
    ['goal', 'goals'],
    ['strategy', 'strategies'],
    ['process', 'processes'],
    ['business', 'businesses'],
    ['approach', 'approaches'],
    ['coach', 'coaches'],
    ['wish', 'wishes'],
    ['tax', 'taxes'],
    ['niche', 'niches'],
    ['finesse', 'finesses'],
    ['cache', 'caches'],
  ])('reads %s and %s as one term', (singular, plural) => expect(terms(plural)).toEqual(terms(singular)));
});

describe('compoundTerms', () => {
  it('gives each hyphenated word as one term, folded and stemmed, and leaves numbers alone', () => {
    expect(compoundTerms('Well-beings, co\u2011operate and self-awareness; 2020-21; a state-of-the-art plan')).toEqual([
      'wellbeing',
      'cooperate',
      'selfawareness',
      'stateoftheart',
    ]);
    expect(compoundTerms('no compound — here')).toEqual([]);
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => expect(truncate('Short  text.', 20)).toBe('Short text.'));
  it('cuts at a word boundary and adds an ellipsis', () => {
    const result = truncate('Leadership watches the destination while management reads the map', 40);
    expect(result).toBe('Leadership watches the destination…');
    expect(result.length).toBeLessThanOrEqual(40);
  });
  // An emoji is two UTF-16 code units: cut between them, the page shows `�…` (a first paragraph in Chinese with emoji has no space to cut at).
  it.each([159, 160, 161, 162])('never cuts an emoji in two (at %i)', (max) => {
    const result = truncate('领导😀'.repeat(80), max);
    expect(result.isWellFormed()).toBe(true);
    expect(result).toMatch(/^(领导😀)+领?导?…$/u);
    expect(result.length).toBeLessThanOrEqual(max);
  });
});

describe('inSentence', () => {
  it('lower-cases words with only a capital first letter, and keeps acronyms and inner capitals', () => {
    expect(
      ['Risk and Reward', 'URL cell', 'Plain ASCII aspect', 'DevOps handoffs', 'Führung', 'Éthique', 'I/O budget'].map(inSentence),
    ).toEqual(['risk and reward', 'URL cell', 'plain ASCII aspect', 'DevOps handoffs', 'führung', 'éthique', 'I/O budget']);
  });
});
