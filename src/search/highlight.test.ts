import { describe, expect, it } from 'vitest';
import { terms } from '../model/text.ts';
import { highlightSegments, phrasesFromParam, termsFromParam, withHighlight } from './highlight.ts';

describe('highlightSegments', () => {
  it('marks words whose folded stem is a matched term', () => {
    expect(highlightSegments('Leaders take Risks in Zürich.', new Set(['leader', 'risk', 'zurich']))).toEqual([
      { text: 'Leaders', mark: true },
      { text: ' take ', mark: false },
      { text: 'Risks', mark: true },
      { text: ' in ', mark: false },
      { text: 'Zürich', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('marks Chinese letters matched side by side as one run, inside a longer one', () => {
    expect(highlightSegments('领导力与管理。', new Set(['管', '理']))).toEqual([
      { text: '领导力与', mark: false },
      { text: '管理', mark: true },
      { text: '。', mark: false },
    ]);
  });

  // A word's marks are part of it: read as a break, `يَقُودُ` was four words of one letter and none matched.
  it.each([
    ['Arabic with its vowel marks', 'يَقُودُ القَائِدُ النَّاسَ', 'القائد', 'القَائِدُ'],
    ['Hebrew with its points', 'מַנְהִיג מְכַוֵּן', 'מנהיג', 'מַנְהִיג'],
    ['Latin typed decomposed', 'The E\u0301migre\u0301 left.', 'emigre', 'E\u0301migre\u0301'],
    ['Vietnamese with a mark left decomposed', 'Người lã\u0309nh đạo', 'lanh', 'lã\u0309nh'],
  ])('marks a word whose letters carry combining marks: %s', (_, text, query, marked) => {
    expect(highlightSegments(text, new Set(terms(query))).filter((segment) => segment.mark)).toEqual([{ text: marked, mark: true }]);
  });

  it('marks a word with a soft hyphen or a joiner inside it whole', () => {
    expect(highlightSegments('The organi\u00ADsation grew.', new Set(terms('organisation')))).toEqual([
      { text: 'The ', mark: false },
      { text: 'organi\u00ADsation', mark: true },
      { text: ' grew.', mark: false },
    ]);
  });

  it('marks a hyphenated word whole when it was found by its one-word form, and its parts when found by them', () => {
    expect(highlightSegments('Staff well-being matters.', new Set(['wellbeing']))).toEqual([
      { text: 'Staff ', mark: false },
      { text: 'well-being', mark: true },
      { text: ' matters.', mark: false },
    ]);
    expect(highlightSegments('Staff well-being matters.', new Set(['being']))).toEqual([
      { text: 'Staff well-', mark: false },
      { text: 'being', mark: true },
      { text: ' matters.', mark: false },
    ]);
  });

  it('marks every word of a quoted phrase where the phrase stands, its stop words included', () => {
    const marked = (text: string, terms: string[], phrases: string[][]) =>
      highlightSegments(text, new Set(terms), phrases)
        .filter((segment) => segment.mark)
        .map((segment) => segment.text);
    expect(marked('Follett wrote of "power with", not "power over".', ['power'], [['power', 'with']])).toEqual(['power', 'with', 'power']);
    expect(marked('With power, the Power With model.', [], [['power', 'with']])).toEqual(['Power', 'With']);
  });

  it('returns the text unmarked when nothing matches', () => {
    expect(highlightSegments('<b>not html</b>', new Set(['risk']))).toEqual([{ text: '<b>not html</b>', mark: false }]);
  });
});

describe('termsFromParam', () => {
  it('keeps folded words and drops anything else', () => {
    expect([...termsFromParam('Risk  Zürich leaders')]).toEqual(['risk', 'zurich', 'leader']);
    expect([...termsFromParam('管理 risk')]).toEqual(['管', '理', 'risk']);
  });

  it('keeps a word spelt with marks, as a result link carries it, and marks it on the page', () => {
    const url = withHighlight('/essays/n/', [...termsFromParam('नेता')], [['नेता', 'टीम']]);
    const param = new URL(url, 'https://example.org').searchParams.get('h');
    expect([...termsFromParam(param)]).toEqual(['नेता']);
    expect(phrasesFromParam(param)).toEqual([['नेता', 'टीम']]);
    expect(highlightSegments('नीति और नेता', termsFromParam(param)).filter((segment) => segment.mark)).toEqual([
      { text: 'नेता', mark: true },
    ]);
  });

  it.each(['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'javascript:alert(1)', '%3Cscript%3E'])(
    'makes %s harmless',
    (hostile) => {
      for (const term of termsFromParam(hostile)) expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
    },
  );

  it('ignores a missing parameter', () => expect(termsFromParam(null).size).toBe(0));

  it('keeps a long word whole, as a result link carries it, rather than cutting it into a word the page does not have', () => {
    // A 336-letter word in an essay (a run-together name) is an index term, and a result's ?h= names it.
    const long = 'leadershipmanagementcontrast'.repeat(12);
    expect([...termsFromParam(long)]).toEqual([long]);
    // Nor is a word cut where it crosses the 200th character.
    expect(termsFromParam(`${'management '.repeat(18)}leaders`).has('leader')).toBe(true);
  });
});

describe('withHighlight', () => {
  it('puts the terms before the fragment', () => {
    expect(withHighlight('/essays/a/#contrast-risk', ['risk', 'reward'])).toBe('/essays/a/?h=risk%20reward#contrast-risk');
    expect(withHighlight('/concepts/vision/', [])).toBe('/concepts/vision/');
  });

  it('carries quoted phrases with their words joined by _, which termsFromParam ignores and phrasesFromParam reads', () => {
    const url = withHighlight('/essays/a/#b', ['power'], [['power', 'with']]);
    expect(url).toBe('/essays/a/?h=power%20power_with#b');
    const value = new URL(url, 'https://example.org').searchParams.get('h');
    expect([...termsFromParam(value)]).toEqual(['power']);
    expect(phrasesFromParam(value)).toEqual([['power', 'with']]);
    expect(phrasesFromParam('a_<script>_b risk')).toEqual([]);
  });
});
