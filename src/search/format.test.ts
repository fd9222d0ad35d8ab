import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings, frontCode, frontDecode, restoreFuseIndex, shardKey } from './format.ts';

describe('postings', () => {
  it('round-trips records and weights, including large gaps', () => {
    const pairs: Array<[number, number]> = [[0, 3], [1, 1], [7, 2], [8, 3], [1_000, 1], [250_000, 2]];
    const encoded = encodePostings([...pairs].reverse());
    expect(encoded).toMatch(/^[0-9a-zA-Z_-]+$/);
    const decoded = decodePostings(encoded);
    expect([...decoded.records]).toEqual(pairs.map(([record]) => record));
    expect([...decoded.weights]).toEqual(pairs.map(([, weight]) => weight));
  });

  it('spends one character on a small gap', () => {
    expect(encodePostings([[0, 1], [1, 2], [2, 3]])).toHaveLength(3);
  });

  it('refuses corrupt input', () => {
    expect(() => decodePostings('ab"c')).toThrow(/Corrupt/);
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

describe('the prebuilt fuse.js index', () => {
  const terms = ['accountability', 'leader', 'leadership', 'risk', 'vision'];

  it('is restored exactly from its terms', () => {
    expect(restoreFuseIndex(terms)).toEqual(Fuse.createIndex([], terms).toJSON());
  });

  it('searches the same after Fuse.parseIndex as a fresh index', () => {
    const options = { includeScore: true, ignoreLocation: true, threshold: 0.34 };
    const fresh = new Fuse(terms, options).search('leadrship');
    const parsed = new Fuse(terms, options, Fuse.parseIndex(restoreFuseIndex(terms) as never)).search('leadrship');
    expect(parsed).toEqual(fresh);
    expect(parsed[0]?.item).toBe('leadership');
  });
});

describe('shardKey', () => {
  it.each([
    ['leadership', 'l'],
    ['2026', '2'],
    ['領導', '_'],
    ['ωmega', '_'],
  ])('%s → %s', (term, key) => expect(shardKey(term)).toBe(key));
});
