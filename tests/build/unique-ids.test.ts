/**
 * No page ever carries two elements with one id, whatever the headings say:
 * a corpus whose essays, concepts and home page use every id a template
 * owns (routes.ts), every aspect slug and every page word as headings is
 * built, and every HTML page of it is checked; and the link gate knows
 * exactly the ids each page carries, on that corpus and on a one-essay one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../scripts/lib/site.ts';
import { RESERVED_IDS } from '../../src/routes.ts';
import { essay, removeCorpus, writeCorpus } from '../support/corpus.ts';
import { pageIdMismatches } from '../support/page-ids.ts';

/** Every id a template owns, as heading text (`toc-heading` → `Toc heading`), plus words the pages use. */
const WORDS = [
  ...RESERVED_IDS.map((id) => id.replace(/^_/, '').replace(/-/g, ' ')),
  'Risk',
  'Risk title',
  'Contrast risk',
  'Compare',
  'Search',
  'Concepts',
  'Footnotes',
  'Section',
];
const headings = WORDS.map((word) => `## ${word}\n\nText about ${word}.\n`).join('\n');
const table = '| Aspect | Leadership | Management |\n| --- | --- | --- |\n| Risk | Bets | Guards |\n| Essays | Read | Count |\n';

describe('a corpus whose headings reuse every page word', () => {
  let corpus: string;
  let result: BuildResult;
  const dist = path.join(tmpdir(), `lm-ids-${process.pid}`);

  beforeAll(async () => {
    corpus = writeCorpus({
      'essays/words.md': essay(
        'Words',
        `Intro[^n].\n\n${headings}\n${table}\n[^n]: A footnote.\n`,
        'date: 2026-01-01\nsources:\n  - title: A source\n',
      ),
      'essays/other.md': essay('Other', `${headings}\n${table}`, 'date: 2026-01-02\ntags: [risk]\n'),
      'concepts/risk.md': `---\ntitle: Risk\naliases: [gamble]\n---\n\nThe chance of loss.\n\n${headings}`,
      'home.md': `Welcome.\n\n${headings}`,
      'aspects.yml': 'risk:\n  aliases: [gamble]\n',
    });
    result = await buildSite({ contentDir: corpus, outDir: dist });
  });
  afterAll(() => removeCorpus(corpus));

  it('builds, and no page repeats an id', () => {
    expect(result.code, result.output).toBe(0);
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(8);
    const repeated: string[] = [];
    for (const page of pages) {
      const ids = [...readFileSync(path.join(dist, page), 'utf8').matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!);
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) repeated.push(`${page}: ${id}`);
        seen.add(id);
      }
    }
    expect(repeated).toEqual([]);
  });

  it("gives the link gate each page's ids, exactly as built", async () => {
    await expect(pageIdMismatches(corpus, dist)).resolves.toEqual([]);
  });

  it('gives a heading that names a template id the next free one', () => {
    const concept = readFileSync(path.join(dist, 'concepts/risk/index.html'), 'utf8');
    expect(concept).toContain('<h2 id="tagged-1">tagged</h2>');
    expect(concept).toContain('<h2 class="section-title" id="tagged">');
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).toContain('<h2 id="essays-1">essays</h2>');
  });
});

describe('a corpus of one essay with no contrasts and no concepts', () => {
  let corpus: string;
  let result: BuildResult;
  const dist = path.join(tmpdir(), `lm-ids-one-${process.pid}`);

  beforeAll(async () => {
    // Updated on the day it was published: the schema allows it, and the page has no later day to tell of.
    const dates = 'date: 2026-03-04\nupdated: 2026-03-04\n';
    corpus = writeCorpus({ 'essays/alone.md': essay('Alone', 'Just prose.\n\n## One section\n\nMore prose.\n', dates) });
    result = await buildSite({ contentDir: corpus, outDir: dist });
  });
  afterAll(() => removeCorpus(corpus));

  it("gives the link gate each page's ids, exactly as built (no neighbours, no headline comparison)", async () => {
    expect(result.code, result.output).toBe(0);
    await expect(pageIdMismatches(corpus, dist)).resolves.toEqual([]);
    expect(readFileSync(path.join(dist, 'essays/alone/index.html'), 'utf8')).not.toContain('id="prev-next"');
  });

  it('shows no empty browse lists on the search page: no concepts, no aspects', () => {
    const search = readFileSync(path.join(dist, 'search/index.html'), 'utf8');
    expect(search).not.toContain('Browse the concepts');
    expect(search).not.toContain('the contrasts, by aspect');
    expect(search).not.toContain('browse the concepts and the contrasts below');
  });

  it('says on /compare/ that no essay draws a contrast yet, instead of counting zeros', () => {
    const compare = readFileSync(path.join(dist, 'compare/index.html'), 'utf8');
    expect(compare).not.toContain('0 contrasts');
    expect(compare).toContain('No essay compares leadership and management in a table yet.');
  });

  it('says on /concepts/ that there are none yet, in its text and its description, instead of counting zeros', () => {
    const concepts = readFileSync(path.join(dist, 'concepts/index.html'), 'utf8');
    expect(concepts).not.toContain('0 concepts');
    expect(concepts).not.toContain('A to Z');
    expect(concepts).toContain('<meta name="description" content="This collection has no concept pages yet.">');
  });

  it('shows no "Updated" line for an essay updated on the day it was published', () => {
    const page = readFileSync(path.join(dist, 'essays/alone/index.html'), 'utf8');
    expect(page).toContain('<time datetime="2026-03-04">');
    expect(page).not.toMatch(/Updated\s*<time/);
  });
});
