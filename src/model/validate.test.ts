import { describe, expect, it } from 'vitest';
import { formatProblem } from './errors.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { ConceptFrontmatterSchema, EssayFrontmatterSchema } from './schemas.ts';
import { parseWithFriendlyErrors } from './validate.ts';

function check(yaml: string, schema: typeof EssayFrontmatterSchema | typeof ConceptFrontmatterSchema = EssayFrontmatterSchema) {
  const split = splitFrontmatter(`---\n${yaml}\n---\n`, 'content/essays/x.md');
  return parseWithFriendlyErrors(schema, split.data, 'content/essays/x.md', split.lineOf);
}

describe('parseWithFriendlyErrors', () => {
  it('passes valid frontmatter through', () => {
    const result = check(
      'title: A\ndate: 2026-02-28\ntags: vision\nsources:\n  - title: B\n    year: 2011\n    url: https://example.com/b',
    );
    expect(result.problems).toEqual([]);
    expect(result.value).toMatchObject({ title: 'A', date: '2026-02-28', tags: ['vision'] });
  });

  it('reads tags or aliases written as one line of commas as a list, not as one tag', () => {
    expect(check('title: A\ntags: vision, strategy').value).toMatchObject({ tags: ['vision', 'strategy'] });
    expect(check('title: A\ntags: vision,').value).toMatchObject({ tags: ['vision'] });
    expect(check('title: V\naliases: direction, big picture', ConceptFrontmatterSchema).value).toMatchObject({
      aliases: ['direction', 'big picture'],
    });
  });

  it('keeps where a source appeared and a note on the version cited', () => {
    const result = check('title: A\nsources:\n  - title: B\n    venue: " Harvard Business Review "\n    note: reprinted 2004');
    expect(result.problems).toEqual([]);
    expect(result.value).toMatchObject({ sources: [{ title: 'B', venue: 'Harvard Business Review', note: 'reprinted 2004' }] });
    expect(check('title: A\nsources:\n  - title: B\n    venue: ""').problems[0]).toMatchObject({ code: 'wrong-type', line: 5 });
    expect(check('title: A\nsources:\n  - title: B\n    venu: HBR').problems[0]?.fix).toContain('did you mean `venue`?');
  });

  it('names an unknown key, its line and the nearest known key', () => {
    const result = check('title: A\ntitel: B');
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ code: 'unknown-key', file: 'content/essays/x.md', line: 3 });
    expect(formatProblem(problem!)).toContain('did you mean `title`?');
    expect(formatProblem(problem!)).toMatch(/^content\/essays\/x\.md:3: unknown frontmatter key `titel`/);
  });

  it.each([
    ['published: false', 'use `draft: true` to leave it out of the build, or remove the key to publish it.'],
    ['slug: other-url', 'the file name is the URL: rename the file to change it, and remove the key.'],
    ['permalink: /x/', 'the file name is the URL: rename the file to change it, and remove the key.'],
    [
      'categories: [a]',
      'did you mean `tags`? Known keys: `title`, `description`, `date`, `updated`, `author`, `tags`, `sources`, `draft`.',
    ],
    [
      'summary: x',
      'did you mean `description`? Known keys: `title`, `description`, `date`, `updated`, `author`, `tags`, `sources`, `draft`.',
    ],
    [
      'lastmod: 2026-01-01',
      'did you mean `updated`? Known keys: `title`, `description`, `date`, `updated`, `author`, `tags`, `sources`, `draft`.',
    ],
  ])('says what a key other site generators use is here (%s)', (line, fix) => {
    const [problem] = check(`title: A\n${line}`).problems;
    expect(problem).toMatchObject({ code: 'unknown-key', line: 3, fix });
  });

  it('suggests keys inside a source entry', () => {
    const [problem] = check('title: A\nsources:\n  - title: B\n    autor: C').problems;
    expect(problem).toMatchObject({ code: 'unknown-key', line: 5 });
    expect(problem?.message).toContain('sources[0].autor');
    expect(problem?.fix).toContain('did you mean `author`?');
  });

  it('reads a line break in a text (Word writes U+000B) as a space, and drops other control characters', () => {
    const result = check('title: "Two\\vverbs\\x01"\nauthor: "Mallory\\r\\nExample"\ndescription: "A\\tsummary\\u0007."');
    expect(result.problems).toEqual([]);
    expect(result.value).toMatchObject({ title: 'Two verbs', author: 'Mallory Example', description: 'A summary.' });
    // Nothing left is nothing written.
    expect(check('title: A\nauthor: "\\x01"').problems[0]).toMatchObject({ code: 'wrong-type', line: 3 });
  });

  it('explains a wrong type in plain words', () => {
    const [problem] = check('title: A\ndraft: yes please').problems;
    expect(problem).toMatchObject({ code: 'wrong-type', line: 3 });
    expect(problem?.message).toBe('`draft` must be `true` or `false`, but it is the text `yes please`.');
  });

  it.each([
    ['title: 1984', '`title`', '1984'],
    ['title: true', '`title`', 'true'],
    ['author: 12', '`author`', '12'],
    ['tags: [vision, 42]', '`tags[1]`', '42'],
  ])('tells how to make text of what YAML read as a number or true/false (%s)', (line, key, written) => {
    const [problem] = check(`title: A\n${line}`.replace(/^title: A\ntitle/, 'title')).problems;
    expect(problem?.code).toBe('wrong-type');
    expect(problem?.fix).toBe(`put ${key}'s value in quotes, \`"${written}"\`, so that YAML reads it as text.`);
  });

  it('rejects impossible and badly written dates', () => {
    expect(check('title: A\ndate: 2026-02-30').problems[0]?.message).toContain('a date written `YYYY-MM-DD`');
    expect(check('title: A\ndate: 7 Sept 2026').problems[0]?.code).toBe('wrong-type');
  });

  it.each([
    ['2026-02-30', 'February 2026 has 28 days'],
    ['2028-02-30', 'February 2028 has 29 days'],
    ['2026-04-31', 'April 2026 has 30 days'],
    ['2026-13-01', 'there is no month 13'],
    ['2026-00-10', 'there is no month 0'],
    ['2026-05-00', 'there is no day 0'],
  ])('says why %s, written as asked, is not a date', (date, why) => {
    expect(check(`title: A\nupdated: ${date}`).problems).toEqual([
      {
        code: 'impossible-date',
        file: 'content/essays/x.md',
        line: 3,
        message: `\`updated\` is \`${date}\`, a date written \`YYYY-MM-DD\` but not on the calendar: ${why}.`,
        fix: 'correct the day or the month.',
      },
    ]);
  });

  it('reports an update dated before publication, as dates swapped by mistake read', () => {
    expect(check('title: A\ndate: 2026-11-02\nupdated: 2026-01-15').problems).toEqual([
      {
        code: 'updated-before-date',
        file: 'content/essays/x.md',
        line: 4,
        message: '`updated` is 2026-01-15, before `date` (2026-11-02): an essay cannot be revised before it is published.',
        fix: 'swap the two dates if they were exchanged, or correct `updated`.',
      },
    ]);
    expect(check('title: A\ndate: 2026-11-02\nupdated: 2026-11-02').problems).toEqual([]);
  });

  it('reports a badly written date once, not once per rule it breaks', () => {
    expect(check('title: A\ndate: 2026-01-01T10:00\nupdated: 01/02/2026').problems.map((p) => [p.line, p.message])).toEqual([
      [3, '`date` must be a date written `YYYY-MM-DD`, but it is the text `2026-01-01T10:00`.'],
      [4, '`updated` must be a date written `YYYY-MM-DD`, but it is the text `01/02/2026`.'],
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', '/relative', 'ftp://example.com'])('refuses the source URL %s', (url) => {
    const [problem] = check(`title: A\nsources:\n  - title: B\n    url: "${url}"`).problems;
    expect(problem).toMatchObject({ code: 'bad-source-url', line: 5 });
  });

  it('validates concept frontmatter with its own keys', () => {
    expect(check('title: Vision\naliases: [direction]', ConceptFrontmatterSchema).problems).toEqual([]);
    expect(check('title: Vision\nalias: [direction]', ConceptFrontmatterSchema).problems[0]?.fix).toContain('`aliases`');
  });
});
