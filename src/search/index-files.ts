/**
 * The index's files as the engine sees them: which shard, vocabulary file or
 * fragment holds what, loading each at most once, and decoding postings on
 * first use. The loader is the only thing that differs between the browser
 * (fetch) and Node (the file system).
 */
import { SEARCH_CONFIG } from './config.ts';
import {
  decodeNumbers,
  decodePostings,
  fragmentFile,
  frontDecode,
  shardFile,
  shardOf,
  vocabularyFile,
  type CoreIndex,
  type Fragment,
  type Shard,
  type StoredRecord,
  type VocabularyEntry,
  type VocabularyFile,
} from './format.ts';
import type { VocabularyRequest } from './corrections.ts';
import { decodeFamilies } from './families.ts';

/** Reads one index file, by its path relative to `/search/`, as parsed JSON. */
export type FileLoader = (path: string) => Promise<unknown>;

interface Posting {
  readonly records: Int32Array;
  readonly impacts: Uint8Array;
}

interface LoadedShard {
  readonly vocabulary: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly postings: readonly string[];
  readonly decoded: Map<number, Posting>;
  /** Stem → the terms of its family (see families.ts). */
  readonly families: ReadonlyMap<string, readonly string[]>;
}

/** Running totals: `starts[i]` is the first item of group `i`; the last entry is the total. */
function starts(counts: readonly number[]): Int32Array {
  const out = new Int32Array(counts.length + 1);
  counts.forEach((count, i) => (out[i + 1] = out[i]! + count));
  return out;
}

/** The group holding `item`, by binary search over running totals. */
function groupOf(totals: Int32Array, item: number): number {
  let low = 0;
  let high = totals.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (totals[mid]! <= item) low = mid;
    else high = mid - 1;
  }
  return low;
}

export class IndexFiles {
  readonly core: CoreIndex;
  /** The largest idf a term can have: what a word matching nothing weighs. */
  readonly maxIdf: number;
  readonly #load: FileLoader;
  readonly #docStarts: Int32Array;
  readonly #fileStarts: Int32Array;
  readonly #shards = new Map<number, LoadedShard>();
  readonly #vocabulary = new Map<string, readonly string[]>();
  readonly #fragments = new Map<number, Fragment>();
  readonly #pending = new Map<string, Promise<void>>();

  constructor(core: CoreIndex, load: FileLoader) {
    if (core.v !== SEARCH_CONFIG.version)
      throw new Error(`Search index version ${core.v}; this code reads version ${SEARCH_CONFIG.version}. Rebuild the site.`);
    this.core = core;
    this.#load = load;
    this.#docStarts = starts(decodeNumbers(core.docs));
    this.#fileStarts = starts(decodeNumbers(core.files));
    this.maxIdf = idf(core.records, 1);
  }

  /** Loads each file once, however many queries ask for it at the same time. */
  #once(key: string, load: () => Promise<void>): Promise<void> {
    let pending = this.#pending.get(key);
    if (!pending) {
      pending = load();
      pending.catch(() => this.#pending.delete(key));
      this.#pending.set(key, pending);
    }
    return pending;
  }

  /** Loads the shards holding these terms. */
  async shardsFor(terms: readonly string[]): Promise<void> {
    const needed = new Set(terms.map((term) => shardOf(this.core.shards, term)));
    await Promise.all(
      [...needed].map((index) =>
        this.#once(`s${index}`, async () => {
          const shard = (await this.#load(shardFile(this.core.shards[index]![1]))) as Shard;
          const vocabulary = frontDecode(shard.terms);
          this.#shards.set(index, {
            vocabulary,
            index: new Map(vocabulary.map((term, i) => [term, i])),
            postings: shard.postings,
            decoded: new Map(),
            families: decodeFamilies(shard.families),
          });
        }),
      ),
    );
  }

  async vocabulary(requests: readonly VocabularyRequest[]): Promise<void> {
    await Promise.all(
      requests.map(({ entry }) =>
        this.#once(`v${entry[4]}`, async () => {
          this.#vocabulary.set(entry[4], frontDecode(((await this.#load(vocabularyFile(entry[4]))) as VocabularyFile).terms));
        }),
      ),
    );
  }

  /** The terms of a vocabulary file, or none if it is not loaded yet. */
  loadedVocabulary(entry: VocabularyEntry): readonly string[] {
    return this.#vocabulary.get(entry[4]) ?? [];
  }

  #shard(term: string): LoadedShard | undefined {
    return this.#shards.get(shardOf(this.core.shards, term));
  }

  /** Whether the index holds `term` (false too when its shard is not loaded). */
  has(term: string): boolean {
    return this.#shard(term)?.index.has(term) ?? false;
  }

  /** The terms of a word family, by its stem (none when its shard is not loaded). */
  family(stem: string): readonly string[] {
    return this.#shard(stem)?.families.get(stem) ?? [];
  }

  posting(term: string): Posting | undefined {
    const shard = this.#shard(term);
    const index = shard?.index.get(term);
    if (!shard || index === undefined) return undefined;
    let posting = shard.decoded.get(index);
    if (!posting) {
      posting = decodePostings(shard.postings[index] ?? '');
      shard.decoded.set(index, posting);
    }
    return posting;
  }

  idf(term: string): number | undefined {
    const posting = this.posting(term);
    return posting ? idf(this.core.records, posting.records.length) : undefined;
  }

  /** Terms of the loaded shard that start with `prefix`, most common first. */
  completions(prefix: string): string[] {
    const shard = this.#shard(prefix);
    if (!shard) return [];
    const { vocabulary, postings } = shard;
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (vocabulary[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    const found: number[] = [];
    for (let i = low; i < vocabulary.length && vocabulary[i]!.startsWith(prefix) && found.length < 64; i += 1) {
      if (vocabulary[i] !== prefix) found.push(i);
    }
    return found
      .sort((a, b) => postings[b]!.length - postings[a]!.length || a - b)
      .slice(0, SEARCH_CONFIG.maxPrefixVariants)
      .map((i) => vocabulary[i]!);
  }

  /** The document (essay or concept) a record belongs to. */
  documentOf(record: number): number {
    return groupOf(this.#docStarts, record);
  }

  /** A record's stored details, with its document's slug and (for essays) title. */
  async record(record: number): Promise<{ slug: string; record: StoredRecord; essayTitle: string | undefined }> {
    const doc = this.documentOf(record);
    const file = groupOf(this.#fileStarts, record);
    await this.#once(`f${file}`, async () => {
      this.#fragments.set(file, (await this.#load(fragmentFile(this.core.build, file))) as Fragment);
    });
    // A file holds the records from its start on: parts of the documents they belong to, the first perhaps begun in the file before.
    const fileStart = this.#fileStarts[file]!;
    const part = this.#fragments.get(file)!.docs[doc - this.documentOf(fileStart)]!;
    const stored = part.records[record - Math.max(this.#docStarts[doc]!, fileStart)]!;
    return { slug: part.slug, record: stored, essayTitle: part.title ?? part.records[0]?.[1] };
  }
}

/** BM25's idf: rare terms count more, and a term in every record still counts a little. */
function idf(records: number, frequency: number): number {
  return Math.log(1 + (records - frequency + 0.5) / (frequency + 0.5));
}
