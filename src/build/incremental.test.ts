/**
 * Loads that reuse the last one's compiles (what `astro dev` does after an
 * edit): only the files whose text changed go through the Markdown pipeline
 * again, the model is the one a fresh load gives, and the checks that span
 * the site still find and clear every problem.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { essay, removeCorpus, writeCorpus } from '../../tests/support/corpus.ts';
import { CompileCache, codeDigest } from './compile-cache.ts';
import { compileSite, loadContent } from './load.ts';
import { SourceTexts } from './source-files.ts';

/** The files the Markdown pipeline renders, in order. */
const rendered = vi.hoisted(() => [] as string[]);

vi.mock('../pipeline/index.ts', async (importOriginal) => {
  const pipeline = await importOriginal<typeof import('../pipeline/index.ts')>();
  return {
    ...pipeline,
    renderMarkdown: (...args: Parameters<typeof pipeline.renderMarkdown>) => {
      rendered.push(args[1].path);
      return pipeline.renderMarkdown(...args);
    },
  };
});

const table = (aspect: string): string => `| Aspect | Leadership | Management |\n| - | - | - |\n| ${aspect} | bets | budgets |\n`;

const FILES = {
  'essays/a.md': essay('A', `Intro.\n\n## Where it goes\n\n${table('Risk')}`),
  'essays/b.md': essay('B', 'See [where A goes](/essays/a/#where-it-goes).\n\n## Own\n\nText.\n'),
  'essays/c.md': essay('C', `Plain.\n\n${table('Time')}`),
  'concepts/vision.md': '---\ntitle: Vision\n---\nSee [A](/essays/a/).',
  'home.md': 'Welcome.',
};

let dir: string;
let cache: CompileCache;
const write = (name: string, text: string): void => writeFileSync(path.join(dir, name), text);
/** Loads again with the same cache, and returns the files rendered by that load. */
async function reload() {
  rendered.length = 0;
  const site = await compileSite({ contentDir: dir, root: dir, cache });
  return { site, rendered: [...rendered], codes: site.problems.map((problem) => `${problem.file}:${problem.code}`) };
}

beforeEach(async () => {
  dir = writeCorpus(FILES);
  cache = new CompileCache();
  await reload();
});
afterEach(() => removeCorpus(dir));

describe('a load that reuses the last one', () => {
  it('renders every file the first time, then none when nothing changed', async () => {
    rendered.length = 0;
    await compileSite({ contentDir: dir, root: dir, cache: new CompileCache() });
    expect(rendered.sort()).toEqual(['concepts/vision.md', 'essays/a.md', 'essays/b.md', 'essays/c.md', 'home.md']);
    const again = await reload();
    expect(again.rendered).toEqual([]);
    expect(cache.compiled).toBe(0);
  });

  it('renders only the edited essay of many, and gives the model a fresh load gives', async () => {
    write('essays/c.md', essay('C, edited', `Plainer.\n\n${table('Time')}`));
    const { site, rendered: files, codes } = await reload();
    expect(files).toEqual(['essays/c.md']);
    expect(codes).toEqual([]);
    expect(site.content).toEqual(await loadContent({ contentDir: dir, root: dir }));
    expect(site.content.essays.find((e) => e.slug === 'c')?.title).toBe('C, edited');
  });

  it('gives a record a new key when, and only when, it changes', async () => {
    const before = (await reload()).site.sources;
    write('essays/c.md', essay('C, edited'));
    const after = (await reload()).site.sources;
    expect(after.essays.get('c')).not.toBe(before.essays.get('c'));
    expect(after.essays.get('a')).toBe(before.essays.get('a'));
    expect(after.concepts.get('vision')).toBe(before.concepts.get('vision'));
  });

  it('renders everything again when aspects.yml changes what the pipeline does', async () => {
    write('aspects.yml', 'time-horizon:\n  name: Time horizon\n  aliases: [time]\n');
    const { site, rendered: files } = await reload();
    expect(files.sort()).toEqual(['concepts/vision.md', 'essays/a.md', 'essays/b.md', 'essays/c.md', 'home.md']);
    expect(site.content.essays.find((e) => e.slug === 'c')?.contrasts[0]?.aspectSlug).toBe('time-horizon');
  });
});

describe('whole-site checks over cached compiles', () => {
  it('reports a link broken by an edit to the linking essay, and clears it when fixed', async () => {
    const original = FILES['essays/b.md'];
    write('essays/b.md', original.replace('#where-it-goes', '#where-it-went'));
    const broken = await reload();
    expect(broken.rendered).toEqual(['essays/b.md']);
    expect(broken.codes).toEqual(['essays/b.md:broken-anchor']);
    write('essays/b.md', original);
    const fixed = await reload();
    expect(fixed.codes).toEqual([]);
  });

  it('reports a heading renamed in one essay under the other essay that links to it, without rendering that one', async () => {
    write('essays/a.md', FILES['essays/a.md'].replace('## Where it goes', '## Where it goes to'));
    const renamed = await reload();
    expect(renamed.rendered).toEqual(['essays/a.md']);
    expect(renamed.codes).toEqual(['essays/b.md:broken-anchor']);
    expect(renamed.site.problems[0]?.fix).toBe('did you mean `/essays/a/#where-it-goes-to`?');
    write('essays/a.md', FILES['essays/a.md']);
    expect((await reload()).codes).toEqual([]);
  });

  it('reports a link to an essay that was deleted, and a page whose contrasts moved', async () => {
    write('essays/b.md', FILES['essays/b.md'].replace('Text.', '[risk](/compare/risk/) [time](/compare/#time)'));
    expect((await reload()).codes).toEqual([]);
    rmSync(path.join(dir, 'essays/c.md'));
    const deleted = await reload();
    expect(deleted.rendered).toEqual([]);
    expect(deleted.codes).toEqual(['essays/b.md:broken-anchor']);
    expect(deleted.site.sources.essays.has('c')).toBe(false);
  });

  it('reports a second file for one slug, and clears it when the file is renamed', async () => {
    // `a_` sorts after `a`, so `a.md` keeps the URL and the new file is the one reported.
    write('essays/a_.md', essay('Another A'));
    const duplicate = await reload();
    expect(duplicate.rendered).toEqual([]);
    expect(duplicate.codes).toEqual(['essays/a_.md:duplicate-slug']);
    renameSync(path.join(dir, 'essays/a_.md'), path.join(dir, 'essays/d.markdown'));
    const renamed = await reload();
    expect(renamed.rendered).toEqual(['essays/d.markdown']);
    expect(renamed.codes).toEqual([]);
  });

  it('reports an aspect compared twice in one essay, and an old slug listed under two aspects', async () => {
    write('essays/c.md', essay('C', `${table('Time')}| TIME | x | y |\n`));
    expect((await reload()).codes).toEqual(['essays/c.md:duplicate-aspect']);
    write('essays/c.md', FILES['essays/c.md']);
    write('aspects.yml', 'risk:\n  aliases: [gamble]\nreward:\n  aliases: [gamble]\n');
    expect((await reload()).codes).toEqual(['aspects.yml:invalid-aspects-file']);
    rmSync(path.join(dir, 'aspects.yml'));
    expect((await reload()).codes).toEqual([]);
  });

  it('keeps the files of a failing essay among the sources, so its record is not mistaken for deleted', async () => {
    write('essays/c.md', '---\ntitel: C\n---\n');
    const { site, codes } = await reload();
    expect(codes).toEqual(['essays/c.md:unknown-key']);
    expect([...site.sources.essays.keys()]).toEqual(['a', 'b', 'c']);
    expect(site.content.essays.map((e) => e.slug)).not.toContain('c');
  });

  it('leaves a file turned into a draft out of the sources, so that astro dev removes its pages', async () => {
    write('essays/c.md', '---\ntitle: C\ndraft: true\n---\n');
    write('concepts/vision.md', '---\ntitle: Vision\ndraft: true\n---\nSee [A](/essays/a/).');
    const { site, codes } = await reload();
    expect(codes).toEqual([]);
    expect([...site.sources.essays.keys()]).toEqual(['a', 'b']);
    expect([...site.sources.concepts.keys()]).toEqual([]);
  });

  it('reports a missing essays folder without throwing', async () => {
    rmSync(path.join(dir, 'essays'), { recursive: true });
    expect((await reload()).codes).toEqual(['essays:missing-essays-folder']);
  });
});

describe('file texts kept between loads', () => {
  it('reads a file again only once it is said to have changed', async () => {
    const texts = new SourceTexts();
    const file = path.join(dir, 'essays/a.md');
    expect(await texts.read(file)).toBe(FILES['essays/a.md']);
    write('essays/a.md', 'changed');
    expect(await texts.read(file)).toBe(FILES['essays/a.md']);
    texts.changed(file);
    expect(await texts.read(file)).toBe('changed');
    write('essays/a.md', 'changed again');
    texts.changed(path.join(dir, 'essays'));
    expect(await texts.read(file)).toBe('changed again');
  });

  it('gives a load through them the model of a fresh load', async () => {
    const texts = new SourceTexts();
    const site = await compileSite({ contentDir: dir, root: dir, cache, read: texts.read });
    expect(site.content).toEqual(await loadContent({ contentDir: dir, root: dir }));
  });
});

describe('compiles kept on disk between builds', () => {
  /** A build's load: a new process's cache over the folder, salted as a build salts it. */
  async function build(folder: string, salt = 'code v1') {
    rendered.length = 0;
    const site = await compileSite({ contentDir: dir, root: dir, cache: new CompileCache({ folder, salt }) });
    return { site, rendered: [...rendered].sort() };
  }
  const folderIn = (): string => path.join(dir, '.cache', 'compiled');

  it('renders nothing in the next build when nothing changed, and gives the model of a fresh load', async () => {
    const first = await build(folderIn());
    expect(first.rendered).toEqual(['concepts/vision.md', 'essays/a.md', 'essays/b.md', 'essays/c.md', 'home.md']);
    expect(readdirSync(folderIn())).toHaveLength(5);
    const second = await build(folderIn());
    expect(second.rendered).toEqual([]);
    expect(second.site.content).toEqual(await loadContent({ contentDir: dir, root: dir }));
    expect(second.site.sources).toEqual(first.site.sources);
  });

  it('renders only the edited file, still runs the site-wide checks, and keeps one site in the folder', async () => {
    await build(folderIn());
    write('essays/a.md', FILES['essays/a.md'].replace('## Where it goes', '## Where it went'));
    rmSync(path.join(dir, 'essays/c.md'));
    const edited = await build(folderIn());
    expect(edited.rendered).toEqual(['essays/a.md']);
    expect(edited.site.problems.map((problem) => `${problem.file}:${problem.code}`)).toEqual(['essays/b.md:broken-anchor']);
    // a, b, the concept and home.md: c's compile is gone with its file.
    const kept = readdirSync(folderIn());
    expect(kept).toEqual(expect.arrayContaining([...edited.site.sources.essays.values(), ...edited.site.sources.concepts.values()]));
    expect(kept).toHaveLength(4);
  });

  it('renders everything again when the code that compiles changed', async () => {
    await build(folderIn(), 'code v1');
    expect((await build(folderIn(), 'code v2')).rendered).toHaveLength(5);
  });

  it('still loads when the folder cannot be written to', async () => {
    const file = path.join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const loaded = await build(file);
    expect(loaded.rendered).toHaveLength(5);
    expect(loaded.site.problems).toEqual([]);
  });

  it('compiles a file again when its kept compile cannot be read', async () => {
    await build(folderIn());
    for (const name of readdirSync(folderIn())) writeFileSync(path.join(folderIn(), name), 'not a compile');
    const again = await build(folderIn());
    expect(again.rendered).toHaveLength(5);
    expect(again.site.content).toEqual(await loadContent({ contentDir: dir, root: dir }));
  });
});

describe('the digest of the code that compiles', () => {
  it('changes with a script under src/ or the lockfile, and not with a component, a style or a test', () => {
    const project = writeCorpus({
      'src/pipeline/a.ts': 'export const a = 1;',
      'src/components/A.astro': '<p>a</p>',
      'src/styles/a.css': 'p {}',
      'src/pipeline/a.test.ts': 'test',
      'package-lock.json': '{}',
    });
    try {
      const digest = (): string => codeDigest(project);
      const first = digest();
      for (const [name, text] of [
        ['src/components/A.astro', '<p>b</p>'],
        ['src/styles/a.css', 'a {}'],
        ['src/pipeline/a.test.ts', 'x'],
      ])
        writeFileSync(path.join(project, name!), text!);
      expect(digest()).toBe(first);
      writeFileSync(path.join(project, 'src/pipeline/a.ts'), 'export const a = 2;');
      const second = digest();
      expect(second).not.toBe(first);
      writeFileSync(path.join(project, 'package-lock.json'), '{"lockfileVersion":3}');
      expect(digest()).not.toBe(second);
      mkdirSync(path.join(project, 'src/model'));
      writeFileSync(path.join(project, 'src/model/new.ts'), '');
      expect(digest()).not.toBe(second);
    } finally {
      removeCorpus(project);
    }
  });
});
