/**
 * The same commit built from two different folders gives a byte-identical
 * dist/: nothing in the output depends on where the project lives, on the
 * order files come off the disk, or on the clock.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/site.ts';
import { checkout, fileDigests } from '../support/checkout.ts';

describe('reproducible builds', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('gives byte-identical output from two folders', async () => {
    const [a, b] = [checkout(), checkout()];
    dirs.push(a, b);
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    const [first, second] = await Promise.all([
      buildSite({ root: a, outDir: path.join(a, 'dist'), env }),
      buildSite({ root: b, outDir: path.join(b, 'dist'), env }),
    ]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    const [left, right] = [fileDigests(path.join(a, 'dist')), fileDigests(path.join(b, 'dist'))];
    expect(left.size).toBeGreaterThan(40);
    expect([...right.keys()]).toEqual([...left.keys()]);
    const differing = [...left].filter(([file, hash]) => right.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
