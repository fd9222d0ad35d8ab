/**
 * Ranking: scores every record the query's groups reach, keeps those that
 * cover most of the query (and hold every quoted phrase), and returns the
 * best few. Scores accumulate in typed arrays the size of the index, reused
 * across queries, so a word held by tens of thousands of records is still
 * one keystroke's work; only the winners get their matched terms listed.
 */
import { SEARCH_CONFIG } from './config.ts';

/** What ranking needs of the index: postings and idf of loaded terms. */
export interface Postings {
  posting(term: string): { readonly records: Int32Array; readonly impacts: Uint8Array } | undefined;
  idf(term: string): number | undefined;
}

export interface Option {
  readonly terms: readonly string[];
  readonly quality: number;
}

/** One word or quoted phrase of the query, and the terms that may stand for it. */
export interface QueryGroup {
  readonly source: string;
  readonly options: readonly Option[];
  /** A quoted phrase: every record kept must hold all of its words. */
  readonly phrase?: boolean;
}

export interface Ranked {
  readonly record: number;
  readonly score: number;
  /** The terms of the query the record holds, for highlighting. */
  readonly terms: readonly string[];
}

/** Records holding every term of a multi-word option, with their summed impact × idf. */
function intersect(index: Postings, terms: readonly string[]): Map<number, number> {
  let scores: Map<number, number> | undefined;
  for (const term of terms) {
    const posting = index.posting(term);
    if (!posting) return new Map();
    const idf = index.idf(term)!;
    const next = new Map<number, number>();
    for (let i = 0; i < posting.records.length; i += 1) {
      const record = posting.records[i]!;
      if (!scores || scores.has(record))
        next.set(record, (scores?.get(record) ?? 0) + (posting.impacts[i]! / SEARCH_CONFIG.impactLevels) * idf);
    }
    scores = next;
  }
  return scores ?? new Map();
}

/** True when the term's sorted postings hold `record`. */
function holds(index: Postings, term: string, record: number): boolean {
  const records = index.posting(term)?.records;
  if (!records) return false;
  let low = 0;
  let high = records.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (records[mid] === record) return true;
    if (records[mid]! < record) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

export class Ranker {
  readonly #score: Float64Array;
  readonly #covered: Float64Array;
  readonly #phrases: Uint8Array;
  /** The group that last scored each record: a record counts once per group, by its best option. */
  readonly #seen: Int32Array;
  #stamp = 0;

  constructor(records: number) {
    this.#score = new Float64Array(records);
    this.#covered = new Float64Array(records);
    this.#phrases = new Uint8Array(records);
    this.#seen = new Int32Array(records);
  }

  rank(index: Postings, groups: readonly QueryGroup[], weights: readonly number[], limit: number, cap?: DocumentCap): Ranked[] {
    const touched: number[] = [];
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    groups.forEach((group, g) => {
      const stamp = (this.#stamp += 1);
      const add = (record: number, score: number): void => {
        if (this.#seen[record] === stamp) return;
        if (this.#seen[record]! <= stamp - g - 1) touched.push(record);
        this.#seen[record] = stamp;
        this.#score[record] = this.#score[record]! + score;
        this.#covered[record] = this.#covered[record]! + weights[g]!;
        if (group.phrase) this.#phrases[record] = this.#phrases[record]! + 1;
      };
      // Best-quality options first: a record holding the word itself is scored by it, never by a rarer completion or correction.
      for (const option of [...group.options].sort((a, b) => b.quality - a.quality)) {
        const factor = option.quality * option.quality;
        if (option.terms.length > 1) {
          for (const [record, score] of intersect(index, option.terms)) add(record, score * factor);
          continue;
        }
        const term = option.terms[0]!;
        const posting = index.posting(term);
        if (!posting) continue;
        const weight = (index.idf(term)! / SEARCH_CONFIG.impactLevels) * factor;
        for (let i = 0; i < posting.records.length; i += 1) add(posting.records[i]!, posting.impacts[i]! * weight);
      }
    });
    const phraseCount = groups.filter((group) => group.phrase).length;
    const best = this.#best(touched, totalWeight, phraseCount, limit, cap);
    for (const record of touched) {
      this.#score[record] = 0;
      this.#covered[record] = 0;
      this.#phrases[record] = 0;
    }
    return best.map(({ record, score }) => ({
      record,
      score: Math.round(score * 1000) / 1000,
      terms: matchedTerms(index, groups, record),
    }));
  }

  /**
   * The `limit` best records that cover enough of the query, best first (ties:
   * record order), at most `cap.perDocument` of one document. Records below
   * the `limit`-th kept score are skipped unread: with the cap applied in the
   * same walk, that floor only rises, so none of them could have been shown.
   */
  #best(
    touched: readonly number[],
    totalWeight: number,
    phraseCount: number,
    limit: number,
    cap: DocumentCap | undefined,
  ): Array<{ record: number; score: number }> {
    let kept: Array<{ record: number; score: number }> = [];
    let floor = -Infinity;
    for (const record of touched) {
      const coverage = this.#covered[record]! / totalWeight;
      if (coverage < SEARCH_CONFIG.minCoverage || this.#phrases[record] !== phraseCount) continue;
      const score = this.#score[record]! * coverage * coverage;
      if (kept.length >= limit && score < floor) continue;
      kept.push({ record, score });
      if (kept.length > limit * 4) {
        kept = capped(kept.sort(byScore), limit, cap);
        if (kept.length === limit) floor = kept.at(-1)!.score;
      }
    }
    return capped(kept.sort(byScore), limit, cap);
  }
}

/** How many records of one document a result list may hold, and which document a record belongs to. */
export interface DocumentCap {
  readonly perDocument: number;
  documentOf(record: number): number;
}

/** The first `limit` of sorted records, skipping a document's records past its `cap.perDocument` best. */
function capped<T extends { record: number }>(sorted: readonly T[], limit: number, cap: DocumentCap | undefined): T[] {
  if (!cap) return sorted.slice(0, limit);
  const perDocument = new Map<number, number>();
  const kept: T[] = [];
  for (const item of sorted) {
    if (kept.length >= limit) break;
    const doc = cap.documentOf(item.record);
    const count = perDocument.get(doc) ?? 0;
    if (count >= cap.perDocument) continue;
    perDocument.set(doc, count + 1);
    kept.push(item);
  }
  return kept;
}

const byScore = (a: { record: number; score: number }, b: { record: number; score: number }): number =>
  b.score - a.score || a.record - b.record;

/** Every term of the query's options that `record` holds. */
function matchedTerms(index: Postings, groups: readonly QueryGroup[], record: number): string[] {
  const found = new Set<string>();
  for (const group of groups) {
    for (const option of group.options)
      if (option.terms.every((term) => holds(index, term, record))) option.terms.forEach((term) => found.add(term));
  }
  return [...found];
}
