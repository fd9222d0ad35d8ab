import { describe, expect, it } from 'vitest';
import { essay, writeCorpus } from '../../tests/support/corpus.ts';
import { removedAfterEach } from '../../tests/support/temp-folders.ts';
import { storedCounts } from './astro-loader.ts';
import { compileSite } from './load.ts';

const dirs = removedAfterEach();

async function counts(files: Record<string, string>) {
  const dir = writeCorpus(files);
  dirs.push(dir);
  return storedCounts(await compileSite({ contentDir: dir, root: dir }));
}

describe('storedCounts', () => {
  it('counts every essay and concept file', async () => {
    await expect(counts({ 'essays/a.md': essay('A'), 'essays/b.md': essay('B'), 'concepts/vision.md': essay('Vision') })).resolves.toEqual({
      essays: 2,
      concepts: 1,
    });
  });

  it('counts a file with a problem, whose last good entry dev keeps, so that its page is still asked for', async () => {
    await expect(counts({ 'essays/only.md': essay('Only', undefined, 'date: 2026-02-30\n') })).resolves.toEqual({ essays: 1, concepts: 0 });
  });
});
