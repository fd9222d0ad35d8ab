import { describe, expect, it } from 'vitest';
import { indexable, packBySize, separatingPrefix } from './build-index.ts';

describe('separatingPrefix', () => {
  it.each([
    ['coz', 'cp', 'cp'],
    ['apple', 'banana', 'b'],
    ['leader', 'leadership', 'leaders'],
    ['lea', 'leb', 'leb'],
    ['z', '領導', '領'],
  ])('between %s and %s: %s', (previous, first, prefix) => {
    const found = separatingPrefix(previous, first);
    expect(found).toBe(prefix);
    expect(found > previous).toBe(true);
    expect(first.startsWith(found)).toBe(true);
  });
});

describe('packBySize', () => {
  it('keeps order, stays under the limit, and gives an oversized item its own group', () => {
    const items = [3, 4, 2, 9, 12, 1, 1, 5];
    const groups = packBySize(items, (n) => n, 10);
    expect(groups.flat()).toEqual(items);
    expect(groups).toEqual([[3, 4, 2], [9], [12], [1, 1, 5]]);
  });

  it('gives nothing for nothing', () => expect(packBySize([], () => 1, 10)).toEqual([]));
});

describe('indexable', () => {
  it('keeps every word but stop words and single Latin letters or digits, folded and singular', () => {
    expect(indexable('The leaders of Zürich, and a 2026 plan: 5 goals. 領')).toEqual(['leader', 'zurich', '2026', 'plan', 'goal', '領']);
  });
});
