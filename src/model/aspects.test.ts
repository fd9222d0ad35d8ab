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
});
