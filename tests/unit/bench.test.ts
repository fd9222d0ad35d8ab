/**
 * The benchmark's own parts: the corpus generator is deterministic, byte
 * counting is gzip's, the JS of a page follows static imports only, and the
 * query set is fixed and large enough. Not timed: timings live in `npm run bench`.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { essayMarkdown, generateCorpus, random } from '../../scripts/corpus.ts';
import { withWord } from '../../scripts/lib/dev-edit.ts';
import {
  benchQueries,
  dynamicImports,
  gzipSize,
  pageJsGzip,
  pageScripts,
  percentile,
  staticImports,
  swapMiddle,
  uniqueWords,
} from '../../scripts/lib/measure.ts';
import { writeCorpus } from '../support/corpus.ts';
import { removedAfterEach } from '../support/temp-folders.ts';

const dirs = removedAfterEach();

describe('the corpus generator', () => {
  it('writes the same bytes for the same seed, and other bytes for another', () => {
    const [a, b, c] = [
      mkdtempSync(path.join(tmpdir(), 'gen-')),
      mkdtempSync(path.join(tmpdir(), 'gen-')),
      mkdtempSync(path.join(tmpdir(), 'gen-')),
    ];
    dirs.push(a, b, c);
    generateCorpus(a, 5, 1);
    generateCorpus(b, 5, 1);
    generateCorpus(c, 5, 2);
    const read = (dir: string): string[] =>
      ['essays', 'concepts'].flatMap((sub) =>
        readdirSync(path.join(dir, sub))
          .sort()
          .map((file) => readFileSync(path.join(dir, sub, file), 'utf8')),
      );
    expect(read(a)).toEqual(read(b));
    expect(read(a)).not.toEqual(read(c));
    expect(readdirSync(path.join(a, 'essays'))).toHaveLength(5);
    expect(readdirSync(path.join(a, 'concepts'))).toHaveLength(12);
  });

  it('writes essays of about 1,000 words with 5–8 headings and one contrast table', () => {
    for (let i = 0; i < 20; i += 1) {
      const markdown = essayMarkdown(i, 1);
      const body = markdown.split('---\n')[2]!;
      const words = body
        .replace(/^\|.*$/gm, '')
        .split(/\s+/)
        .filter((word) => /\w/.test(word) && !word.startsWith('#')).length;
      expect(words).toBeGreaterThan(850);
      expect(words).toBeLessThan(1150);
      const headings = body.match(/^## /gm)?.length ?? 0;
      expect(headings).toBeGreaterThanOrEqual(5);
      expect(headings).toBeLessThanOrEqual(8);
      expect(body.match(/^\| Aspect \| Leadership \| Management \|$/gm)).toHaveLength(1);
    }
  });

  it('draws from a seeded generator', () => {
    const [x, y] = [random(42), random(42)];
    expect([x(), x(), x()]).toEqual([y(), y(), y()]);
  });
});

describe('the edit timed in astro dev', () => {
  it('puts a new word first in the body, after the frontmatter, and changes nothing else', () => {
    const markdown = essayMarkdown(0, 1);
    const edited = withWord(markdown, 'Quillwort');
    expect(edited.replace('Quillwort ', '')).toBe(markdown);
    const [, frontmatter, body] = edited.split('---\n');
    expect(frontmatter).toBe(markdown.split('---\n')[1]);
    expect(body!.trimStart().startsWith('Quillwort ')).toBe(true);
    expect(withWord('No frontmatter.', 'Quillwort')).toBe('Quillwort No frontmatter.');
  });
});

describe('byte counting', () => {
  it('counts gzipped bytes, and they round-trip', () => {
    const text = 'leadership '.repeat(500);
    const size = gzipSize(text);
    expect(size).toBeLessThan(text.length / 20);
    expect(size).toBeGreaterThan(0);
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
    expect(gzipSync(text, { level: 9 }).length).toBe(size);
  });

  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });

  it('follows static imports in every quoting style, not dynamic ones', () => {
    const source = 'import{a as b}from"./one.js";import \'./two.js\';export{c}from`./three.js`;const x=()=>import(`./lazy.js`);';
    expect(staticImports(source, '/_astro/entry.js')).toEqual(['/_astro/one.js', '/_astro/two.js', '/_astro/three.js']);
    expect(dynamicImports(source, '/_astro/entry.js')).toEqual(['/_astro/lazy.js']);
  });

  it('adds up the JavaScript a page loads before interaction, and only that', () => {
    const dist = writeCorpus({
      '_astro/entry.js': 'import"./shared.js";document.body.dataset.ready="1";const open=()=>import("./lazy.js");',
      '_astro/shared.js': 'export const shared = 1;',
      '_astro/lazy.js': `export const lazy = "${'x'.repeat(5000)}";`,
      'page.html': '<html><head><script>var inline=1</script><script type="module" src="/_astro/entry.js"></script></head></html>',
    });
    dirs.push(dist);
    expect(pageScripts(dist, readFileSync(path.join(dist, 'page.html'), 'utf8')).files).toEqual(['/_astro/entry.js', '/_astro/shared.js']);
    const expected =
      ['_astro/entry.js', '_astro/shared.js'].reduce((sum, file) => sum + gzipSize(readFileSync(path.join(dist, file))), 0) +
      gzipSize('var inline=1');
    expect(pageJsGzip(dist, path.join(dist, 'page.html'))).toBe(expected);
  });
});

describe('the query set', () => {
  it('is fixed for a given index and holds at least 200 realistic queries', () => {
    const indexed = [
      { term: 'leader', records: 20 },
      { term: 'leadership', records: 12 },
      { term: 'leading', records: 3 },
      { term: 'risk', records: 5 },
      { term: 'risky', records: 9 },
      { term: 'the', records: 99 },
    ];
    const first = benchQueries(indexed, 100, ['big picture', 'Vision']);
    expect(first).toEqual(benchQueries(indexed, 100, ['big picture', 'Vision']));
    expect(first.length).toBeGreaterThanOrEqual(200);
    expect(first).toContain('big picture');
    expect(first).not.toContain('the');
    expect(first.some((query) => /[éàöüîçñ]/.test(query))).toBe(true);
    expect(first.some((query) => query.includes(' ') && query !== 'big picture')).toBe(true);
  });
});

describe('the recall sample', () => {
  it('holds only words found in exactly one essay, the same for the same seed', () => {
    const essays = [
      { slug: 'a', text: 'Leaders chart the course; wagons follow.' },
      { slug: 'b', text: 'Leaders count the wagons and the course.' },
      { slug: 'c', text: 'Zürich budgets, quarterly.' },
    ];
    const sample = uniqueWords(essays, 10);
    expect(sample).toEqual(uniqueWords(essays, 10));
    expect(new Map(sample.map((item) => [item.word, item.essay]))).toEqual(
      new Map([
        ['chart', 'a'],
        ['follow', 'a'],
        ['count', 'b'],
        ['zurich', 'c'],
        ['budgets', 'c'],
        ['quarterly', 'c'],
      ]),
    );
  });

  it('swaps two middle letters for the typo, never to the same word', () => {
    expect(swapMiddle('wagons')).toBe('waogns');
    // The middle pair of "letter" is "tt": swapping it changes nothing, so the pair before it is swapped.
    expect(swapMiddle('letter')).toBe('lteter');
    expect(swapMiddle('aaaa')).toBeUndefined();
  });
});
