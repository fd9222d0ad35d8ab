/**
 * The link gate knows the ids of every kind of page, as the templates make
 * them, conditions included, and the old anchors of renamed aspects; links
 * written in home.md are checked like any other.
 */
import { describe, expect, it } from 'vitest';
import { compileSite } from './load.ts';
import { essay, writeCorpus } from '../../tests/support/corpus.ts';
import { removedAfterEach } from '../../tests/support/temp-folders.ts';

const dirs = removedAfterEach();

const table = '| Aspect | Leadership | Management |\n| - | - | - |\n| Risk & reward | a | b |\n';

/** One essay arguing one aspect (renamed from `gamble`), one concept nobody tags, and `links` written in a second essay. */
async function problemsOf(links: string, extra: Record<string, string> = {}) {
  const dir = writeCorpus({
    'aspects.yml': 'risk-reward:\n  aliases: [gamble]\n',
    'essays/first.md': essay('First', `Intro.\n\n${table}`),
    'essays/second.md': essay('Second', `Intro.\n\n${links}\n`),
    'concepts/vision.md': '---\ntitle: Vision\n---\nA picture of the future.',
    ...extra,
  });
  dirs.push(dir);
  const site = await compileSite({ contentDir: dir, root: dir });
  return site.problems.map((problem) => `${problem.file}:${problem.line} ${problem.code} ${problem.message.match(/`[^`]+`/)?.[0]}`);
}

describe('the link gate on every kind of page', () => {
  it('accepts the ids each page has', async () => {
    const links = [
      '[a](/#headline) [b](/#essays) [c](/essays/#_main) [d](/concepts/#_search) [e](/404.html#_main)',
      '[f](/search/#browse-aspects) [g](/search/#search-page-input) [h](/compare/#risk-reward--title)',
      '[i](/compare/risk-reward/first/#share-title) [j](/compare/risk-reward/#_main) [k](/essays/first/#prev-next)',
    ].join('\n');
    expect(await problemsOf(links)).toEqual([]);
  });

  it('refuses the ids a page has only under conditions this site does not meet, and made-up ones', async () => {
    const links = [
      '[a](/compare/risk-reward/#related-aspects)',
      '[b](/compare/risk-reward/first/#other-views)',
      '[c](/concepts/vision/#tagged)',
      '[d](/search/#nowhere)',
      '[e](/#sources)',
    ].join('\n');
    expect(await problemsOf(links)).toEqual([
      'essays/second.md:7 broken-anchor `/compare/risk-reward/#related-aspects`',
      'essays/second.md:8 broken-anchor `/compare/risk-reward/first/#other-views`',
      'essays/second.md:9 broken-anchor `/concepts/vision/#tagged`',
      'essays/second.md:10 broken-anchor `/search/#nowhere`',
      'essays/second.md:11 broken-anchor `/#sources`',
    ]);
  });

  it('knows a concept lists the essays tagged with it and the passages that mention it', async () => {
    const tagged = essay('Third', 'Our vision is clear.\n\n## A vision\n\nA vision again.\n', 'tags: [vision]\n');
    expect(await problemsOf('[a](/concepts/vision/#tagged) [b](/concepts/vision/#sections)', { 'essays/third.md': tagged })).toEqual([]);
  });

  it("knows a renamed aspect's old anchors and pages", async () => {
    const links = '[a](/essays/first/#contrast-gamble) [b](/compare/#gamble) [c](/compare/gamble/) [d](/compare/gamble/first/#_main)';
    expect(await problemsOf(links)).toEqual([]);
  });

  it('accepts a link to a Korean or Japanese heading as written, and shows a wrong one as written', async () => {
    const korean = essay('Korean', '소개.\n\n## 리더십과 관리\n\n본문.\n\n## ジャズとシャズ\n\n本文。\n');
    const links = '[a](/essays/korean/#리더십과-관리) [b](/essays/korean/#ジャズとシャズ) [c](/essays/korean/#ジャス)';
    expect(await problemsOf(links, { 'essays/korean.md': korean })).toEqual(['essays/second.md:7 broken-anchor `/essays/korean/#ジャス`']);
  });

  it('accepts footnotes whose labels GitHub writes percent-encoded in their ids (an accent, a quote, a `<`)', async () => {
    // The note's id is `user-content-fn-caf%C3%A9`: a browser finds it by the fragment as written before decoding it.
    const notes = 'One.[^café] Two.[^a"b] Three.[^c<d] Four.[^Müller 2001]\n\n[^café]: A.\n[^a"b]: B.\n[^c<d]: C.\n[^Müller 2001]: D.\n';
    expect(await problemsOf(notes)).toEqual([]);
  });

  it('checks the links written in home.md, and knows its headings', async () => {
    const home = 'Welcome.\n\n## Start here\n\nRead [the first](/essays/first/) or [a lost one](/essays/lost/).\n';
    expect(await problemsOf('[a](/#start-here)', { 'home.md': home })).toEqual(['home.md:5 broken-link `/essays/lost/`']);
  });
});
