/**
 * The on-disk search index and its compact encodings, shared by the builder,
 * the engine and the tools; round-trip tests guard both directions. Every
 * file lives under `/search/`, and the browser resolves each one relative to
 * the core module, so the index works under any base path.
 *
 *   core.js                  the search code with the core index built in (first open)
 *   core.json                the same core index, for the CLI and the benchmark
 *   s/<content hash>.json    a postings shard: a range of terms and their postings
 *   v/<content hash>.json    typo vocabulary: terms of one first (or second) letter and nearby lengths
 *   f/<build>-<n>.json       a fragment: records (title, anchors, text) of whole documents, or of a part of a long essay, for results on screen
 */

/** `[kind code, title, anchor, text, second text]`; a contrast's text is its leadership side, the second its management side. */
export type StoredRecord = [kind: number, title: string, anchor: string, text: string, second?: string];

/** One essay or concept with its records in this file: all of them, the first being the document itself, or one part of a long essay. */
export interface FragmentDocument {
  readonly slug: string;
  /** The document's title, on a part that does not start with the document's own record (which holds it). */
  readonly title?: string;
  readonly records: readonly StoredRecord[];
}

export interface Fragment {
  readonly v: number;
  readonly docs: readonly FragmentDocument[];
}

/** `[shortest prefix that starts the shard, content hash]`, sorted by prefix. */
export type ShardEntry = readonly [prefix: string, hash: string];

/**
 * `[letter position (0 = first, 1 = second), letter, shortest length, longest length, content hash]`.
 * Position 1 files list terms by their second letter, to correct a wrong first letter.
 */
export type VocabularyEntry = readonly [position: number, letter: string, minLength: number, maxLength: number, hash: string];

export interface CoreIndex {
  /** Format version (SEARCH_CONFIG.version). */
  readonly v: number;
  /** Content hash of the whole index. */
  readonly build: string;
  /** Number of records: essays, sections, contrasts and concepts. */
  readonly records: number;
  /** How many records each document has, in record order (encoded numbers). */
  readonly docs: string;
  /** The first `essays` documents are essays; the rest are concepts. */
  readonly essays: number;
  /** How many records each fragment file holds, in order (encoded numbers). */
  readonly files: string;
  /** Postings shards by the prefix they start at. */
  readonly shards: readonly ShardEntry[];
  /** Typo vocabulary files. */
  readonly vocabulary: readonly VocabularyEntry[];
  /** `[alias phrase, concept title]`, both as folded, stemmed terms joined by spaces. */
  readonly synonyms: ReadonlyArray<readonly [string, string]>;
  /** `[slug, title]` of every concept, A–Z: what an empty search box suggests. */
  readonly concepts: ReadonlyArray<readonly [string, string]>;
}

export interface Shard {
  readonly v: number;
  /** The shard's sorted vocabulary, front-coded (see `frontCode`). */
  readonly terms: string;
  /** For each term, in the same order: its records and impacts (see `encodePostings`). */
  readonly postings: readonly string[]; /** Word families whose stem sorts into this shard (see `encodeFamilies`), when there are any. */
  readonly families?: string;
}

export interface VocabularyFile {
  readonly v: number;
  /** Sorted terms, front-coded. */
  readonly terms: string;
}

/** The folder of the index in the built site. */
export const SEARCH_DIR = 'search';
export const CORE_MODULE = 'core.js';
export const CORE_JSON = 'core.json';
export const shardFile = (hash: string): string => `s/${hash}.json`;
export const vocabularyFile = (hash: string): string => `v/${hash}.json`;
export const fragmentFile = (build: string, file: number): string => `f/${build}-${file}.json`;

/** The index of the shard that holds `term`: the last whose prefix sorts at or before it. */
export function shardOf(shards: readonly ShardEntry[], term: string): number {
  let low = 0;
  let high = shards.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (shards[mid]![0] <= term) low = mid;
    else high = mid - 1;
  }
  return low;
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

/** Whole numbers ≥ 0 as one string of varints. */
export function encodeNumbers(values: readonly number[]): string {
  return values.map(encodeNumber).join('');
}

export function decodeNumbers(encoded: string): number[] {
  const out: number[] = [];
  let value = 0;
  for (const char of encoded) {
    const digit = DIGIT.get(char);
    if (!digit) throw new Error(`Corrupt search index: unexpected ${JSON.stringify(char)}`);
    value = value * 32 + digit.value;
    if (digit.last) {
      out.push(value);
      value = 0;
    }
  }
  return out;
}

/** Impacts take the low 5 bits of each posting number. */
const IMPACT_BITS = 5;
export const MAX_IMPACT = (1 << IMPACT_BITS) - 1;

/**
 * Encodes `[record, impact]` pairs (impact 1–31): each pair, in record order,
 * is one number, `(gap from the previous record) × 32 + impact`.
 */
export function encodePostings(pairs: ReadonlyArray<readonly [number, number]>): string {
  let previous = 0;
  let out = '';
  for (const [record, impact] of [...pairs].sort((a, b) => a[0] - b[0])) {
    if (impact < 1 || impact > MAX_IMPACT) throw new RangeError(`A posting's impact must be 1–${MAX_IMPACT}, not ${impact}.`);
    out += encodeNumber((record - previous) * (MAX_IMPACT + 1) + impact);
    previous = record;
  }
  return out;
}

/** Decodes postings into parallel arrays of records and impacts. */
export function decodePostings(encoded: string): { records: Int32Array; impacts: Uint8Array } {
  const numbers = decodeNumbers(encoded);
  const records = new Int32Array(numbers.length);
  const impacts = new Uint8Array(numbers.length);
  let record = 0;
  numbers.forEach((value, i) => {
    record += Math.floor(value / (MAX_IMPACT + 1));
    records[i] = record;
    impacts[i] = value & MAX_IMPACT;
  });
  return { records, impacts };
}
