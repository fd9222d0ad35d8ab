/**
 * Full-text search on a corpus the index has never seen: a 2,400-word essay
 * with no headings, hard-wrapped with CRLF line endings; essays whose
 * headings reuse each other's words; accents. Every word is findable, typos
 * at every position are forgiven, quoted phrases are checked against the
 * whole text, excerpts show the passage that matched, and shards stay small.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terms, words } from '../model/text.ts';
import { removeCorpus, writeCorpus } from '../../tests/support/corpus.ts';
import { hardWrapped, inventedWords } from '../../tests/support/prose.ts';
import { indexFolder, type TestIndex } from '../../tests/support/search-index.ts';
import { indexable } from './build-index.ts';
import { frontDecode, shardOf, type Fragment, type Shard } from './format.ts';

const SHARED = ['leadership', 'management', 'direction', 'budget', 'people', 'change', 'plans', 'meetings'];
const OWN = inventedWords(7, 700);
/** The long essay's words in order: its own words, each used once or more, among shared ones. */
const LONG_WORDS = Array.from({ length: 2400 }, (_, i) =>
  i % 3 === 2 ? SHARED[i % SHARED.length]! : OWN[(i - Math.floor(i / 3)) % OWN.length]!,
);

const OTHER = inventedWords(99, 300).filter((word) => !OWN.includes(word));

let index: TestIndex;
let dir: string;
beforeAll(async () => {
  dir = writeCorpus({
    'essays/long.md': `---\r\ntitle: One long argument\r\ndate: 2026-03-01\r\n---\r\n\r\n${hardWrapped(LONG_WORDS)}\r\n`,
    'essays/search-words.md': `---\ntitle: Search and compare\ndate: 2026-01-02\n---\n\nAn essay whose headings reuse the site's own words.\n\n## Search\n\n${OTHER.slice(0, 60).join(' ')} leadership.\n\n## Essays\n\n${OTHER.slice(60, 120).join(' ')} management.\n\n## Compare\n\n${OTHER.slice(120, 180).join(' ')} budget.\n`,
    'essays/accents.md': `---\ntitle: Führung in Zürich\ndate: 2026-01-03\nauthor: Jürgen Müller-Lüdenscheidt\n---\n\nDie Führung in Zürich plant das Budget. Plan B gilt rund um die Uhr, 24/7. ${OTHER.slice(180, 240).join(' ')} people.\n`,
    'concepts/budget.md': '---\ntitle: Budget\naliases: [spending plan]\n---\n\nMoney set aside for a purpose.\n',
  });
  index = await indexFolder(dir);
});
afterAll(() => removeCorpus(dir));

const topUrls = async (query: string, limit = 3): Promise<string[]> => (await index.engine.query(query, limit)).map((result) => result.url);

describe('every word', () => {
  it('of a long essay with no headings finds that essay, every one of its distinct words', async () => {
    const distinct = [...new Set(indexable(LONG_WORDS.join(' ')))];
    expect(distinct.length).toBeGreaterThan(700);
    const missing: string[] = [];
    for (const word of distinct) {
      const hits = await index.engine.hits(word, 1000);
      if (!hits.some((hit) => hit.doc === 0)) missing.push(word);
    }
    expect(missing).toEqual([]);
    // Hundreds of queries each: 3.5 s alone, past vitest's default 5 s when the machine is busy.
  }, 30_000);

  it('that occurs in one essay only ranks that essay first', async () => {
    const misses: string[] = [];
    for (const word of OWN) if ((await topUrls(word, 1))[0] !== '/essays/long/') misses.push(`${word}: ${(await topUrls(word, 1))[0]}`);
    expect(misses).toEqual([]);
  }, 30_000);

  it('of a section finds the section, even when its heading reuses a page word', async () => {
    // "Essays" is an id the home page owns (routes.ts), so the heading takes the next free one.
    expect((await topUrls(OTHER[70]!, 1))[0]).toBe('/essays/search-words/#essays-1');
    expect(await topUrls('search', 3)).toContain('/essays/search-words/#search');
  });
});

describe('typos', () => {
  const edits = (word: string, at: number): string[] => [
    word.slice(0, at) + word.slice(at + 1), // deletion
    `${word.slice(0, at)}x${word.slice(at)}`, // insertion
    `${word.slice(0, at)}${word[at] === 'z' ? 'y' : 'z'}${word.slice(at + 1)}`, // substitution
    ...(at + 1 < word.length && word[at] !== word[at + 1] ? [word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)] : []), // transposition
  ];
  const long = OWN.filter((word) => word.length >= 6).slice(0, 12);

  it('at every position after the first letter find the word’s essay', async () => {
    const misses: string[] = [];
    for (const word of long) {
      for (let at = 1; at < word.length; at += 1) {
        for (const typo of edits(word, at)) if (!(await topUrls(typo)).includes('/essays/long/')) misses.push(`${typo} (${word})`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('in the first letter find it too', async () => {
    const misses: string[] = [];
    for (const word of long)
      for (const typo of edits(word, 0)) if (!(await topUrls(typo)).includes('/essays/long/')) misses.push(`${typo} (${word})`);
    expect(misses).toEqual([]);
  });

  it('fold accents and case as exact words do', async () => {
    expect((await topUrls('ZURICH', 1))[0]).toBe('/essays/accents/');
    expect((await topUrls('fuhrung', 1))[0]).toBe('/essays/accents/');
    expect((await topUrls('fuhrnug', 1))[0]).toBe('/essays/accents/');
  });

  it('ignore a single letter or digit, which the index never holds, rather than count it a word that matched nothing', async () => {
    expect((await topUrls('24/7', 1))[0]).toBe('/essays/accents/');
    expect(await topUrls('plan B ', 20)).toContain('/essays/accents/');
  });

  it('find an essay by its author, the name its page shows under the title', async () => {
    expect((await topUrls('Müller', 1))[0]).toBe('/essays/accents/');
    expect((await topUrls('ludenscheidt', 1))[0]).toBe('/essays/accents/');
  });
});

describe('quoted phrases', () => {
  it('show the passage holding the phrase as the excerpt, with each of its words marked', async () => {
    const deep = LONG_WORDS.slice(2001, 2005).join(' ');
    const [first] = await index.engine.query(`"${deep}"`, 1);
    expect(terms(first?.excerpt ?? '').join(' ')).toContain(terms(deep).join(' '));
    expect(first?.phrases).toEqual([terms(deep)]);
  });

  it('match words deep in a long section, in order only', async () => {
    const deep = LONG_WORDS.slice(2001, 2005).join(' ');
    expect((await topUrls(`"${deep}"`, 1))[0]).toBe('/essays/long/');
    const reversed = LONG_WORDS.slice(2001, 2005).reverse().join(' ');
    expect(await index.engine.query(`"${reversed}"`)).toEqual([]);
  });
});

describe('excerpts', () => {
  it('show the passage where the query’s words occur, not the start of the text', async () => {
    const word = OWN[300]!;
    expect(LONG_WORDS.indexOf(word)).toBeGreaterThan(400);
    const [first] = await index.engine.query(word, 1);
    expect(first?.excerpt.startsWith('…')).toBe(true);
    expect(words(first?.excerpt ?? '')).toContain(word);
    expect(words(first?.excerpt ?? '').length).toBeLessThanOrEqual(31);
  });

  it('show the start of a short text whole', async () => {
    const [first] = await index.engine.query('Budget', 1);
    expect(first).toMatchObject({ kind: 'concept', excerpt: 'Money set aside for a purpose.' });
  });
});

describe('files', () => {
  it('are read only as a query needs them: one shard for a known word, one fragment for its result', async () => {
    const fresh = await indexFolder(dir);
    const hits = await fresh.engine.hits(OWN[3]!, 1);
    expect(fresh.reads.map((file) => file.split('/')[0])).toEqual(['s']);
    await fresh.engine.resolve(hits[0]!);
    expect(fresh.reads.map((file) => file.split('/')[0])).toEqual(['s', 'f']);
    await fresh.engine.hits(`${OWN[3]!.slice(0, 2)}q${OWN[3]!.slice(2)}`, 1);
    expect(fresh.reads.slice(2).map((file) => file.split('/')[0])).toEqual(['v']);
  });

  it('of a long essay are cut at records under the size limit, so a result reads the part holding it, not the whole essay', async () => {
    const small = await indexFolder(dir, { shardBytes: 24_000, vocabularyBytes: 24_000, fragmentBytes: 600 });
    const fragments = [...small.files].filter(([file]) => file.startsWith('f/'));
    for (const [, body] of fragments) {
      const records = (JSON.parse(body) as Fragment).docs.reduce((sum, document) => sum + document.records.length, 0);
      if (records > 1) expect(body.length).toBeLessThanOrEqual(600 + 200);
    }
    const [hit] = await small.engine.hits(OTHER[130]!, 1);
    const result = await small.engine.resolve(hit!);
    expect([result.url, result.title, result.parent]).toEqual(['/essays/search-words/#compare', 'Compare', 'Search and compare']);
    expect(small.reads.filter((file) => file.startsWith('f/'))).toHaveLength(1);
  });

  it('are cut into shards under the size limit at term prefixes, each term where the directory says', async () => {
    const small = await indexFolder(dir, { shardBytes: 600, vocabularyBytes: 800, fragmentBytes: 24_000 });
    const prefixes = small.core.shards.map(([prefix]) => prefix);
    expect(prefixes.length).toBeGreaterThan(20);
    expect([...prefixes].sort()).toEqual(prefixes);
    small.core.shards.forEach(([, hash], i) => {
      const body = small.files.get(`s/${hash}.json`)!;
      const shard = JSON.parse(body) as Shard;
      const list = frontDecode(shard.terms);
      if (list.length > 1) expect(body.length).toBeLessThanOrEqual(600 + 200);
      for (const term of list) expect(shardOf(small.core.shards, term)).toBe(i);
    });
    for (const word of OWN.slice(0, 40)) expect((await small.engine.query(word, 1))[0]?.url).toBe('/essays/long/');
    expect(terms('Zürich')).toEqual(['zurich']);
  });
});
