/**
 * `aspects.yml` is checked whole: every problem is reported at once, on its
 * entry's line, in words an author can act on.
 */
import { describe, expect, it } from 'vitest';
import { aliasMap, parseAspectSettings } from './aspects.ts';

const read = (text: string) => parseAspectSettings(text, 'content/aspects.yml');
const details = (text: string) => read(text).problems.map(({ line, message }) => [line, message]);

describe('aspects.yml', () => {
  it('reads names, definitions and old slugs', () => {
    const { settings, problems } = read('risk:\n  name: Risk\n  definition: What each side stakes.\n  aliases: [gamble, wager]\ntime:\n');
    expect(problems).toEqual([]);
    expect(settings['risk']).toEqual({ name: 'Risk', definition: 'What each side stakes.', aliases: ['gamble', 'wager'] });
    expect([...aliasMap(settings)]).toEqual([
      ['gamble', 'risk'],
      ['wager', 'risk'],
    ]);
  });

  it("files a row written with an aspect's display name under its slug, unless that name is another aspect's slug or old slug", () => {
    const { settings } = read(
      'risk-appetite:\n  name: Appetite for risk\n  aliases: [gamble]\ntime:\n  name: Risk\nrisk:\n  name: Gamble\nsame:\n  name: Same\n',
    );
    expect([...aliasMap(settings)]).toEqual([
      ['gamble', 'risk-appetite'],
      ['appetite-for-risk', 'risk-appetite'],
    ]);
  });

  it('reports every problem at once, each on its line, saying what to write', () => {
    const found = details(
      [
        'vision:',
        '  definition: 42',
        '  colour: blue',
        'Risk Taking:',
        '  aliases: [gamble]',
        'time:',
        '  nmae: Time',
        '  aliases: {}',
      ].join('\n'),
    );
    expect(found).toEqual([
      [2, expect.stringContaining('`vision.definition` must be text; put it in quotes')],
      [
        3,
        expect.stringContaining(
          '`vision` has a setting `colour` the build does not know; an aspect has `name`, `definition` and `aliases`.',
        ),
      ],
      [8, expect.stringContaining('`time.aliases` must be an old slug or a list of them')],
      [7, expect.stringContaining('`time` has a setting `nmae` the build does not know (did you mean `name`?)')],
      [4, expect.stringContaining('`Risk Taking` is not a slug; write it as `risk-taking`.')],
    ]);
    expect(read('vision:\n  definition: 42').problems[0]?.fix).toContain('definition: One sentence');
  });

  it('names an old slug that is not a slug, or is listed twice, as it was written', () => {
    expect(details('risk:\n  aliases: [vision, Gamble!, gamble, gamble]\n').map(([, message]) => message)).toEqual([
      expect.stringContaining('the old slug `Gamble!` under `risk` is not a slug; write it as `gamble`.'),
      expect.stringContaining('the old slug `gamble` is listed twice under `risk`.'),
    ]);
    expect(details('risk:\n  aliases: [gamble]\nreward:\n  aliases: gamble\n')).toEqual([
      [3, expect.stringContaining('the old slug `gamble` is listed under both `risk` and `reward`.')],
    ]);
  });

  it('says how to settle an old slug claimed twice, or by an aspect, and an entry written twice', () => {
    const fixes = (text: string) => read(text).problems.map(({ line, message, fix }) => [line, message, fix]);
    expect(fixes('risk:\n  aliases: [gamble]\nreward:\n  aliases: [gamble, bonus, bonus]\nbonus:\n  name: Bonus\n')).toEqual([
      [
        3,
        'aspects.yml is not valid: the old slug `gamble` is listed under both `risk` and `reward`.',
        'keep `gamble` under the one aspect its old links should now lead to, and remove it from the other.',
      ],
      [3, 'aspects.yml is not valid: the old slug `bonus` is listed twice under `reward`.', 'remove one of the two.'],
      [
        5,
        'aspects.yml is not valid: `bonus` is both an aspect and an old slug of `reward`.',
        'an old slug leads to the aspect it was renamed to, so it cannot be an aspect too: remove `bonus` from the aliases of `reward`, or remove the `bonus` entry.',
      ],
    ]);
    expect(fixes('risk:\n  name: Risk\ntime:\n  name: Time\nrisk:\n  name: Other\n')).toEqual([
      [5, 'aspects.yml is not valid: `risk` is set twice (first on line 1).', 'merge the two `risk` entries into one.'],
    ]);
  });

  it('refuses a slug or an old slug too long to name a file, as a row with such an aspect is refused', () => {
    const long = 'a-very-long-name'.repeat(13);
    expect(details(`risk:\n  aliases: [${long}]\n${long}x:\n  name: X\n`)).toEqual([
      [
        1,
        `aspects.yml is not valid: the old slug \`${long.slice(0, 60)}…\` under \`risk\` is 208 bytes long, over the 200 a slug may have (it names its pages' files).`,
      ],
      [
        3,
        `aspects.yml is not valid: the slug \`${long.slice(0, 60)}…\` is 209 bytes long, over the 200 a slug may have (it names its pages' files).`,
      ],
    ]);
    expect(read(`risk:\n  aliases: [${long.slice(0, 200)}]\n`).problems).toEqual([]);
  });

  it('reports YAML mistakes as the frontmatter does: a quote never closed where it opened, no parser coordinates', () => {
    expect(details('risk:\n  name: "Risk\ntime:\n  name: Time\n')).toEqual([
      [2, 'aspects.yml is not valid: the " that opens a value on this line is never closed'],
    ]);
    expect(details('risk:\n  name: Risk: and reward\n')).toEqual([
      [2, 'aspects.yml is not valid: Nested mappings are not allowed in compact mappings'],
    ]);
    expect(details('risk:\n  aliases: *gamble\n')).toEqual([
      [
        2,
        'aspects.yml is not valid: `*gamble` reads as an alias of an anchor `&gamble` that is not set before it; put the value in quotes if the `*` is part of it.',
      ],
    ]);
  });
});
