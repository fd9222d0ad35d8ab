import { describe, expect, it } from 'vitest';
import {
  decodeNumbers,
  decodePostings,
  encodeNumbers,
  encodePostings,
  frontCode,
  frontDecode,
  MAX_IMPACT,
  shardOf,
  type ShardEntry,
} from './format.ts';

describe('postings', () => {
  it('round-trips records and impacts, including large gaps', () => {
    const pairs: Array<[number, number]> = [
      [0, 3],
      [1, 1],
      [7, 31],
      [8, 17],
      [1_000, 1],
      [250_000, 2],
    ];
    const encoded = encodePostings([...pairs].reverse());
    expect(encoded).toMatch(/^[0-9a-zA-Z_-]+$/);
    const decoded = decodePostings(encoded);
    expect([...decoded.records]).toEqual(pairs.map(([record]) => record));
    expect([...decoded.impacts]).toEqual(pairs.map(([, impact]) => impact));
  });

  it('spends two characters on a small gap', () => {
    expect(
      encodePostings([
        [0, 1],
        [1, 2],
        [2, 3],
      ]),
    ).toHaveLength(5);
  });

  it('refuses an impact it cannot store, and corrupt input', () => {
    expect(() => encodePostings([[0, 0]])).toThrow(RangeError);
    expect(() => encodePostings([[0, MAX_IMPACT + 1]])).toThrow(RangeError);
    expect(() => decodePostings('ab"c')).toThrow(/Corrupt/);
  });
});

describe('numbers', () => {
  it('round-trip, small and large', () => {
    const values = [0, 1, 31, 32, 1_000, 123_456_789];
    expect(decodeNumbers(encodeNumbers(values))).toEqual(values);
    expect(encodeNumbers([5, 7, 9])).toBe('579');
  });
});

describe('front coding', () => {
  it.each([
    [[]],
    [['a']],
    [['lead', 'leader', 'leadership', 'leading', 'manage']],
    [['x'.repeat(50), `${'x'.repeat(50)}y`, 'z']],
    [['führung', 'führungs', '領導', '領導力']],
  ])('round-trips %j', (terms) => {
    expect(frontDecode(frontCode(terms))).toEqual(terms);
  });
});

describe('shardOf', () => {
  const shards: ShardEntry[] = [
    ['', 'a0'],
    ['d', 'b1'],
    ['lea', 'c2'],
    ['leb', 'd3'],
    ['t', 'e4'],
  ];
  it.each([
    ['2026', 0],
    ['crew', 0],
    ['d', 1],
    ['le', 1],
    ['leadership', 2],
    ['leaz', 2],
    ['leb', 3],
    ['manage', 3],
    ['trust', 4],
    ['領導', 4],
  ])('%s is in shard %i', (term, index) => expect(shardOf(shards, term)).toBe(index));
});
