/**
 * The ranker's walk skips records below the best `limit` as it goes; with a
 * cap per document it must still return exactly what sorting every record
 * and keeping each document's best few would.
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_CONFIG } from './config.ts';
import { Ranker, type Postings } from './rank.ts';

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function postingsOf(impacts: readonly number[]): Postings {
  const records = Int32Array.from(impacts.keys());
  return { posting: (term) => (term === 'word' ? { records, impacts: Uint8Array.from(impacts) } : undefined), idf: () => 1 };
}

describe('Ranker with a cap per document', () => {
  it('keeps each document’s best records and the best of the rest, as a full sort would', () => {
    const next = random(7);
    for (let trial = 0; trial < 200; trial += 1) {
      const count = 1 + Math.floor(next() * 400);
      const impacts = Array.from({ length: count }, () => 1 + Math.floor(next() * SEARCH_CONFIG.impactLevels));
      const perDocument = 1 + Math.floor(next() * 4);
      const limit = 1 + Math.floor(next() * 20);
      // Documents of uneven length: a few long ones, many short.
      const documentOf = (record: number): number => (record < count / 2 ? record % 3 : record);
      const ranked = new Ranker(count).rank(
        postingsOf(impacts),
        [{ source: 'word', options: [{ terms: ['word'], quality: 1 }] }],
        [1],
        limit,
        { perDocument, documentOf },
      );
      const seen = new Map<number, number>();
      const expected = [...impacts.keys()]
        .sort((a, b) => impacts[b]! - impacts[a]! || a - b)
        .filter((record) => {
          const doc = documentOf(record);
          seen.set(doc, (seen.get(doc) ?? 0) + 1);
          return seen.get(doc)! <= perDocument;
        })
        .slice(0, limit);
      expect(ranked.map((hit) => hit.record)).toEqual(expected);
    }
  });
});
