/**
 * Word families: a query word reaches the other forms of its word, after the
 * word itself, even when the word itself occurs nowhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { removeCorpus, writeCorpus } from '../../tests/support/corpus.ts';
import { indexFolder, type TestIndex } from '../../tests/support/search-index.ts';
import { SEARCH_CONFIG } from './config.ts';
import { shardOf } from './format.ts';
import { decodeFamilies, encodeFamilies, families, familyOf } from './families.ts';

describe('families', () => {
  it('groups the forms of a word by their stem, and leaves out a word that is its own stem', () => {
    const found = families(['manage', 'managed', 'management', 'manager', 'managing', 'vision', 'delegate', 'delegation', 'coache']);
    expect(found).toEqual(
      new Map([
        ['manag', ['manage', 'managed', 'management', 'manager', 'managing']],
        ['deleg', ['delegate', 'delegation']],
        ['coach', ['coache']],
      ]),
    );
  });

  it('stems only words of Latin letters: not digits, short words or other scripts', () => {
    expect(familyOf('planning')).toBe('plan');
    for (const term of ['2020', 'ceo', 'ab', '領', 'führung', 'q3'])
      expect(familyOf(term) === undefined || /^[a-z]{3,}$/.test(term)).toBe(true);
    expect(familyOf('2020')).toBeUndefined();
    expect(familyOf('領')).toBeUndefined();
  });

  it('round-trips through the shard text', () => {
    const list: Array<[string, string[]]> = [
      ['deleg', ['delegate', 'delegation']],
      ['happi', ['happiness', 'happy']],
      ['plan', ['plan', 'planning']],
    ];
    expect(encodeFamilies(list)).toBe('deleg,ate,ation\nhappi,ness,=happy\nplan,,ning');
    expect(decodeFamilies(encodeFamilies(list))).toEqual(new Map(list));
    expect(decodeFamilies(undefined)).toEqual(new Map());
  });
});

describe('searching by another form of a word', () => {
  let index: TestIndex;
  let small: TestIndex;

  beforeAll(async () => {
    const dir = writeCorpus({
      'essays/work.md': `---\ntitle: How work gets done\ndescription: On handing work over.\ndate: 2026-01-05\n---\n\nIntro.\n\n## Handing over\n\nGood leaders delegate the decisions they would once have kept, and their coaches agree.\n\n## Letting go\n\nDelegation fails when nothing real is given away.\n\n## Budgets\n\nThe budget was managed by the finance team, line by line.\n\n## Mornings\n\nManaging a morning stand-up is a small craft of its own.\n\n## Plans\n\nA quarterly plan sets the pace of the year.\n`,
    });
    index = await indexFolder(dir);
    // Shards of a few terms each: a family's forms then lie in several shards.
    small = await indexFolder(dir, {
      shardBytes: 20,
      vocabularyBytes: SEARCH_CONFIG.vocabularyBytes,
      fragmentBytes: SEARCH_CONFIG.fragmentBytes,
    });
    removeCorpus(dir);
  });

  const urls = async (engine: TestIndex, query: string): Promise<string[]> =>
    (await engine.engine.query(query)).map((result) => result.url);

  it('finds the other forms when the word itself occurs nowhere, and marks them', async () => {
    expect(await urls(index, 'delegating ')).toEqual(expect.arrayContaining(['/essays/work/#handing-over', '/essays/work/#letting-go']));
    const [first] = await index.engine.query('delegating ');
    expect(first?.terms.some((term) => term === 'delegate' || term === 'delegation')).toBe(true);
  });

  it('finds the one form a word has in the index, when that form is not its stem', async () => {
    expect(await urls(index, 'coaching ')).toEqual(['/essays/work/#handing-over']);
  });

  it('puts the word itself first, then its other forms', async () => {
    expect((await urls(index, 'managing ')).slice(0, 2)).toEqual(['/essays/work/#mornings', '/essays/work/#budgets']);
    expect((await urls(index, 'managed ')).slice(0, 2)).toEqual(['/essays/work/#budgets', '/essays/work/#mornings']);
    expect(await urls(index, 'plans ')).toContain('/essays/work/#plans');
    // `plan` is its own stem, so no family lists it: the stem itself is looked up.
    expect(await urls(index, 'planning ')).toEqual(['/essays/work/#plans']);
  });

  it('finds a family whose forms lie in other shards than its stem', async () => {
    const shard = (term: string): number => shardOf(small.core.shards, term);
    expect(new Set([shard('deleg'), shard('delegate'), shard('delegation')]).size).toBeGreaterThan(1);
    expect(await urls(small, 'delegating ')).toEqual(expect.arrayContaining(['/essays/work/#handing-over', '/essays/work/#letting-go']));
    expect(await urls(small, 'management ')).toEqual(expect.arrayContaining(['/essays/work/#budgets', '/essays/work/#mornings']));
  });
});
