/**
 * Images beside a Markdown file, as the loader checks them: a missing one or
 * one in a format the build cannot process stops the build with the file,
 * the line and where it looked; one with no alt text is a warning.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSite } from './load.ts';
import { essay, writeCorpus } from '../../tests/support/corpus.ts';
import { removedAfterEach } from '../../tests/support/temp-folders.ts';
import { pngOf } from '../../tests/support/images.ts';

const dirs = removedAfterEach();

async function compile(files: Record<string, string | Uint8Array>) {
  const dir = writeCorpus(files);
  dirs.push(dir);
  return compileSite({ contentDir: dir, root: dir });
}

const png = pngOf(40, 20, '#123456');

describe('images beside a Markdown file', () => {
  it('accepts one beside the essay, in a folder next to it, or a level up, and lists them for the page', async () => {
    const site = await compile({
      'essays/a.md': essay('A', '![One](one.png)\n\n![Two](./img/two%20words.png)\n\n![Shared](../shared/three.png)\n'),
      'essays/one.png': png,
      'essays/img/two words.png': png,
      'shared/three.png': png,
      'concepts/c.md': '---\ntitle: C\n---\nSee ![one](../essays/one.png).',
      'home.md': 'Welcome ![one](essays/one.png).',
    });
    expect(site.problems).toEqual([]);
    expect(site.content.essays[0]!.images).toEqual(['./one.png', './img/two words.png', '../shared/three.png']);
    expect(site.content.concepts[0]!.images).toEqual(['../essays/one.png']);
    expect(site.content.introImages).toEqual(['./essays/one.png']);
    expect(site.content.essays[0]!.body.map((block) => (block.type === 'html' ? block.html : '')).join('')).toContain('data-image="1"');
  });

  it('stops on a missing image, with the file, the line and where it looked', async () => {
    const site = await compile({ 'essays/a.md': essay('A', 'Intro.\n\n![Chart](./chart.png)\n'), 'essays/other.png': png });
    expect(site.problems).toEqual([
      expect.objectContaining({
        code: 'missing-image',
        file: 'essays/a.md',
        line: 7,
        message: 'the image `./chart.png` is not there (looked for `essays/chart.png`).',
      }),
    ]);
  });

  it('stops on a file in a format the build cannot process', async () => {
    const site = await compile({ 'essays/a.md': essay('A', '![Old](./old.bmp)\n'), 'essays/old.bmp': 'BM' });
    expect(site.problems).toEqual([expect.objectContaining({ code: 'unsupported-image', file: 'essays/a.md', line: 5 })]);
  });

  it('stops on an SVG that would run script when opened at its own address, and takes a plain one', async () => {
    const plain = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>';
    const scripted = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>';
    const site = await compile({
      'essays/a.md': essay('A', '![Plain](./plain.svg)\n\n<img src="img/evil.svg" alt="Evil">\n'),
      'essays/plain.svg': plain,
      'essays/img/evil.svg': scripted,
    });
    expect(site.problems).toEqual([
      expect.objectContaining({
        code: 'scripted-image',
        file: 'essays/a.md',
        line: 7,
        message:
          'the SVG image `img/evil.svg` holds `<script>`, `onload=`: a reader who opens the image at its own address would run them on this site.',
      }),
    ]);
  });

  it('reads an SVG by what it holds, not by its name: one named .png is published as an SVG too', async () => {
    const scripted = '\uFEFF\n <svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><script>alert(1)</script></svg>';
    const site = await compile({
      'essays/a.md': essay('A', '![Disguised](./mark.png)\n\n![Photo](./photo.png)\n'),
      'essays/mark.png': scripted,
      'essays/photo.png': png,
    });
    expect(site.problems.map((problem) => [problem.code, problem.line])).toEqual([['scripted-image', 5]]);
  });

  it('stops on an image outside the content folder, reached by `../` or a symbolic link, which would publish any picture on the machine', async () => {
    const outside = writeCorpus({ 'secret.png': png });
    const dir = writeCorpus({ 'essays/b.png': png });
    dirs.push(outside, dir);
    const up = path.relative(path.join(dir, 'essays'), path.join(outside, 'secret.png'));
    writeFileSync(path.join(dir, 'essays/a.md'), essay('A', `![Secret](${up})\n\n![Linked](./linked.png)\n\n![Fine](b.png)\n`));
    symlinkSync(path.join(outside, 'secret.png'), path.join(dir, 'essays/linked.png'));
    const site = await compileSite({ contentDir: dir, root: dir });
    expect(site.problems.map((problem) => [problem.code, problem.file, problem.line])).toEqual([
      ['image-outside-content', 'essays/a.md', 5],
      ['image-outside-content', 'essays/a.md', 7],
    ]);
  });

  it('warns of every image without alt text, beside the file or not, and goes on', async () => {
    const site = await compile({ 'essays/a.md': essay('A', '![](./a.png)\n\n<img src="https://x.org/b.png">\n'), 'essays/a.png': png });
    expect(site.problems).toEqual([]);
    expect(site.warnings.map((warning) => [warning.code, warning.file, warning.line])).toEqual([
      ['missing-alt', 'essays/a.md', 5],
      ['missing-alt', 'essays/a.md', 7],
    ]);
    expect(site.warnings[0]!.fix).toBe(
      'describe it between the brackets: `![What the image shows](./a.png)` (or `alt="…"` on an `<img>`).',
    );
  });

  it('checks again on every compile, so adding the missing file fixes the build', async () => {
    const dir = writeCorpus({ 'essays/a.md': essay('A', '![Chart](./chart.png)\n') });
    dirs.push(dir);
    const { CompileCache } = await import('./compile-cache.ts');
    const cache = new CompileCache();
    expect((await compileSite({ contentDir: dir, root: dir, cache })).problems.map((problem) => problem.code)).toEqual(['missing-image']);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/essays/chart.png`, png);
    expect((await compileSite({ contentDir: dir, root: dir, cache })).problems).toEqual([]);
  });
});
