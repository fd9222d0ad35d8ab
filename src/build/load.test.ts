/**
 * loadContent on throwaway folders: every bad-input class stops the load with
 * a message that names the file (and line), and good input becomes the model.
 */
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../model/errors.ts';
import { loadContent } from './load.ts';
import { essay, writeCorpus } from '../../tests/support/corpus.ts';
import { removedAfterEach } from '../../tests/support/temp-folders.ts';

const dirs = removedAfterEach();

async function load(files: Record<string, string>) {
  const dir = writeCorpus(files);
  dirs.push(dir);
  return loadContent({ contentDir: dir, root: dir });
}

async function problemsOf(files: Record<string, string>) {
  const error = await load(files).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems;
}

describe('loadContent: bad input', () => {
  it.each([
    ['invalid YAML', { 'essays/a.md': '---\ntitle: [unclosed\n---\nText' }, 'invalid-yaml', 'essays/a.md', 2],
    ['a missing title', { 'essays/a.md': '---\ndate: 2026-01-01\n---\n\nNo heading here.' }, 'missing-title', 'essays/a.md', 1],
    ['an unknown key', { 'essays/a.md': '---\ntitle: A\ntitel: B\n---\n' }, 'unknown-key', 'essays/a.md', 3],
    ['a wrong type', { 'essays/a.md': '---\ntitle: A\ntags: 12\n---\n' }, 'wrong-type', 'essays/a.md', 3],
    [
      'a non-http source URL',
      { 'essays/a.md': '---\ntitle: A\nsources:\n  - title: B\n    url: javascript:alert(1)\n---\n' },
      'bad-source-url',
      'essays/a.md',
      5,
    ],
    [
      'an empty contrast side',
      { 'essays/a.md': essay('A', '| Aspect | Leadership | Management |\n| - | - | - |\n| Risk | bets |  |\n') },
      'empty-contrast-side',
      'essays/a.md',
      7,
    ],
    [
      'an aspect twice in one essay',
      { 'essays/a.md': essay('A', '| | Leader | Manager |\n| - | - | - |\n| Risk | a | b |\n| RISK | c | d |\n') },
      'duplicate-aspect',
      'essays/a.md',
      8,
    ],
    [
      'a concept with an unknown key',
      { 'essays/a.md': essay('A'), 'concepts/v.md': '---\ntitle: V\nalias: [x]\n---\nDef.' },
      'unknown-key',
      'concepts/v.md',
      3,
    ],
    ['an MDX file', { 'essays/a.md': essay('A'), 'essays/b.mdx': essay('B') }, 'unsupported-file', 'essays/b.mdx', undefined],
    // Its pages' files add `.json` or `.png` to the slug, and a file name holds 255 bytes: this one crashed the build with ENAMETOOLONG.
    [
      'a file name of 251 letters',
      { 'essays/a.md': essay('A'), [`essays/${'b'.repeat(251)}.md`]: essay('B') },
      'long-file-name',
      `essays/${'b'.repeat(251)}.md`,
      undefined,
    ],
    [
      'a broken aspects.yml',
      { 'essays/a.md': essay('A'), 'aspects.yml': 'Risk Reward:\n  name: x\n' },
      'invalid-aspects-file',
      'aspects.yml',
      1,
    ],
  ])('%s names the file and line', async (_name, files, code, file, line) => {
    const [problem, ...rest] = await problemsOf(files);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code, file });
    expect(problem?.line).toBe(line);
    expect(formatProblem(problem!)).toContain(line ? `${file}:${line}:` : `${file}:`);
    expect(problem!.fix.length).toBeGreaterThan(10);
  });

  it('suggests the key the author meant', async () => {
    const [problem] = await problemsOf({ 'essays/a.md': '---\ntitle: A\ndescripton: B\n---\n' });
    expect(problem?.fix).toMatch(/^did you mean `description`\?/);
  });

  it.each([
    ['case', 'essays/Risk.md', 'essays/risk.md'],
    ['extension', 'essays/risk.markdown', 'essays/risk.md'],
    ['md and mdx', 'essays/risk.md', 'essays/risk.mdx'],
  ])('reports two files that differ only by %s, naming both', async (_name, first, second) => {
    const problems = await problemsOf({ [first]: essay('One'), [second]: essay('Two') });
    const duplicate = problems.find((p) => p.code === 'duplicate-slug');
    expect(duplicate).toBeDefined();
    expect([duplicate!.file, duplicate!.message].join(' ')).toContain(first.split('/')[1]!);
    expect([duplicate!.file, duplicate!.message].join(' ')).toContain(second.split('/')[1]!);
    expect(duplicate!.message).toContain('/essays/risk/');
  });

  it('explains a missing essays folder', async () => {
    const [problem] = await problemsOf({ 'concepts/a.md': '---\ntitle: A\n---\nDef.' });
    expect(problem).toMatchObject({ code: 'missing-essays-folder', file: 'essays' });
  });

  it('explains an empty essays folder, and one holding only drafts', async () => {
    expect((await problemsOf({ 'essays/notes.txt': 'not markdown' }))[0]?.code).toBe('empty-essays-folder');
    expect((await problemsOf({ 'essays/a.md': '---\ntitle: A\ndraft: true\n---\n' }))[0]?.code).toBe('empty-essays-folder');
  });

  it('reports every problem in every file at once', async () => {
    const problems = await problemsOf({
      'essays/a.md': '---\ntitel: A\n---\n',
      'essays/b.md': '---\ntitle: [\n---\n',
      'essays/c.md': essay('C', '| Aspect | Leadership | Management |\n| - | - | - |\n| Risk |  | b |\n'),
      'essays/d.md': essay('D'),
    });
    expect(problems.map((p) => `${p.file}:${p.code}`)).toEqual([
      'essays/a.md:unknown-key',
      'essays/b.md:invalid-yaml',
      'essays/c.md:empty-contrast-side',
    ]);
  });
});

describe('loadContent: the link and anchor gate', () => {
  const table = '| Aspect | Leadership | Management |\n| - | - | - |\n| Risk & reward | a | b |\n';
  const site = (body: string) => ({
    'essays/first.md': essay('First', `Intro.\n\n## Where it goes\n\n${table}\nFootnote[^n].\n\n[^n]: A note.\n`),
    'essays/second.md': essay('Second', body),
    'concepts/vision.md': '---\ntitle: Vision\n---\nSee [the first essay](/essays/first/).',
  });

  it('accepts links to every kind of page and anchor', async () => {
    const body = [
      '[a](/essays/first/) [b](/essays/first/#where-it-goes) [c](/essays/first/#contrast-risk-reward)',
      '[d](../first/) [e](#own-heading) [f](/compare/) [g](/compare/risk-reward/) [h](/compare/#risk-reward)',
      '[i](/concepts/vision/) [j](/search/?q=risk) [k](/favicon.svg) [l](https://example.com/x) [m](mailto:a@b.c)',
      '[n](/essays/first/#sources) [o](/) [p](/essays/first/#user-content-fn-n)',
      '',
      '## Own heading',
    ].join('\n');
    const files = site(body);
    files['essays/first.md'] = files['essays/first.md']!.replace('---\n\n', 'sources:\n  - title: X\n---\n\n');
    const dir = writeCorpus({ ...files });
    dirs.push(dir);
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(`${dir}/public`);
    writeFileSync(`${dir}/public/favicon.svg`, '<svg/>');
    await expect(loadContent({ contentDir: dir, root: dir })).resolves.toBeDefined();
  });

  it('reports a link to a page that does not exist, with its line and the nearest page', async () => {
    const [problem] = await problemsOf(site('Intro.\n\nRead [this](/essays/frist/).'));
    expect(problem).toMatchObject({ code: 'broken-link', file: 'essays/second.md', line: 7 });
    expect(formatProblem(problem!)).toContain('`/essays/frist/`');
    expect(problem!.fix).toBe('did you mean `/essays/first/`?');
  });

  it('suggests the trailing slash a page needs', async () => {
    const [problem] = await problemsOf(site('See [it](/essays/first).'));
    expect(problem).toMatchObject({ code: 'broken-link' });
    expect(problem!.fix).toBe('did you mean `/essays/first/`?');
  });

  it('reports an anchor that does not exist on the target page, with the nearest id', async () => {
    const [problem] = await problemsOf(site('See [it](/essays/first/#where-it-gose).'));
    expect(problem).toMatchObject({ code: 'broken-anchor', file: 'essays/second.md', line: 5 });
    expect(problem!.fix).toBe('did you mean `/essays/first/#where-it-goes`?');
  });

  it('reports a broken same-page anchor and a broken relative link', async () => {
    const problems = await problemsOf(site('[a](#nowhere)\n\n[b](../missing/)\n\n## Somewhere'));
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['broken-anchor', 5],
      ['broken-link', 7],
    ]);
    expect(problems[0]!.message).toContain('`#nowhere`');
  });

  it('knows footnote ids: links to a note and its back-references pass, a note that does not exist fails', async () => {
    const body =
      'A claim[^1] (see [the note](#user-content-fn-1), [its mark](#user-content-fnref-1)).\n\n[bad](#user-content-fn-9)\n\n[^1]: Note.\n';
    const problems = await problemsOf(site(body));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'broken-anchor', file: 'essays/second.md', line: 7, fix: 'did you mean `#user-content-fn-1`?' }),
    ]);
  });

  it('checks links in concepts and aspect pages too', async () => {
    const files = site('Fine.');
    files['concepts/vision.md'] = '---\ntitle: Vision\n---\nSee [the aspect](/compare/risk-rewrd/).';
    const [problem] = await problemsOf(files);
    expect(problem).toMatchObject({ code: 'broken-link', file: 'concepts/vision.md', line: 4 });
    expect(problem!.fix).toBe('did you mean `/compare/risk-reward/`?');
  });
});

describe('loadContent: good input', () => {
  it('builds the model: fallbacks, order, drafts, tags, contrasts', async () => {
    const content = await load({
      'essays/old.md': essay('Zebra', 'Intro.', 'date: 2020-01-01\n'),
      'essays/new.md': essay('Apple', 'Intro.', 'date: 2026-01-01\n'),
      'essays/also-new.md': essay('Aardvark', 'Intro.', 'date: 2026-01-01\n'),
      'essays/undated.md':
        '# From the heading\n\nThe first paragraph becomes the description when there is none.\n\n| Aspect | Leadership | Management |\n| - | - | - |\n| Risk & reward | a | b |\n',
      'essays/hidden.md': '---\ntitle: Hidden\ndraft: true\ntitel: ignored in drafts\n---\n',
      'essays/crlf.md': '\uFEFF---\r\ntitle: CRLF\r\ntags: [Vision, self-compassion, vision]\r\n---\r\n\r\nBody.\r\n',
      'concepts/vision.md': '---\ntitle: Vision\naliases: direction\n---\nWhere we go.',
      'home.md': 'Welcome *home*.',
    });
    expect(content.essays.map((e) => e.slug)).toEqual(['also-new', 'new', 'old', 'crlf', 'undated']);
    const undated = content.essays.find((e) => e.slug === 'undated')!;
    expect(undated.title).toBe('From the heading');
    expect(undated.description).toBe('The first paragraph becomes the description when there is none.');
    expect(undated.contrasts).toEqual([
      expect.objectContaining({ essay: 'undated', aspect: 'Risk & reward', aspectSlug: 'risk-reward', line: 7 }),
    ]);
    expect(undated.body.map((block) => block.type)).toEqual(['html', 'contrasts']);
    expect(content.essays.find((e) => e.slug === 'crlf')?.tags).toEqual(['vision', 'self-compassion']);
    expect(content.concepts).toEqual([
      expect.objectContaining({ slug: 'vision', title: 'Vision', aliases: ['direction'], text: 'Where we go.' }),
    ]);
    expect(content.intro).toBe('<p>Welcome <em>home</em>.</p>');
  });

  it('files rows written with an old aspect slug under the new one', async () => {
    const content = await load({
      'essays/a.md': essay('A', '| Aspect | Leadership | Management |\n| - | - | - |\n| Gamble | a | b |\n'),
      'aspects.yml': 'risk-reward:\n  name: Risk and reward\n  definition: What each side stakes.\n  aliases: [gamble]\n',
    });
    expect(content.essays[0]?.contrasts[0]).toMatchObject({ aspect: 'Gamble', aspectSlug: 'risk-reward' });
    expect(content.aspects).toEqual({
      'risk-reward': { name: 'Risk and reward', definition: 'What each side stakes.', aliases: ['gamble'] },
    });
  });
});

describe('loadContent: worker threads', () => {
  it('gives the same model, in the same order, rendered in parallel or not', async () => {
    const { generateCorpus } = await import('../../scripts/corpus.ts');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/parallel-`);
    dirs.push(dir);
    generateCorpus(dir, 40, 3);
    const [sequential, parallel] = await Promise.all([
      loadContent({ contentDir: dir, root: dir, parallel: false }),
      loadContent({ contentDir: dir, root: dir, parallel: true }),
    ]);
    expect(parallel.essays).toHaveLength(40);
    expect(parallel).toEqual(sequential);
    // Starting worker threads and compiling 80 essays takes 5–5.5 s on a busy 2-core machine, past vitest's default 5 s.
  }, 30_000);

  it('reports problems from worker threads with their files, in file order', async () => {
    const problems = await load({
      'essays/a.md': '---\ntitel: A\n---\n',
      'essays/b.md': essay('B'),
      'essays/c.md': '---\ntitle: [\n---\n',
    }).then(
      () => [],
      (error: ContentError) => error.problems,
    );
    expect(problems.map((p) => p.file)).toEqual(['essays/a.md', 'essays/c.md']);
    const dir = writeCorpus({ 'essays/a.md': '---\ntitel: A\n---\n', 'essays/b.md': essay('B'), 'essays/c.md': '---\ntitle: [\n---\n' });
    dirs.push(dir);
    const error = await loadContent({ contentDir: dir, root: dir, parallel: true }).catch((e: ContentError) => e);
    expect((error as ContentError).problems).toEqual(problems);
  });
});
