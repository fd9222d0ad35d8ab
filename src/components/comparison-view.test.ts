/** What a screen reader's list of tables names an essay's contrast tables. */
import { describe, expect, it } from 'vitest';
import type { Essay } from '../model/schemas.ts';
import { slugify } from '../model/slug.ts';
import { essayTableCaption } from './comparison-view.ts';

/** An essay whose contrast tables argue these aspects, table by table. */
const essay = (...tables: string[][]): Essay => {
  const aspects = tables.flat();
  let next = 0;
  return {
    title: 'Who draws the map',
    contrasts: aspects.map((aspect) => ({ aspect, aspectSlug: slugify(aspect) })),
    tables: tables.map((table) => table.map(() => next++)),
  } as unknown as Essay;
};

describe('essayTableCaption', () => {
  it('names the essay of its one table', () => {
    expect(essayTableCaption(essay(['Risk', 'Time']), 0)).toBe('Leadership and management compared in “Who draws the map”');
  });

  it('tells an essay’s tables apart by the aspects each compares, the first three and a count of the rest', () => {
    const several = essay(['Risk'], ['Time', 'Trust'], ['Vision', 'Goals', 'Role', 'Change', 'Value']);
    expect([0, 1, 2].map((table) => essayTableCaption(several, table))).toEqual([
      'Leadership and management compared in “Who draws the map”: Risk',
      'Leadership and management compared in “Who draws the map”: Time and Trust',
      'Leadership and management compared in “Who draws the map”: Vision, Goals, Role, and 2 more',
    ]);
  });
});
