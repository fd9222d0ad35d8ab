/**
 * Rebuilds reuse the last build (Astro's incremental build: pages keyed by
 * the content in src/build/queries.ts, previews and search files by what
 * each holds; preview images in their own cache, by what each shows; the
 * search index and previews kept whole, by content and code). With
 * nothing changed, every keyed page and file is copied, not rendered, and no
 * image is drawn; after a change to the content, an image, a setting or the
 * code, the output is byte for byte what a clean build gives.
 */
import { readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ogImageCounts } from '../../scripts/lib/site.ts';
import { checkout, fileDigests } from '../support/checkout.ts';
import { removeCorpus } from '../support/corpus.ts';
import { pngOf } from '../support/images.ts';
import { writeUnfamiliarCorpus } from '../support/unfamiliar.ts';

/** The files a build's log says it copied from the last build rather than rendered. */
function restored(output: string): string[] {
  // Logged as site paths; an endpoint's name without an extension in its route gets a trailing slash.
  return [...output.matchAll(/[├└]─ \/(\S+?)\/? \(restored\)/g)].map((match) => match[1]!).sort();
}

/** Output files whose routes give Astro a cache key: every page of an essay, concept or aspect, and every preview and search file. */
const KEYED =
  /^(essays|concepts)\/[^/]+\/index\.html$|^compare\/[^/]+\/(?:[^/]+\/)?index\.html$|^previews\/|^search\/(?!core\.js$|index\.html$)/;

/** A contrast's share page (`/compare/<aspect>/<essay>/`), keyed by what it shows alone. */
const SHARE_PAGE = /^compare\/[^/]+\/[^/]+\/index\.html$/;

describe('rebuilding', () => {
  let project: string;
  /** A second copy of the project for the clean builds: its own `.astro/` folder, so it need not wait for the rebuild's turn (site.ts). */
  let twin: string;
  let content: string;
  let clean = 0;
  const kept = (): string => path.join(project, 'dist');
  /** What the kept build derived from the whole content (src/build/kept.ts): each file's name and when it was written. */
  const keptFiles = (): Array<[string, number]> =>
    readdirSync(path.join(`${kept()}.cache`, 'kept'))
      .sort()
      .map((name) => [name, statSync(path.join(`${kept()}.cache`, 'kept', name)).mtimeMs]);
  const edit = (file: string, change: (text: string) => string): void => {
    const text = readFileSync(file, 'utf8');
    const changed = change(text);
    expect(changed, `${file} did not change`).not.toBe(text);
    writeFileSync(file, changed);
  };
  /** Edits a file of the project's code, in both copies. */
  const editCode = (file: string, change: (text: string) => string): void => {
    for (const root of [project, twin]) edit(path.join(root, file), change);
  };

  /** Rebuilds into the kept folder, and builds the same code and content afresh in the twin; the two must not differ. */
  async function expectSameAsClean(env: Record<string, string> = {}): Promise<{ copied: string[]; output: string }> {
    const fresh = path.join(twin, `clean-${(clean += 1)}`);
    const [rebuilt, built] = await Promise.all([
      buildSite({ root: project, contentDir: content, outDir: kept(), env }),
      buildSite({ root: twin, contentDir: content, outDir: fresh, env }),
    ]);
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(built.code, built.output).toBe(0);
    const [left, right] = [fileDigests(kept()), fileDigests(fresh)];
    expect([...left.keys()]).toEqual([...right.keys()]);
    expect([...left].filter(([file, hash]) => right.get(file) !== hash).map(([file]) => file)).toEqual([]);
    rmSync(fresh, { recursive: true, force: true });
    rmSync(`${fresh}.cache`, { recursive: true, force: true });
    return { copied: restored(rebuilt.output), output: rebuilt.output };
  }

  beforeAll(async () => {
    project = checkout();
    twin = checkout();
    content = writeUnfamiliarCorpus();
    // Its 30,000-word essay is there for scale, which build.test.ts checks; here it would only add a second to each of
    // this file's 22 builds.
    rmSync(path.join(content, 'essays/huge.md'));
    const first = await buildSite({ root: project, contentDir: content, outDir: kept() });
    expect(first.code, first.output).toBe(0);
  });
  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(twin, { recursive: true, force: true });
    removeCorpus(content);
  });

  it('copies every keyed page, preview and search file and draws no image when nothing changed, and gives the same files', async () => {
    const before = fileDigests(kept());
    const keyed = [...before.keys()].filter((file) => KEYED.test(file));
    expect(keyed.length).toBeGreaterThan(60);
    const derived = keptFiles();
    expect(derived.map(([name]) => name.split('.')[0])).toEqual(['previews', 'search-index']);
    const rebuilt = await buildSite({ root: project, contentDir: content, outDir: kept() });
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(restored(rebuilt.output)).toEqual(keyed);
    // Nor is any Markdown file rendered: their compiles are kept in the cache folder too.
    expect(rebuilt.output).toMatch(/\] 0 of \d+ files rendered; the others were unchanged since the last build\./);
    expect(ogImageCounts(rebuilt.output)).toMatchObject({
      drawn: 0,
      cached: [...before.keys()].filter((file) => file.startsWith('og/')).length,
    });
    expect(fileDigests(kept())).toEqual(before);
    // The search index and the previews were read back, not derived and written again.
    expect(keptFiles()).toEqual(derived);
  });

  it('after an essay’s prose changes, copies every share page, since none shows it', async () => {
    edit(path.join(content, 'essays/same-headings.md'), (text) => text.replace('\n\nTwo.\n\n', '\n\nTwo, said again.\n\n'));
    const { copied } = await expectSameAsClean();
    const shares = [...fileDigests(kept()).keys()].filter((file) => SHARE_PAGE.test(file));
    expect(shares.length).toBeGreaterThan(5);
    expect(copied.filter((file) => SHARE_PAGE.test(file))).toEqual(shares);
    expect(copied).not.toContain('essays/same-headings/index.html');
  });

  it('after an essay’s title changes, shows the new title on every page', async () => {
    edit(path.join(content, 'essays/crlf-bom.md'), (text) =>
      text.replace('title: Windows line endings', 'title: Line endings from Windows'),
    );
    const derived = keptFiles();
    const { copied, output } = await expectSameAsClean();
    expect(output).toMatch(/\] 1 of \d+ files rendered;/);
    // The search index and the previews were derived again, under a new key.
    expect(keptFiles().map(([name]) => name)).not.toContain(derived[0]![0]);
    expect(keptFiles().map(([name]) => name)).not.toContain(derived[1]![0]);
    // Pages show each other's titles, so all are rendered again but the share pages of the aspects the essay does not argue,
    // which show only their aspect's rows. Only the images that show the title are drawn again (the essay's and its share pages').
    const pages = copied.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const file of pages) {
      expect(file).toMatch(SHARE_PAGE);
      expect(readFileSync(path.join(kept(), file), 'utf8')).not.toContain('Windows');
    }
    const { images: count, drawn, cached } = ogImageCounts(output);
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(count / 2);
    expect(cached).toBe(count - drawn);
    expect(readFileSync(path.join(kept(), 'index.html'), 'utf8')).toContain('Line endings from Windows');
  });

  it('after an image beside an essay gets other pixels', async () => {
    writeFileSync(path.join(content, 'essays/pictures/diagram.png'), pngOf(800, 400, '#8a4b12'));
    await expectSameAsClean();
  });

  it('after an aspect’s definition changes (aspects.yml)', async () => {
    edit(path.join(content, 'aspects.yml'), (text) => text.replace('What each side stakes', 'What each side puts at stake'));
    await expectSameAsClean();
    expect(readFileSync(path.join(kept(), 'compare/risk-reward/index.html'), 'utf8')).toContain('What each side puts at stake');
  });

  it('after a concept changes', async () => {
    edit(path.join(content, 'concepts/vision.md'), (text) => text.replace('Where an organization is going.', 'Where a team means to go.'));
    await expectSameAsClean();
  });

  it('after an essay is published, and another removed', async () => {
    edit(path.join(content, 'essays/a-draft.md'), (text) => text.replace('draft: true\n', ''));
    unlinkSync(path.join(content, 'essays/more-notes.md'));
    await expectSameAsClean();
  });

  it('after a component’s markup changes, and the palette', async () => {
    editCode('src/components/PrevNext.astro', (text) => text.replace('>Next essay<', '>Following essay<'));
    const { copied } = await expectSameAsClean();
    // Only the essays show the component: the other pages are copied.
    expect(copied.some((file) => file.startsWith('essays/'))).toBe(false);
    expect(copied.some((file) => file.startsWith('compare/'))).toBe(true);
    expect(readFileSync(path.join(kept(), 'essays/crlf-bom/index.html'), 'utf8')).toContain('Following essay');
    editCode('src/styles/tokens.css', (text) => text.replace(/#[0-9a-f]{6}/i, '#123456'));
    await expectSameAsClean();
  });

  it('with another SITE_URL, or other preview images (OG_IMAGES)', async () => {
    await expectSameAsClean({ SITE_URL: 'https://example.org/sub/' });
    await expectSameAsClean({ OG_IMAGES: 'pages' });
  });
});
