/**
 * OG_IMAGES trades preview images for build time: `pages` draws none for the
 * share pages (they show their aspect's image), `off` draws none at all.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/site.ts';
import { essay, removeCorpus, writeCorpus } from '../support/corpus.ts';

const corpus = writeCorpus({
  'essays/one.md': essay(
    'One',
    'Intro.\n\n| Aspect | Leadership | Management |\n| --- | --- | --- |\n| Risk | Bets | Guards |\n',
    'date: 2026-01-01\n',
  ),
});
afterAll(() => removeCorpus(corpus));

describe.each(['pages', 'off'] as const)('OG_IMAGES=%s', (setting) => {
  const dist = path.join(tmpdir(), `lm-og-${setting}-${process.pid}`);

  it('builds, and draws what the setting asks for', async () => {
    const result = await buildSite({ contentDir: corpus, outDir: dist, env: { OG_IMAGES: setting, SITE_URL: 'https://example.org' } });
    expect(result.code, result.output).toBe(0);
    const share = readFileSync(path.join(dist, 'compare/risk/one/index.html'), 'utf8');
    expect(existsSync(path.join(dist, 'og/compare/risk/one.png'))).toBe(false);
    if (setting === 'pages') {
      expect(share).toContain('<meta property="og:image" content="https://example.org/og/compare/risk.png">');
      expect(existsSync(path.join(dist, 'og/essays/one.png'))).toBe(true);
    } else {
      expect(share).not.toContain('og:image');
      expect(share).toContain('<meta name="twitter:card" content="summary">');
      expect(existsSync(path.join(dist, 'og'))).toBe(false);
    }
  });
});

describe('the preview image cache', () => {
  it('outlives a build with OG_IMAGES=off, which draws nothing and so must not prune', async () => {
    const dist = path.join(tmpdir(), `lm-og-cache-${process.pid}`);
    const cached = (): string[] => readdirSync(`${dist}.cache/og-images`).filter((file) => file.endsWith('.png'));
    const first = await buildSite({ contentDir: corpus, outDir: dist });
    expect(first.code, first.output).toBe(0);
    const drawn = cached();
    expect(drawn.length).toBeGreaterThanOrEqual(3);
    // dist/ holds the cached files themselves, linked rather than copied.
    const inodes = new Set(drawn.map((file) => statSync(path.join(`${dist}.cache/og-images`, file)).ino));
    const placed = readdirSync(path.join(dist, 'og'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(placed).toHaveLength(drawn.length);
    for (const entry of placed) expect(inodes.has(statSync(path.join(entry.parentPath, entry.name)).ino), entry.name).toBe(true);
    const off = await buildSite({ contentDir: corpus, outDir: dist, env: { OG_IMAGES: 'off' } });
    expect(off.code, off.output).toBe(0);
    expect(cached()).toEqual(drawn);
  });
});
