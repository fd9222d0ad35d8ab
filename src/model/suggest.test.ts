import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './suggest.ts';

describe('editDistance', () => {
  it.each([
    ['titel', 'title', 2],
    ['title', 'title', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s ↔ %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('nearest', () => {
  const keys = ['title', 'description', 'date', 'updated', 'author', 'tags', 'sources', 'draft'];
  it.each([
    ['titel', 'title'],
    ['descripton', 'description'],
    ['tag', 'tags'],
    ['Source', 'sources'],
    ['publisher', undefined],
  ])('%s → %s', (input, expected) => expect(nearest(input, keys)).toBe(expected));
});
