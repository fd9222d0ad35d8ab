import { describe, expect, it } from 'vitest';
import { citationParts, counted, ogLocale, quoted } from './format.ts';

const line = (parts: ReturnType<typeof citationParts>): string => parts.map((part) => part.text).join('');

describe('citationParts', () => {
  it('reads author (year). title. venue. note.', () => {
    const parts = citationParts({
      title: 'What Leaders Really Do',
      author: 'John P. Kotter',
      year: 1990,
      venue: 'Harvard Business Review',
      note: 'reprinted 2001',
    });
    expect(line(parts)).toBe('John P. Kotter (1990). What Leaders Really Do. Harvard Business Review. reprinted 2001.');
    expect(parts.filter((part) => part.kind !== 'text')).toEqual([
      { kind: 'title', text: 'What Leaders Really Do' },
      { kind: 'venue', text: 'Harvard Business Review' },
    ]);
  });

  it('adds no full stop after a part that already ends a sentence', () => {
    expect(
      line(
        citationParts({ title: 'Managers and Leaders: Are They Different?', venue: 'Harvard Business Review', note: 'Reprinted 2004.' }),
      ),
    ).toBe('Managers and Leaders: Are They Different? Harvard Business Review. Reprinted 2004.');
  });

  it('adds no second full stop after an author who ends in one, with or without a year', () => {
    expect(line(citationParts({ title: 'Creative Experience', author: 'Follett, M. P.' }))).toBe('Follett, M. P. Creative Experience.');
    expect(line(citationParts({ title: 'Why We Can’t Wait', author: 'Martin Luther King Jr.' }))).toBe(
      'Martin Luther King Jr. Why We Can’t Wait.',
    );
    expect(line(citationParts({ title: 'Why We Can’t Wait', author: 'Martin Luther King Jr.', year: 1964 }))).toBe(
      'Martin Luther King Jr. (1964). Why We Can’t Wait.',
    );
  });

  it('counts a full stop inside closing quotes as the part’s own', () => {
    expect(line(citationParts({ title: 'Lead, they said, “and do not look back.”', venue: 'Acme Press' }))).toBe(
      'Lead, they said, “and do not look back.” Acme Press.',
    );
    // The same rule as the citations' (src/scripts/citation.ts): a Chinese or Japanese full stop is one too.
    expect(line(citationParts({ title: '领导与管理。', venue: '人民出版社' }))).toBe('领导与管理。 人民出版社.');
  });

  it('leads with the title when there is no author, as a reference list does, the year after it', () => {
    const parts = citationParts({ title: 'Untitled memo', year: 1925, venue: 'Boston Bureau of Vocational Guidance' });
    expect(line(parts)).toBe('Untitled memo. (1925). Boston Bureau of Vocational Guidance.');
    expect(parts[0]).toEqual({ kind: 'title', text: 'Untitled memo' });
    expect(line(citationParts({ title: 'Are leaders born?', year: 2001 }))).toBe('Are leaders born? (2001).');
  });

  it('leaves out what the source does not say', () => {
    expect(citationParts({ title: 'On Becoming a Leader' })).toEqual([
      { kind: 'title', text: 'On Becoming a Leader' },
      { kind: 'text', text: '.' },
    ]);
    expect(line(citationParts({ title: 'A', year: 'n.d.' }))).toBe('A. (n.d.).');
  });
});

describe('counted', () => {
  it.each([
    [0, 'essays'],
    [1, 'essay'],
    [2, 'essays'],
  ])('%i %s', (count, words) => expect(counted(count, 'essay')).toBe(`${count} ${words}`));
});

describe('quoted', () => {
  it('puts text in curly double quotes', () => {
    expect(quoted('Who draws the map')).toBe('“Who draws the map”');
  });

  it('turns quotes inside into single ones, whichever kind the author typed', () => {
    expect(quoted('"Lead": a primer')).toBe('“‘Lead’: a primer”');
    expect(quoted('On “power with” and „power over“')).toBe('“On ‘power with’ and ‘power over’”');
    expect(quoted('Le « chef » et le manager')).toBe('“Le ‘chef’ et le manager”');
    expect(quoted('"power with" leaders')).toBe('“‘power with’ leaders”');
  });

  it('does not quote twice what is one quoted phrase already', () => {
    expect(quoted('"power with"')).toBe('“power with”');
    expect(quoted('“power with”')).toBe('“power with”');
  });

  it('leaves a quote with no partner as it is', () => {
    expect(quoted('12" ruler')).toBe('“12" ruler”');
    expect(quoted("Leaders' work")).toBe("“Leaders' work”");
  });
});

describe('ogLocale', () => {
  it('writes a language tag as Open Graph asks, language_TERRITORY, the territory the language most likely means when none is given', () => {
    expect(['en', 'en-GB', 'de', 'pt-BR', 'zh-Hant', 'ar'].map(ogLocale)).toEqual(['en_US', 'en_GB', 'de_DE', 'pt_BR', 'zh_TW', 'ar_EG']);
  });
});
