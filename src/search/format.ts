/**
 * The on-disk search index and its compact encodings, shared by the builder
 * and the engine; round-trip tests guard both directions.
 *
 *   /search/index.json           core: records and synonyms (first open)
 *   /search/<key>-<build>.json   one shard per first letter of a term:
 *                                its vocabulary (a prebuilt fuse.js index,
 *                                stored compactly) and postings (on demand)
 */
import type { FuseIndexRecords } from 'fuse.js';

/**
 * `[kind code, title, parent record or -1, path, snippet]`. `path` is the
 * essay or concept slug; for sections and contrasts it is the anchor, left
 * empty when it is what slugify gives for the title (the engine rebuilds it).
 */
export type StoredRecord = [kind: number, title: string, parent: number, path: string, snippet: string];

export interface CoreIndex {
  /** Format version (SEARCH_CONFIG.version). */
  readonly v: number;
  /** Content hash of the whole index; shard file names carry it, so a cache never mixes builds. */
  readonly build: string;
  readonly records: readonly StoredRecord[];
  /** Keys of the shards that exist. */
  readonly shards: readonly string[];
  /** `[alias phrase, concept title]`, both as folded, stemmed terms joined by spaces. */
  readonly synonyms: ReadonlyArray<readonly [string, string]>;
}

export interface Shard {
  readonly v: number;
  readonly build: string;
  readonly key: string;
  /** The shard's sorted vocabulary, front-coded (see `frontCode`). */
  readonly terms: string;
  /** For each term, in the same order: its records and field weights, encoded. */
  readonly postings: readonly string[];
}

/** The fuse.js index JSON (`Fuse.createIndex([], terms).toJSON()`). */
export interface FuseIndexJson {
  readonly keys: readonly unknown[];
  readonly records: FuseIndexRecords;
}

/** Site-relative address of the core index. */
export const CORE_PATH = '/search/index.json';

/** Site-relative address of a shard; the build hash keeps caches from mixing builds. */
export const shardPath = (key: string, build: string): string => `/search/${key}-${build}.json`;

/** The shard a term lives in: its first letter or digit; every other script shares `_`. */
export function shardKey(term: string): string {
  const first = term[0] ?? '_';
  return /[a-z0-9]/.test(first) ? first : '_';
}

/** Sorted terms as `<shared prefix length in base 36><rest>` lines. */
export function frontCode(sorted: readonly string[]): string {
  let previous = '';
  return sorted
    .map((term) => {
      let shared = 0;
      const max = Math.min(previous.length, term.length, 35);
      while (shared < max && previous[shared] === term[shared]) shared += 1;
      previous = term;
      return shared.toString(36) + term.slice(shared);
    })
    .join('\n');
}

export function frontDecode(encoded: string): string[] {
  if (!encoded) return [];
  let previous = '';
  return encoded.split('\n').map((line) => {
    previous = previous.slice(0, parseInt(line[0] ?? '0', 36)) + line.slice(1);
    return previous;
  });
}

/**
 * The prebuilt fuse.js index of single-word terms holds nothing the term list
 * does not: `i` is the position and `n` (field-length norm) is 1 for one word.
 * So only the terms are stored, and this restores the exact JSON that
 * `Fuse.createIndex([], terms).toJSON()` produced, for `Fuse.parseIndex`.
 */
export function restoreFuseIndex(terms: readonly string[]): FuseIndexJson {
  return { keys: [], records: terms.map((v, i) => ({ v, i, n: 1 })) };
}

// A self-delimiting base-32 varint: a "last" digit ends a number, a "more" digit continues it.
// Neither alphabet needs escaping in JSON.
const LAST = '0123456789abcdefghijklmnopqrstuv';
const MORE = 'wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-';
const DIGIT = new Map<string, { value: number; last: boolean }>([
  ...[...LAST].map((char, value) => [char, { value, last: true }] as const),
  ...[...MORE].map((char, value) => [char, { value, last: false }] as const),
]);

function encodeNumber(value: number): string {
  let out = LAST[value % 32]!;
  for (let rest = Math.floor(value / 32); rest > 0; rest = Math.floor(rest / 32)) out = MORE[rest % 32]! + out;
  return out;
}

/**
 * Encodes `[record, weight]` pairs (weight 1–3): each pair, in record order,
 * is one number, `(gap from the previous record) × 4 + weight`.
 */
export function encodePostings(pairs: ReadonlyArray<readonly [number, number]>): string {
  let previous = 0;
  let out = '';
  for (const [record, weight] of [...pairs].sort((a, b) => a[0] - b[0])) {
    out += encodeNumber((record - previous) * 4 + weight);
    previous = record;
  }
  return out;
}

/** Decodes postings into parallel arrays of records and weights. */
export function decodePostings(encoded: string): { records: Int32Array; weights: Uint8Array } {
  const records: number[] = [];
  const weights: number[] = [];
  let value = 0;
  let record = 0;
  for (const char of encoded) {
    const digit = DIGIT.get(char);
    if (!digit) throw new Error(`Corrupt search postings: unexpected ${JSON.stringify(char)}`);
    value = value * 32 + digit.value;
    if (digit.last) {
      record += value >> 2;
      records.push(record);
      weights.push(value & 3);
      value = 0;
    }
  }
  return { records: Int32Array.from(records), weights: Uint8Array.from(weights) };
}
