import { describe, expect, it } from 'vitest';
import { normalizeSource, splitFrontmatter } from './frontmatter.ts';

describe('normalizeSource', () => {
  it('strips a BOM and turns CRLF and CR into LF', () => {
    expect(normalizeSource('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});

describe('splitFrontmatter', () => {
  it('reads YAML and keeps body lines where they were in the file', () => {
    const split = splitFrontmatter('---\ntitle: Hello\ntags: [a, b]\n---\n\n# Body\n', 'x.md');
    expect(split.problems).toEqual([]);
    expect(split.data).toEqual({ title: 'Hello', tags: ['a', 'b'] });
    expect(split.body.split('\n')[5]).toBe('# Body');
  });

  it('accepts CRLF line endings and a BOM', () => {
    const split = splitFrontmatter('\uFEFF---\r\ntitle: Crème\r\n---\r\nBody\r\n', 'x.md');
    expect(split.problems).toEqual([]);
    expect(split.data).toEqual({ title: 'Crème' });
    expect(split.body).toBe('\n\n\nBody\n');
  });

  it('treats a file without frontmatter as all body', () => {
    const split = splitFrontmatter('# Title\n\nText', 'x.md');
    expect(split.data).toEqual({});
    expect(split.body).toBe('# Title\n\nText');
  });

  it('finds the line of a key, including nested list items', () => {
    const split = splitFrontmatter('---\ntitle: A\nsources:\n  - title: B\n    url: ftp://x\n---\n', 'x.md');
    expect(split.lineOf(['title'])).toBe(2);
    expect(split.lineOf(['sources', 0, 'url'])).toBe(5);
  });

  it('reports an alias with no anchor, or aliases that expand without end, with the file and line, where reading them threw', () => {
    const unresolved = splitFrontmatter('---\ntitle: A\ntags: *vision\n---\n', 'essays/x.md');
    expect(unresolved.problems).toEqual([
      expect.objectContaining({
        code: 'invalid-yaml',
        file: 'essays/x.md',
        line: 3,
        message:
          'the frontmatter is not valid YAML: `*vision` reads as an alias of an anchor `&vision` that is not set before it; put the value in quotes if the `*` is part of it.',
      }),
    ]);
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${`*${'abcdefghi'[i]}, `.repeat(9)}]`),
    ];
    const bomb = splitFrontmatter(`---\ntitle: A\n${laughs.join('\n')}\n---\n`, 'essays/x.md');
    expect(bomb.problems).toEqual([expect.objectContaining({ code: 'invalid-yaml', file: 'essays/x.md', line: 4 })]);
    expect(bomb.problems[0]!.message).toContain('its aliases (`*name`) repeat an anchor more often than the YAML reader allows');
  });

  it('reports invalid YAML with the file line', () => {
    const split = splitFrontmatter('---\ntitle: A\ntags: [a, b\ndate: 2026-01-01\n---\n', 'essays/x.md');
    expect(split.problems).toHaveLength(1);
    expect(split.problems[0]).toMatchObject({ code: 'invalid-yaml', file: 'essays/x.md' });
    expect(split.problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a quote never closed on the line that opened it, not where the YAML ends', () => {
    for (const [yaml, quote] of [
      ['title: "Unclosed\ndate: 2026-01-01\ntags: [a]', '"'],
      ["date: 2026-01-01\ntitle: 'Unclosed\ntags: [a]", "'"],
    ] as const) {
      const split = splitFrontmatter(`---\n${yaml}\n---\nBody`, 'x.md');
      expect(split.problems).toMatchObject([{ code: 'invalid-yaml', line: yaml.startsWith('title') ? 2 : 3 }]);
      expect(split.problems[0]?.message).toContain(`the ${quote} that opens a value on this line is never closed`);
    }
  });

  it('reports a duplicate key as invalid YAML on its line', () => {
    const split = splitFrontmatter('---\ntitle: A\ntitle: B\n---\n', 'x.md');
    expect(split.problems[0]).toMatchObject({ code: 'invalid-yaml', line: 3 });
  });

  it('names a key given twice, where it was first, and says to keep one', () => {
    const split = splitFrontmatter('---\ntitle: A\ndate: 2026-01-01\ntitle: B\n---\n', 'x.md');
    expect(split.problems).toEqual([
      {
        code: 'invalid-yaml',
        file: 'x.md',
        line: 4,
        message: 'the frontmatter is not valid YAML: `title` is set twice (first on line 2).',
        fix: 'keep one of the two lines and delete the other.',
      },
    ]);
    const nested = splitFrontmatter('---\ntitle: A\nsources:\n  - title: B\n    year: 1990\n    title: C\n---\n', 'x.md');
    expect(nested.problems).toMatchObject([
      { line: 6, message: expect.stringContaining('`sources[0].title` is set twice (first on line 4)') },
    ]);
  });

  it('reports frontmatter that never closes', () => {
    expect(splitFrontmatter('---\ntitle: A\n\nBody', 'x.md').problems[0]).toMatchObject({ code: 'unclosed-frontmatter', line: 1 });
  });

  it('reports frontmatter that is not key: value pairs', () => {
    expect(splitFrontmatter('---\n- a\n- b\n---\n', 'x.md').problems[0]).toMatchObject({ code: 'frontmatter-not-a-map' });
  });
});
