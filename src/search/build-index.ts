/**
 * Build time: turns the site model into the search index that ships to the
 * browser. Every term of every field of every record is indexed, with a
 * precomputed BM25F impact per posting (no top-N cut). Postings are cut into
 * size-balanced shards at term prefixes; typo vocabularies are grouped by
 * letter and length; the text a result shows lives in fragment files.
 */
import { createHash } from 'node:crypto';
import { conceptPhrases } from '../model/concepts.ts';
import type { Concept, Essay } from '../model/schemas.ts';
import { compoundTerms, terms } from '../model/text.ts';
import { FIELD_SETTINGS, FIELDS, SEARCH_CONFIG, isIndexed, type Field } from './config.ts';
import { encodeFamilies, families } from './families.ts';
import { fragmentDocument, indexDocuments, type DocumentPart, type IndexDocument, type IndexRecord } from './documents.ts';
import {
  CORE_JSON,
  encodeNumbers,
  encodePostings,
  fragmentFile,
  frontCode,
  MAX_IMPACT,
  shardFile,
  shardOf,
  vocabularyFile,
  type CoreIndex,
  type Fragment,
  type Shard,
  type ShardEntry,
  type VocabularyEntry,
  type VocabularyFile,
} from './format.ts';

/** Folded, stemmed words worth indexing: no stop words, no single Latin letters or digits. */
export const indexable = (text: string): string[] => terms(text).filter(isIndexed);

/** The sizes the index is cut to (defaults from SEARCH_CONFIG; tests use small ones). */
export interface IndexOptions {
  readonly shardBytes: number;
  readonly vocabularyBytes: number;
  readonly fragmentBytes: number;
}

export interface BuiltIndex {
  readonly core: CoreIndex;
  /** Every file under /search/ but the core module: path relative to /search/ → body. */
  readonly files: ReadonlyMap<string, string>;
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

type FieldTerms = Record<Field, string[]>;

/** Each word of the record's names → its title focus: 1 + (titleFocus − 1) / words in the shortest name holding it. */
function titleFocus(names: readonly string[]): Map<string, number> {
  const focus = new Map<string, number>();
  for (const name of names) {
    const words = new Set(indexable(name));
    const share = 1 + (SEARCH_CONFIG.titleFocus - 1) / words.size;
    for (const word of words) focus.set(word, Math.max(focus.get(word) ?? 1, share));
  }
  return focus;
}

/**
 * BM25F impacts of one record's terms, given each field's average length:
 * weighted, length-normalised frequencies summed over fields, saturated once,
 * boosted by kind and by title focus, and scaled to 1–31.
 */
function recordImpacts(record: IndexRecord, fields: FieldTerms, averages: Readonly<Record<Field, number>>): Map<string, number> {
  const pseudo = new Map<string, number>();
  for (const field of FIELDS) {
    const list = fields[field];
    if (list.length === 0) continue;
    const { weight, lengthNorm } = FIELD_SETTINGS[field];
    const norm = 1 - lengthNorm + (lengthNorm * list.length) / (averages[field] || 1);
    for (const term of list) pseudo.set(term, (pseudo.get(term) ?? 0) + weight / norm);
  }
  const top = Math.max(...Object.values(SEARCH_CONFIG.kindBoost));
  const focus = titleFocus(record.names);
  const impacts = new Map<string, number>();
  for (const [term, tf] of pseudo) {
    const saturated = (tf / (SEARCH_CONFIG.k1 + tf)) * SEARCH_CONFIG.kindBoost[record.kind] * (focus.get(term) ?? 1);
    impacts.set(term, Math.min(MAX_IMPACT, Math.max(1, Math.round((saturated / top) * SEARCH_CONFIG.impactLevels))));
  }
  return impacts;
}

/** Term → flat `[record, impact, record, impact, …]`, for every term of every record. */
function postingsOf(documents: readonly IndexDocument[]): Map<string, number[]> {
  const records = documents.flatMap((document) => document.records);
  const fieldTerms = records.map(
    (record) =>
      Object.fromEntries(
        FIELDS.map((field) => [field, [...indexable(record.fields[field]), ...compoundTerms(record.fields[field]).filter(isIndexed)]]),
      ) as FieldTerms,
  );
  const averages = Object.fromEntries(
    FIELDS.map((field) => {
      const lengths = fieldTerms.map((fields) => fields[field].length).filter((length) => length > 0);
      return [field, lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length)];
    }),
  ) as Record<Field, number>;
  const postings = new Map<string, number[]>();
  records.forEach((record, id) => {
    for (const [term, impact] of recordImpacts(record, fieldTerms[id]!, averages)) {
      const list = postings.get(term);
      if (list) list.push(id, impact);
      else postings.set(term, [id, impact]);
    }
  });
  return postings;
}

const pairs = (flat: readonly number[]): Array<[number, number]> =>
  Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i]!, flat[2 * i + 1]!]);

/** The shortest prefix of `first` that sorts after `previous`: where a shard starts. */
export function separatingPrefix(previous: string, first: string): string {
  for (let length = 1; length < first.length; length += 1) {
    const prefix = first.slice(0, length);
    if (prefix > previous) return prefix;
  }
  return first;
}

/** Consecutive sorted items grouped so that each group stays under `limit` bytes (a larger item stands alone). */
export function packBySize<T>(items: readonly T[], size: (item: T) => number, limit: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const itemBytes = size(item);
    if (current.length > 0 && bytes + itemBytes > limit) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += itemBytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Postings cut into shards at term prefixes. Each word family (see
 * families.ts) is listed in the shard its stem sorts into, which is where the
 * engine looks for it; its terms are nearly always in that shard too.
 */
function buildShards(postings: Map<string, number[]>, limit: number, files: Map<string, string>): ShardEntry[] {
  const encoded = new Map([...postings].map(([term, flat]) => [term, encodePostings(pairs(flat))]));
  const sorted = [...encoded.keys()].sort();
  const groups = packBySize(sorted, (term) => term.length + (encoded.get(term)?.length ?? 0) + 6, limit);
  const prefixes = groups.map((group, index) => (index === 0 ? '' : separatingPrefix(groups[index - 1]!.at(-1)!, group[0]!)));
  const familiesOf = groups.map((): Array<[string, string[]]> => []);
  const byPrefix = prefixes.map((prefix): ShardEntry => [prefix, '']);
  for (const family of [...families(sorted)].sort(([a], [b]) => (a < b ? -1 : 1))) familiesOf[shardOf(byPrefix, family[0])]!.push(family);
  return groups.map((group, index) => {
    const shard: Shard = {
      v: SEARCH_CONFIG.version,
      terms: frontCode(group),
      postings: group.map((term) => encoded.get(term)!),
      ...(familiesOf[index]!.length > 0 ? { families: encodeFamilies(familiesOf[index]!) } : {}),
    };
    const body = JSON.stringify(shard);
    const name = hash(body);
    files.set(shardFile(name), body);
    return [prefixes[index]!, name] as const;
  });
}

/**
 * Vocabulary files for typo correction: the terms a correction may need
 * (at least one letter shorter than the shortest corrected word), by first
 * letter, and again by second letter (for a wrong first letter), each letter's
 * terms cut into ranges of lengths.
 */
function buildVocabulary(vocabulary: readonly string[], limit: number, files: Map<string, string>): VocabularyEntry[] {
  const entries: VocabularyEntry[] = [];
  const candidates = vocabulary.filter((term) => [...term].length >= SEARCH_CONFIG.minFuzzyLength - 1);
  for (const position of [0, 1]) {
    const byLetter = groupBy(candidates, (term) => [...term][position]!);
    for (const [letter, list] of [...byLetter].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const byLength = groupBy(list, (term) => [...term].length);
      const lengths = [...byLength.keys()].sort((a, b) => a - b);
      for (const group of packBySize(lengths, (length) => byLength.get(length)!.reduce((sum, term) => sum + term.length + 1, 0), limit)) {
        const file: VocabularyFile = {
          v: SEARCH_CONFIG.version,
          terms: frontCode(group.flatMap((length) => byLength.get(length)!).sort()),
        };
        const body = JSON.stringify(file);
        const name = hash(body);
        files.set(vocabularyFile(name), body);
        entries.push([position, letter, group[0]!, group.at(-1)!, name]);
      }
    }
  }
  return entries;
}

function groupBy<K, T>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * An essay's records cut into parts under `limit` bytes: one part for an
 * essay of usual length, several for a very long one, so that a result in
 * one of its sections does not fetch the text of all the others (a 1 MB
 * essay made one 1.3 MB file).
 */
function essayParts(document: IndexDocument, limit: number): DocumentPart[] {
  const size = (record: number): number => JSON.stringify(document.records[record]!.stored).length + 1;
  return packBySize([...document.records.keys()], size, limit).map((records) => ({
    document,
    from: records[0]!,
    to: records.at(-1)! + 1,
  }));
}

/** Essays one to a file (each is the size of a screen of results), a long one in parts; concepts packed together. */
function fragmentGroups(documents: readonly IndexDocument[], limit: number): DocumentPart[][] {
  const essays = documents
    .filter((document) => document.kind === 'essay')
    .flatMap((document) => essayParts(document, limit).map((part) => [part]));
  const concepts = documents
    .filter((document) => document.kind === 'concept')
    .map((document): DocumentPart => ({ document, from: 0, to: document.records.length }));
  return [...essays, ...packBySize(concepts, (part) => JSON.stringify(fragmentDocument(part)).length, limit)];
}

export function buildSearchIndex(
  essays: readonly Essay[],
  concepts: readonly Concept[],
  options: IndexOptions = SEARCH_CONFIG,
  /** The name each aspect is shown under, by slug (default: none). */
  aspectNames: ReadonlyMap<string, string> = new Map(),
): BuiltIndex {
  const documents = indexDocuments(essays, concepts, aspectNames);
  const postings = postingsOf(documents);
  const files = new Map<string, string>();
  const shards = buildShards(postings, options.shardBytes, files);
  const vocabulary = buildVocabulary([...postings.keys()].sort(), options.vocabularyBytes, files);

  const groups = fragmentGroups(documents, options.fragmentBytes);
  const fragments = groups.map((group): Fragment => ({ v: SEARCH_CONFIG.version, docs: group.map(fragmentDocument) }));
  const fragmentBodies = fragments.map((fragment) => JSON.stringify(fragment));
  const synonyms = concepts.flatMap((concept) => {
    const [title, ...aliases] = conceptPhrases(concept);
    return title ? aliases.map((alias): [string, string] => [alias.join(' '), title.join(' ')]) : [];
  });
  const parts = {
    records: documents.reduce((sum, document) => sum + document.records.length, 0),
    docs: encodeNumbers(documents.map((document) => document.records.length)),
    essays: essays.length,
    files: encodeNumbers(groups.map((group) => group.reduce((sum, part) => sum + part.to - part.from, 0))),
    shards,
    vocabulary,
    synonyms,
    concepts: concepts.map((concept) => [concept.slug, concept.title] as const),
  };
  const build = hash(JSON.stringify([parts, fragmentBodies]));
  fragmentBodies.forEach((body, file) => files.set(fragmentFile(build, file), body));
  const core: CoreIndex = { v: SEARCH_CONFIG.version, build, ...parts };
  files.set(CORE_JSON, JSON.stringify(core));
  return { core, files };
}
