/**
 * Relevance on a fixture corpus: the table of queries a reader types, with
 * the result that must come first (or be in the top 3). Runs the real
 * pipeline, index builder and engine, with the index through JSON.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { removeCorpus, writeCorpus } from '../../tests/support/corpus.ts';
import { writeSearchFixture } from '../../tests/support/search-fixture.ts';
import { indexFolder, type TestIndex } from '../../tests/support/search-index.ts';
import { parseQuery } from './query.ts';

let index: TestIndex;

beforeAll(async () => {
  const dir = writeSearchFixture();
  index = await indexFolder(dir);
  removeCorpus(dir);
});

describe('parseQuery', () => {
  it('separates quoted phrases and notices the word still being typed', () => {
    expect(parseQuery('"Road Maps" leaders risk')).toEqual({
      phrases: [['road', 'map']],
      words: ['leader', 'risk'],
      typing: true,
      typingPhrase: false,
      compounds: [],
    });
    expect(parseQuery('risk ').typing).toBe(false);
    expect(parseQuery('"open phrase').typing).toBe(false);
  });

  it('takes Chinese or Japanese letters typed together as a phrase of one-letter words', () => {
    expect(parseQuery('領導 risk')).toEqual({ phrases: [['領', '導']], words: ['risk'], typing: true, typingPhrase: false, compounds: [] });
    // A quote still open stays the last phrase, the one being typed.
    expect(parseQuery('領導 "road ma')).toMatchObject({
      phrases: [
        ['領', '導'],
        ['road', 'ma'],
      ],
      typingPhrase: true,
    });
    expect(parseQuery('"管理" 領').words).toEqual(['領']);
  });

  it('reads typographic quotes as quotes: a phone’s smart punctuation, German and French quotation marks', () => {
    const straight = parseQuery('"Road Maps" leaders risk');
    for (const curly of ['“Road Maps” leaders risk', '„Road Maps“ leaders risk', '« Road Maps » leaders risk', '”Road Maps” leaders risk'])
      expect(parseQuery(curly)).toEqual(straight);
    expect(parseQuery('“open phrase').typingPhrase).toBe(true);
  });

  it('drops stop words unless nothing else is left', () => {
    expect(parseQuery('the map of the world').words).toEqual(['map', 'world']);
    expect(parseQuery('to be or not').words).toEqual(['to', 'be', 'or', 'not']);
  });
});

describe('relevance', () => {
  it.each([
    ['exact word', 'crew', '/essays/road-map/#the-crew-chief'],
    ['accented word', 'Zürich', '/essays/road-map/#a-meeting-in-zurich'],
    ['accent-folded word', 'zurich', '/essays/road-map/#a-meeting-in-zurich'],
    ['one typo', 'zurrich', '/essays/road-map/#a-meeting-in-zurich'],
    ['one typo in a concept', 'compasion', '/concepts/self-compassion/'],
    ['a concept by name', 'Trust', '/concepts/trust/'],
    ['an alias finds the concept', 'big picture', '/concepts/vision/'],
    ['an alias of another concept', 'gamble', '/concepts/risk/'],
    ['a multi-word alias', 'kindness to oneself', '/concepts/self-compassion/'],
    ['two words', 'risk appetite', '/essays/risk/#who-can-afford-a-risk'],
    ['a quoted phrase', '"road map"', '/essays/road-map/'],
    ['a contrast by its side', 'replaces underperform', '/essays/risk/#contrast-people'],
    ['a section by its body', 'interchangeable employees', '/essays/risk/#machines-and-people'],
    ['a contrast by aspect', 'focus milestones', '/essays/road-map/#contrast-focus'],
    ['a word being typed', 'mindful', '/essays/derail/#what-the-research-adds'],
    ['CJK', '領導', '/essays/derail/#領導與管理'],
    ['CJK inside a longer run', '管理', '/essays/derail/#領導與管理'],
    ['a Thai word inside a sentence', 'แรงบันดาลใจ', '/essays/derail/#ภาวะผู้นำ'],
    ['a Thai word where a sentence begins', 'ผู้นำสร้าง', '/essays/derail/#ภาวะผู้นำ'],
    ['a word only in a footnote', 'stenographer', '/essays/road-map/'],
  ])('%s: %s → %s first', async (_name, query, url) => {
    const results = await index.engine.query(query);
    expect(results[0]?.url).toBe(url);
  });

  it('finds Chinese letters only side by side: 導 and 管 are in 領導與管理, but not as 導管', async () => {
    await expect(index.engine.query('導管')).resolves.toEqual([]);
  });

  it('finds Thai letters only side by side and with their marks: ทีม is in ทีมงาน, ทม and ทีมาน are not', async () => {
    expect((await index.engine.query('ทีม'))[0]?.url).toBe('/essays/derail/#ภาวะผู้นำ');
    await expect(index.engine.query('ทมงาน')).resolves.toEqual([]);
    await expect(index.engine.query('ทีมาน')).resolves.toEqual([]);
  });

  it.each([
    ['an alias also finds what mentions its concept', 'big picture', '/essays/road-map/'],
    ['a typo still finds the contrast', 'quartrly', '/essays/risk/#contrast-risk'],
    ['a name from the body', 'Collis', '/essays/derail/#what-the-research-adds'],
  ])('%s: %s → %s in the top 3', async (_name, query, url) => {
    const results = await index.engine.query(query);
    expect(results.slice(0, 3).map((result) => result.url)).toContain(url);
  });

  it('matches a quoted phrase holding words the index leaves out (stop words, single letters and digits)', async () => {
    expect((await index.engine.query('"read the road map"'))[0]?.url).toBe('/essays/road-map/');
    expect(await index.engine.query('"read the map road"')).toEqual([]);
  });

  it('finds a quoted phrase while its last word is still being typed (the quote not closed yet)', async () => {
    expect(parseQuery('"road ma').typingPhrase).toBe(true);
    expect(parseQuery('"road ma"').typingPhrase).toBe(false);
    expect((await index.engine.query('"read the road ma'))[0]?.url).toBe('/essays/road-map/');
    expect((await index.engine.query('"destinat'))[0]?.url).toMatch(/^\/essays\/road-map\//);
    expect(await index.engine.query('"read the map ro')).toEqual([]);
  });

  it('requires quoted words exactly and in order in the record', async () => {
    expect(await index.engine.query('"road mop"')).toEqual([]);
    expect(await index.engine.query('"map road"')).toEqual([]);
  });

  it('labels results with kind, breadcrumb, sides and matched terms', async () => {
    const [first] = await index.engine.query('quarterly number');
    expect(first).toMatchObject({
      kind: 'contrast',
      title: 'Risk',
      parent: 'Counting value and creating value',
      url: '/essays/risk/#contrast-risk',
    });
    expect(first?.sides).toEqual(['Treats a failed bet as learning', 'Protects the quarterly number']);
    expect(first?.terms).toEqual(expect.arrayContaining(['quarterly', 'number']));
  });

  it('scores a record by the word itself, not by a rarer completion, and marks both', async () => {
    // "trust" is being typed: "trustworthiness" joins as a completion, but Trust is matched by "trust".
    const [first] = await index.engine.query('trust');
    expect(first?.url).toBe('/concepts/trust/');
    expect(first?.terms).toEqual(expect.arrayContaining(['trust', 'trustworthiness']));
  });

  it('puts the record a heading names first: a section headed "Trust" before longer headings and pages that say trust more', async () => {
    const often = (word: string, times: number): string =>
      Array.from({ length: times }, (_, i) => `Line ${i} of the meeting was about ${i % 2 ? word : 'the weekly work'} again.`).join(' ');
    const dir = writeCorpus({
      'essays/team.md': `---\ntitle: Working with people\ndescription: How teams hold.\ndate: 2026-01-05\n---\n\nIntro.\n\n## Trust\n\nIt takes years to earn trust. ${often('honesty', 6)}\n\n## Trust and delegation\n\n${often('trust', 12)}\n\n## Servant leadership\n\nServing first. ${often('care', 4)}\n\n## Servant leadership and its critics\n\n${often('servant leadership', 10)}\n`,
      'essays/more.md': `---\ntitle: Another essay on trust\ndescription: Trust in managers.\ndate: 2026-01-06\n---\n\nTrust, and trust again.\n\n## Why trust matters\n\n${often('trust', 10)}\n`,
    });
    const own = await indexFolder(dir);
    removeCorpus(dir);
    expect((await own.engine.query('trust '))[0]?.url).toBe('/essays/team/#trust');
    expect((await own.engine.query('servant leadership '))[0]?.url).toBe('/essays/team/#servant-leadership');
  });

  it('finds a hyphenated word written as one word, and a word written as one by its hyphenated form', async () => {
    const dir = writeCorpus({
      'essays/care.md': `---\ntitle: Care at work\ndescription: On looking after people.\ndate: 2026-01-05\n---\n\nIntro.\n\n## Staff\n\nManagers who guard the Well-being of staff co-operate with them.\n\n## Teams\n\nLeaders cooperate across teams and talk about wellbeing budgets.\n`,
    });
    const own = await indexFolder(dir);
    removeCorpus(dir);
    const urls = async (query: string): Promise<string[]> => (await own.engine.query(query)).map((result) => result.url);
    expect(await urls('wellbeing ')).toEqual(expect.arrayContaining(['/essays/care/#staff', '/essays/care/#teams']));
    expect(await urls('cooperate ')).toEqual(expect.arrayContaining(['/essays/care/#staff', '/essays/care/#teams']));
    expect(await urls('well-being budgets')).toEqual(['/essays/care/#teams', '/essays/care/#staff']);
    expect(await urls('co-operate ')).toHaveLength(2);
    const [staff] = await own.engine.query('wellbeing staff');
    expect(staff?.terms).toContain('wellbeing');
  });

  it('returns nothing for an empty or hopeless query', async () => {
    expect(await index.engine.query('   ')).toEqual([]);
    expect(await index.engine.query('xqzwv')).toEqual([]);
  });

  it('treats hostile input as plain words', async () => {
    const results = await index.engine.query('<img src=x onerror=alert(1)>');
    for (const result of results) expect(result.url).toMatch(/^\/(essays|concepts)\//);
  });

  it('offers every concept as a suggestion, A–Z, from the core alone', () => {
    index.reads.length = 0;
    expect(index.engine.concepts()).toEqual([
      { title: 'Risk', url: '/concepts/risk/' },
      { title: 'Self-compassion', url: '/concepts/self-compassion/' },
      { title: 'Trust', url: '/concepts/trust/' },
      { title: 'Vision', url: '/concepts/vision/' },
    ]);
    expect(index.reads).toEqual([]);
  });
});
