/**
 * What the dialog and the results page list for a query, on a corpus where
 * one long essay holds the word in every section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCorpus, writeCorpus } from '../../tests/support/corpus.ts';
import { indexFolder, type TestIndex } from '../../tests/support/search-index.ts';
import { SEARCH_CONFIG } from '../search/config.ts';
import { searchGroups } from './search-groups.ts';

const CHAPTERS = Array.from(
  { length: 30 },
  (_, i) => `## Chapter ${i + 1}\n\nTrust, trust and trust again: part ${i + 1} of the argument.\n`,
).join('\n');

let index: TestIndex;
let dir: string;
beforeAll(async () => {
  dir = writeCorpus({
    'essays/long.md': `---\ntitle: Thirty chapters\ndate: 2026-01-01\n---\n\nAn introduction.\n\n${CHAPTERS}`,
    'essays/brief.md': `---\ntitle: A brief note\ndate: 2026-01-02\n---\n\nA manager who reads every report, and believes each one, is on naivety, trust, budgets, schedules and the other things that come with the role of running a team for a year.\n`,
  });
  index = await indexFolder(dir);
});
afterAll(() => removeCorpus(dir));

describe('searchGroups', () => {
  it('lists every essay that matches, not only the sections of one essay that fill the limit', async () => {
    const groups = await searchGroups(index.engine, 'trust', SEARCH_CONFIG.limit);
    const urls = await Promise.all(groups.map(async (group) => (await index.engine.resolve(group.hits[0]!)).url.split('#')[0]));
    expect(urls).toEqual(['/essays/long/', '/essays/brief/']);
    expect(groups[0]!.hits).toHaveLength(SEARCH_CONFIG.resultsPerDocument);
  });

  it('says which essays match in more places than they show, when asked', async () => {
    const groups = await searchGroups(index.engine, 'trust', SEARCH_CONFIG.limit, { more: true });
    expect(groups.map((group) => [group.hits.length, group.more])).toEqual([
      [SEARCH_CONFIG.resultsPerDocument, true],
      [1, false],
    ]);
    expect((await searchGroups(index.engine, 'trust', SEARCH_CONFIG.limit)).map((group) => group.more)).toEqual([false, false]);
  });

  it('still fills the limit from one essay’s best sections when nothing else matches', async () => {
    const groups = await searchGroups(index.engine, 'chapter', 2);
    expect(groups.map((group) => group.hits.length)).toEqual([2]);
  });
});
