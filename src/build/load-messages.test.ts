/**
 * What loadContent's messages tell an author, beyond which problem it is:
 * every problem of a file in one round, and text the author can act on.
 */
import { describe, expect, it } from 'vitest';
import { ContentError } from '../model/errors.ts';
import { compileSite, loadContent } from './load.ts';
import { essay, writeCorpus } from '../../tests/support/corpus.ts';
import { removedAfterEach } from '../../tests/support/temp-folders.ts';

const dirs = removedAfterEach();

async function problemsOf(files: Record<string, string | Uint8Array>) {
  const dir = writeCorpus(files);
  dirs.push(dir);
  const error = await loadContent({ contentDir: dir, root: dir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems;
}

describe('loadContent: what the messages say', () => {
  it('reports a body’s problems beside its frontmatter’s, so fixing one does not reveal the other', async () => {
    const table = '| Aspect | Leadership | Management |\n| - | - | - |\n| Risk |  | b |\n';
    const problems = await problemsOf({
      'essays/a.md': essay('A', table, 'date: 2026-02-30\n'),
      'essays/b.md': `---\ntitle: [B\n---\n\n${table}`,
      'essays/c.md': essay('C'),
    });
    expect(problems.map((p) => `${p.file}:${p.line}:${p.code}`)).toEqual([
      'essays/a.md:3:impossible-date',
      'essays/a.md:8:empty-contrast-side',
      'essays/b.md:2:invalid-yaml',
      'essays/b.md:7:empty-contrast-side',
    ]);
  });

  it('says why two names map to one URL: the same name with its accent written two ways, or a difference the URL drops', async () => {
    const [twoWays] = await problemsOf({ 'essays/caf\u00e9.md': essay('One'), 'essays/cafe\u0301.md': essay('Two') });
    expect(twoWays).toMatchObject({ code: 'duplicate-slug', message: expect.stringContaining('/essays/cafe/') });
    expect(twoWays?.fix).toBe(
      'the two names are one name, its accented letter written two ways (as one character, and as a letter followed by a combining accent, as some systems save names): keep one of the two files and delete the other.',
    );
    const [accent] = await problemsOf({ 'essays/cafe.md': essay('One'), 'essays/caf\u00e9.md': essay('Two') });
    expect(accent?.fix).toBe(
      'rename one of the two files: a URL keeps only lower-case letters without accents, digits and hyphens, so names that differ only in case, accents, punctuation or extension share one.',
    );
  });

  it('quotes a relative link as written, so the author can find it, beside the page it leads to', async () => {
    const problems = await problemsOf(linking('[a](../missing/)\n\n[b](../first/#where-it-gose)\n\n[c](/essays/frist/)'));
    expect(problems.map((p) => p.message)).toEqual([
      'the link `../missing/` (that is, `/essays/missing/`) points to a page or file the site does not have.',
      'the link `../first/#where-it-gose` (that is, `/essays/first/#where-it-gose`) points to an anchor that does not exist on that page.',
      'the link `/essays/frist/` points to a page or file the site does not have.',
    ]);
  });

  it('reports a link to a draft, which is not published, naming the draft, before the build would fail on it', async () => {
    const problems = await problemsOf({
      ...linking('See [the first](/essays/first/#where-it-goes).'),
      'essays/first.md': essay('First', 'Intro.\n\n## Where it goes\n', 'draft: true\n'),
      'concepts/vision.md': '---\ntitle: Vision\ndraft: true\n---\nDef.',
      'essays/third.md': essay('Third', 'See [vision](/concepts/vision/).'),
    });
    expect(problems).toEqual([
      {
        code: 'broken-link',
        file: 'essays/second.md',
        line: 5,
        message: 'the link `/essays/first/#where-it-goes` points to a draft: `essays/first.md` has `draft: true`, so it is not published.',
        fix: 'remove the link, or publish the draft (`draft: false`).',
      },
      expect.objectContaining({ file: 'essays/third.md', message: expect.stringContaining('`concepts/vision.md` has `draft: true`') }),
    ]);
  });

  it('calls a concept with no title a concept, not an essay', async () => {
    const problems = await problemsOf({ 'essays/a.md': '---\ndate: 2026-01-01\n---\n\nNo heading.', 'concepts/risk.md': '' });
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ['essays/a.md', 'the essay has no title.'],
      ['concepts/risk.md', 'the concept has no title.'],
    ]);
  });

  it('reports frontmatter in home.md, which has no settings, rather than ignoring it', async () => {
    const problems = await problemsOf({ ...linking('Text.'), 'home.md': '---\ntitle: Welcome home\n---\n\nHello.' });
    expect(problems).toEqual([
      {
        code: 'unknown-key',
        file: 'home.md',
        line: 2,
        message: 'unknown frontmatter key `title`.',
        fix: 'remove it: this file takes no frontmatter, only text.',
      },
    ]);
  });

  it('points a link to a renamed essay at the page that has its anchor, and one to a renamed aspect at aspects.yml', async () => {
    const table = '| Aspect | Leadership | Management |\n| - | - | - |\n| Velocity | bets | budgets |\n';
    const problems = await problemsOf({
      'essays/woodland.md': essay('Woodland', `## Pruning\n\n${table}`),
      'essays/harbour.md': essay(
        'Harbour',
        '[a](/essays/gardeners-and-foresters/#pruning) [b](/compare/tempo/) [c](/essays/woodland/#contrast-tempo) [d](/compare/#tempo)',
      ),
    });
    const alias =
      'if `tempo` is an aspect you renamed, list it under the new aspect’s `aliases` in aspects.yml, so that its old links lead to it; or link to the new name.';
    expect(problems.map((p) => [p.code, p.fix])).toEqual([
      ['broken-link', 'did you mean `/essays/woodland/#pruning`?'],
      ['broken-link', alias],
      ['broken-anchor', alias],
      ['broken-anchor', alias],
    ]);
  });

  it('suggests the page of a Markdown file linked as on GitHub', async () => {
    const problems = await problemsOf({
      ...linking('[a](./first.md) [b](first.md#where-it-goes) [c](../concepts/vision.md) [d](./nothing.md)'),
      'concepts/vision.md': '---\ntitle: Vision\n---\nSee [the first](../essays/first.md).',
      'home.md': 'Start with [the first](essays/first.md).',
    });
    expect(problems.map((p) => [p.file, p.fix])).toEqual([
      ['essays/second.md', 'did you mean `/essays/first/`?'],
      ['essays/second.md', 'did you mean `/essays/first/#where-it-goes`?'],
      ['essays/second.md', 'did you mean `/concepts/vision/`?'],
      ['essays/second.md', 'correct the address, or remove the link.'],
      ['concepts/vision.md', 'did you mean `/essays/first/`?'],
      ['home.md', 'did you mean `/essays/first/`?'],
    ]);
  });

  it('reports a link whose percent-escapes are malformed, instead of stopping with a URIError', async () => {
    const problems = await problemsOf(linking('[a](/essays/%E0%A4/) [b](/essays/first/#%E0%A4) [c](#%ZZ) [d](./%E0.md)'));
    expect(problems.map((p) => [p.code, p.line, p.message])).toEqual([
      ['broken-link', 5, 'the link `/essays/%E0%A4/` points to a page or file the site does not have.'],
      ['broken-anchor', 5, 'the link `/essays/first/#%E0%A4` points to an anchor that does not exist on that page.'],
      ['broken-anchor', 5, 'the link `#%ZZ` points to an anchor that does not exist on that page.'],
      ['broken-link', 5, 'the link `./%E0.md` (that is, `/essays/second/%E0.md`) points to a page or file the site does not have.'],
    ]);
  });

  it('reports a file not saved as UTF-8, on the line of its first such byte, rather than showing � in its place', async () => {
    const latin1 = Uint8Array.from(Buffer.from('---\ntitle: Leading\n---\n\nDie F\u00fchrung ist gut.\n', 'latin1'));
    const problems = await problemsOf({
      ...linking('Text.'),
      'essays/latin1.md': latin1,
      'essays/replacement.md': essay('R', 'A real \uFFFD.'),
    });
    expect(problems).toEqual([
      {
        code: 'not-utf8',
        file: 'essays/latin1.md',
        line: 5,
        message:
          'the file is not saved as UTF-8: this line holds a byte that is not UTF-8 text, most often a letter such as ü saved as Windows-1252 or Latin-1, which would show as �.',
        fix: 'save the file as UTF-8 (in most editors: Save with Encoding → UTF-8).',
      },
    ]);
  });

  it('builds an essay that is a symbolic link to a file, and reports one whose file is not there', async () => {
    const { mkdtempSync, symlinkSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const elsewhere = mkdtempSync(`${tmpdir()}/elsewhere-`);
    dirs.push(elsewhere);
    writeFileSync(`${elsewhere}/linked.md`, essay('Linked', 'See [the first](/essays/first/).'));
    const dir = writeCorpus(linking('Read [the linked one](/essays/linked/).'));
    dirs.push(dir);
    symlinkSync(`${elsewhere}/linked.md`, `${dir}/essays/linked.md`);
    const content = await loadContent({ contentDir: dir, root: dir });
    expect(content.essays.map((e) => e.slug).sort()).toEqual(['first', 'linked', 'second']);
    symlinkSync('nowhere.md', `${dir}/essays/dangling.md`);
    const error = await loadContent({ contentDir: dir, root: dir }).catch((e: unknown) => e);
    expect((error as ContentError).problems).toEqual([
      {
        code: 'broken-symlink',
        file: 'essays/dangling.md',
        line: undefined,
        message: 'this file is a symbolic link to `nowhere.md`, which is not there.',
        fix: 'point the link at the Markdown file, or remove it.',
      },
    ]);
  });

  it('reports Markdown in a subfolder of essays/ or concepts/, which is not built, rather than leaving it out without a word', async () => {
    const problems = await problemsOf({
      ...linking('Text.'),
      'essays/2026/nested.md': essay('Nested'),
      'essays/img/diagram.png': new Uint8Array([1]),
      'concepts/more/vision.md': '---\ntitle: Vision\n---\nDef.',
    });
    const fix = (folder: string) =>
      `move it into \`${folder}/\` itself (its file name is its URL), or out of the content folder if it is not meant to be built.`;
    expect(problems).toEqual([
      {
        code: 'nested-file',
        file: 'essays/2026/nested.md',
        line: undefined,
        message: 'this file is in a subfolder of `essays/`, and only the files in `essays/` itself are built.',
        fix: fix('essays'),
      },
      expect.objectContaining({ code: 'nested-file', file: 'concepts/more/vision.md', fix: fix('concepts') }),
    ]);
  });
});

describe('loadContent: Markdown nested thousands of levels deep', () => {
  it('names each file the Markdown readers run out of stack on, where a stack trace into node_modules named none', async () => {
    const problems = await problemsOf({
      'essays/quotes.md': essay('Quotes', `${'>'.repeat(5000)} deep\n`),
      'essays/lists.md': essay('Lists', `${'- '.repeat(2000)}deep\n`),
      'essays/fine.md': essay('Fine', `${'>'.repeat(20)} a quote in a quote\n`),
      'concepts/divs.md': `---\ntitle: Divs\n---\n${'<div>'.repeat(20000)}deep\n`,
      'home.md': `${'>'.repeat(5000)} deep\n`,
    });
    expect(problems.map((p) => `${p.file}:${p.code}`)).toEqual([
      'essays/lists.md:too-deep',
      'essays/quotes.md:too-deep',
      'concepts/divs.md:too-deep',
      'home.md:too-deep',
    ]);
    expect(problems[0]!.message).toBe('the file nests quotes, lists or HTML elements too deeply for the Markdown reader to follow.');
  }, 30_000);
});

describe('compileSite: one aspect spelled two ways', () => {
  const row = (aspect: string): string => `| Aspect | Leadership | Management |\n| - | - | - |\n| ${aspect} | Bets | Hedges |\n`;
  const corpus = {
    'essays/a.md': essay('A', row('Risk & reward')),
    'essays/b.md': essay('B', `Intro.\n\n${row('Risks and rewards')}`),
    'essays/c.md': essay('C', row('Risk & reward')),
  };
  const compiled = (files: Record<string, string>) => {
    const dir = writeCorpus(files);
    dirs.push(dir);
    return compileSite({ contentDir: dir, root: dir });
  };

  it('builds, and warns on the row spelled the less used way, naming the other spelling and where it is', async () => {
    const site = await compiled(corpus);
    expect(site.problems).toEqual([]);
    expect(site.warnings.map((w) => `${w.file}:${w.line}:${w.code}`)).toEqual(['essays/b.md:9:aspect-variant']);
    expect(site.warnings[0]!.message).toContain('reads as `Risk & reward` (essays/a.md:7, and 1 more row)');
  });

  it('says nothing once aspects.yml makes one an old slug of the other', async () => {
    const site = await compiled({ ...corpus, 'aspects.yml': 'risk-reward:\n  aliases: [risks-and-rewards]\n' });
    expect(site.problems).toEqual([]);
    expect(site.warnings).toEqual([]);
  });
});

/** An essay with a heading, and a second essay with `body`, linking to it. */
function linking(body: string) {
  return { 'essays/first.md': essay('First', 'Intro.\n\n## Where it goes\n\nText.\n'), 'essays/second.md': essay('Second', body) };
}
