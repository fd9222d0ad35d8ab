/**
 * The same commit built from two different folders gives a byte-identical
 * dist/: nothing in the output depends on where the project lives, on the
 * order files come off the disk, or on the clock.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../../scripts/lib/site.ts';

function checkout(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lm-repro-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(dir, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function digest(dist: string): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files
      .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)))
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(path.join(dist, file)))
          .digest('hex'),
      ]),
  );
}

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
    const [left, right] = [digest(path.join(a, 'dist')), digest(path.join(b, 'dist'))];
    expect(left.size).toBeGreaterThan(40);
    expect([...right.keys()]).toEqual([...left.keys()]);
    const differing = [...left].filter(([file, hash]) => right.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
