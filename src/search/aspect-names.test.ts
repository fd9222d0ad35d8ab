/**
 * A contrast is found by the name its aspect is shown under: a row written
 * with an old name (`Gamble`, listed in aspects.yml as an old slug of
 * `risk-appetite`) sits under "Risk appetite" on /compare/, so a search for
 * "risk appetite" finds it beside the rows that write that name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCorpus, writeCorpus } from '../../tests/support/corpus.ts';
import { indexFolder, type TestIndex } from '../../tests/support/search-index.ts';

const table = (aspect: string, lead: string, manage: string): string =>
  `| Aspect | Leadership | Management |\n| --- | --- | --- |\n| ${aspect} | ${lead} | ${manage} |\n`;

let index: TestIndex;
let dir: string;
beforeAll(async () => {
  dir = writeCorpus({
    'aspects.yml': 'risk-appetite:\n  name: Risk appetite\n  aliases: [gamble]\npace:\n  aliases: [tempo]\n',
    'essays/pace.md': `---\ntitle: One view\ndate: 2024-01-01\n---\n\nIntro.\n\n${table('Pace', 'Sprints', 'Walks')}`,
    'essays/tempo.md': `---\ntitle: Another view\ndate: 2024-01-02\n---\n\nIntro.\n\n${table('Tempo', 'Rushes', 'Strolls')}`,
    'essays/new-name.md': `---\ntitle: New name\ndate: 2026-02-01\n---\n\nIntro.\n\n${table('Risk appetite', 'Bets', 'Hedges')}`,
    'essays/old-name.md': `---\ntitle: Old name\ndate: 2026-01-01\n---\n\nIntro.\n\n${table('Gamble', 'Takes it', 'Prices it')}`,
    'essays/hyphen.md': `---\ntitle: Hyphen\ndate: 2025-01-01\n---\n\nIntro.\n\n${table('Risk-appetite', 'Loves it', 'Fears it')}`,
  });
  index = await indexFolder(dir);
});
afterAll(() => removeCorpus(dir));

describe('a contrast under a renamed aspect', () => {
  it('is found by the name aspects.yml gives it, as well as by the name its essay writes', async () => {
    const urls = async (query: string): Promise<string[]> => (await index.engine.query(query, 10)).map((result) => result.url).sort();
    const all = [
      '/essays/hyphen/#contrast-risk-appetite',
      '/essays/new-name/#contrast-risk-appetite',
      '/essays/old-name/#contrast-risk-appetite',
    ];
    expect(await urls('risk appetite')).toEqual(all);
    expect(await urls('appetite')).toEqual(all);
    expect(await urls('gamble')).toEqual(['/essays/old-name/#contrast-risk-appetite']);
  });

  it('is found by the name its aspect is shown under when aspects.yml gives none, the new spelling of a renamed aspect', async () => {
    const urls = async (query: string): Promise<string[]> => (await index.engine.query(query, 10)).map((result) => result.url).sort();
    expect(await urls('pace')).toEqual(['/essays/pace/#contrast-pace', '/essays/tempo/#contrast-pace']);
  });

  it('keeps the name its essay writes as its title', async () => {
    const [result] = await index.engine.query('prices', 1);
    expect(result?.title).toContain('Gamble');
  });
});
