/**
 * Relevance on a fixture corpus: the table of queries a reader types, with
 * the result that must come first (or be in the top 3). Runs the real
 * pipeline, index builder and engine, with the index through JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../model/load.ts';
import { removeCorpus } from '../../tests/support/corpus.ts';
import { writeSearchFixture } from '../../tests/support/search-fixture.ts';
import { buildSearchIndex } from './build-index.ts';
import { SearchEngine, tokenize } from './engine.ts';
import type { CoreIndex, Shard } from './format.ts';

let engine: SearchEngine;
const loaded: string[] = [];

beforeAll(async () => {
  const dir = writeSearchFixture();
  const content = await loadContent({ contentDir: dir, root: dir });
  removeCorpus(dir);
  const built = JSON.parse(JSON.stringify(buildSearchIndex(content.essays, content.concepts))) as { core: CoreIndex; shards: Shard[] };
  const shards = new Map(built.shards.map((shard) => [shard.key, shard]));
  engine = new SearchEngine(built.core, async (key) => {
    loaded.push(key);
    return shards.get(key)!;
  });
});
afterAll(() => undefined);

describe('tokenize', () => {
  it('separates quoted phrases and notices the word still being typed', () => {
    expect(tokenize('"Road Maps" leaders risk')).toEqual({ phrases: [['road', 'map']], words: ['leader', 'risk'], typing: true });
    expect(tokenize('risk ').typing).toBe(false);
    expect(tokenize('"open phrase').typing).toBe(false);
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
  ])('%s: %s → %s first', async (_name, query, url) => {
    const results = await engine.query(query);
    expect(results[0]?.url).toBe(url);
  });

  it.each([
    ['an alias also finds what mentions its concept', 'big picture', '/essays/road-map/'],
    ['a typo still finds the contrast', 'quartrly', '/essays/risk/#contrast-risk'],
    ['a name from the body', 'Collis', '/essays/derail/#what-the-research-adds'],
  ])('%s: %s → %s in the top 3', async (_name, query, url) => {
    const results = await engine.query(query);
    expect(results.slice(0, 3).map((result) => result.url)).toContain(url);
  });

  it('requires quoted words exactly and in the record', async () => {
    expect(await engine.query('"road mop"')).toEqual([]);
  });

  it('labels results with kind, breadcrumb and matched terms', async () => {
    const [first] = await engine.query('quarterly number');
    expect(first).toMatchObject({ kind: 'contrast', title: 'Risk', parent: 'Counting value and creating value', url: '/essays/risk/#contrast-risk' });
    expect(first?.sides).toEqual(['Treats a failed bet as learning', 'Protects the quarterly number']);
    expect(first?.terms).toEqual(expect.arrayContaining(['quarterly', 'number']));
  });

  it('scores a record by the word itself, not by a rarer completion, and marks both', async () => {
    // "trust" is being typed: "trustworthy"-like completions join, but Trust is matched by "trust".
    const [first] = await engine.query('trust');
    expect(first?.url).toBe('/concepts/trust/');
    expect(first?.terms).toEqual(expect.arrayContaining(['trust', 'trustworthiness']));
  });

  it('returns nothing for an empty or hopeless query', async () => {
    expect(await engine.query('   ')).toEqual([]);
    expect(await engine.query('xqzwv')).toEqual([]);
  });

  it('treats hostile input as plain words', async () => {
    const results = await engine.query('<img src=x onerror=alert(1)>');
    for (const result of results) expect(result.url).toMatch(/^\/(essays|concepts)\//);
  });

  it('loads only the shards a query needs', async () => {
    loaded.length = 0;
    await engine.query('zurich');
    expect(loaded.filter((key) => key !== 'z')).toEqual([]);
  });

  it('offers every concept as a suggestion', () => {
    expect(engine.concepts().map((result) => result.title)).toEqual(['Risk', 'Self-compassion', 'Trust', 'Vision']);
  });
});
