/**
 * The search engine the dialog, the results page, the CLI and the benchmark
 * all run. A query is folded and stemmed like the index; each word becomes a
 * group of acceptable terms: itself if the vocabulary has it, completions if
 * it is still being typed, fuse.js corrections if it is misspelt, and the
 * concept it names if it is an alias. Records are ranked by the postings of
 * those terms (field weight × idf), preferring records that match every group.
 * Terms live in shards by first letter; `query` loads the ones it needs.
 */
import Fuse from 'fuse.js/basic';
import { slugify } from '../model/slug.ts';
import { fold, terms as toTerms } from '../model/text.ts';
import { FUSE_OPTIONS, KINDS, SEARCH_CONFIG, STOP_WORDS, type Kind } from './config.ts';
import { decodePostings, frontDecode, restoreFuseIndex, shardKey, type CoreIndex, type Shard, type StoredRecord } from './format.ts';

/** Fetches one shard (the browser uses fetch, the CLI the file system). */
export type ShardLoader = (key: string, build: string) => Promise<Shard>;

export interface SearchResult {
  readonly kind: Kind;
  readonly title: string;
  /** Site-relative deep link: `/essays/<slug>/#<anchor>`, `/concepts/<slug>/`. */
  readonly url: string;
  /** Title of the essay a section or contrast belongs to. */
  readonly parent: string | undefined;
  readonly snippet: string;
  /** A contrast's two sides: leadership, management. */
  readonly sides?: readonly [string, string] | undefined;
  /** Relevance, higher is better. */
  readonly score: number;
  /** The index terms this result matched, for highlighting. */
  readonly terms: readonly string[];
}

interface Option {
  readonly terms: readonly string[];
  readonly quality: number;
}

/** One word or quoted phrase of the query, and the terms that may stand for it. */
export interface QueryGroup {
  readonly source: string;
  readonly options: readonly Option[];
}

interface Posting {
  readonly records: Int32Array;
  readonly weights: Uint8Array;
}

/** Splits a query into quoted phrases and words, folded and stemmed like the index. */
export function tokenize(query: string): { phrases: string[][]; words: string[]; typing: boolean } {
  const phrases: string[][] = [];
  const rest = query.replace(/"([^"]*)"?/g, (_, phrase: string) => {
    const found = toTerms(phrase);
    if (found.length > 0) phrases.push(found);
    return ' ';
  });
  const words = toTerms(rest);
  // The last word is still being typed unless the query ends in a space or a closed quote.
  const typing = words.length > 0 && /[\p{L}\p{N}]$/u.test(query) && (query.match(/"/g)?.length ?? 0) % 2 === 0;
  return { phrases, words, typing };
}

interface LoadedShard {
  readonly vocabulary: readonly string[];
  readonly termIndex: ReadonlyMap<string, number>;
  readonly postings: readonly string[];
  readonly decoded: Map<number, Posting>;
  readonly fuse: Fuse<string>;
}

export class SearchEngine {
  readonly #core: CoreIndex;
  readonly #records: readonly StoredRecord[];
  readonly #load: ShardLoader;
  readonly #shards = new Map<string, LoadedShard>();
  readonly #pending = new Map<string, Promise<void>>();
  readonly #available: ReadonlySet<string>;
  readonly #synonyms: ReadonlyArray<readonly [string[], string[]]>;

  constructor(core: CoreIndex, load: ShardLoader) {
    if (core.v !== SEARCH_CONFIG.version) throw new Error(`Search index version ${core.v}; this code reads version ${SEARCH_CONFIG.version}. Rebuild the site.`);
    this.#core = core;
    this.#records = core.records;
    this.#load = load;
    this.#available = new Set(core.shards);
    this.#synonyms = core.synonyms.map(([alias, title]) => [alias.split(' '), title.split(' ')]);
  }

  /** Loads the shards a query needs, then searches. */
  async query(query: string, limit: number = SEARCH_CONFIG.limit): Promise<SearchResult[]> {
    await this.prepare(query);
    return this.search(query, limit);
  }

  /** Loads the shards holding the query's words, phrases and the concepts its aliases name. */
  async prepare(query: string): Promise<void> {
    const { phrases, words } = tokenize(query);
    const needed = new Set([...words, ...phrases.flat()].map(shardKey));
    for (const [alias, title] of this.#synonyms) if (alias.every((term) => words.includes(term))) for (const term of title) needed.add(shardKey(term));
    await Promise.all([...needed].map((key) => this.#ensure(key)));
  }

  /** Loads every shard (the CLI and the benchmark). */
  async loadAll(): Promise<void> {
    await Promise.all([...this.#available].map((key) => this.#ensure(key)));
  }

  #ensure(key: string): Promise<void> {
    if (this.#shards.has(key) || !this.#available.has(key)) return Promise.resolve();
    let pending = this.#pending.get(key);
    if (!pending) {
      pending = this.#load(key, this.#core.build).then((shard) => {
        if (shard.build !== this.#core.build) throw new Error(`Search shard "${key}" is from another build; reload the page.`);
        const vocabulary = frontDecode(shard.terms);
        this.#shards.set(key, {
          vocabulary,
          termIndex: new Map(vocabulary.map((term, index) => [term, index])),
          postings: shard.postings,
          decoded: new Map(),
          fuse: new Fuse([...vocabulary], FUSE_OPTIONS, Fuse.parseIndex<string>(restoreFuseIndex(vocabulary) as never)),
        });
      });
      pending.finally(() => this.#pending.delete(key)).catch(() => undefined);
      this.#pending.set(key, pending);
    }
    return pending;
  }

  /** Every concept as a result, A–Z as built: the suggestions of an empty search. */
  concepts(): SearchResult[] {
    return this.#records.flatMap((record, index) => (KINDS[record[0]] === 'concept' ? [this.#result(index, 0, [])] : []));
  }

  /** The query's groups: what each word or phrase may match. Exposed for tests. */
  groups(query: string): QueryGroup[] {
    const { phrases, words, typing } = tokenize(query);
    const meaningful = words.filter((word) => !STOP_WORDS.has(word));
    const kept = meaningful.length > 0 || phrases.length > 0 ? meaningful : words;
    const groups: QueryGroup[] = phrases.map((phrase) => ({ source: `"${phrase.join(' ')}"`, options: [{ terms: phrase, quality: 1 }] }));
    for (let i = 0; i < kept.length; i += 1) {
      const synonym = this.#synonymAt(kept, i);
      if (synonym) {
        const [alias, title] = synonym;
        const aliasOptions = alias.length === 1 ? this.#wordOptions(alias[0]!, false) : [{ terms: alias, quality: 1 }];
        groups.push({ source: alias.join(' '), options: [...aliasOptions, { terms: title, quality: 0.9 }] });
        i += alias.length - 1;
        continue;
      }
      const word = kept[i]!;
      groups.push({ source: word, options: this.#wordOptions(word, typing && i === kept.length - 1 && words.at(-1) === word) });
    }
    return groups;
  }

  search(query: string, limit: number = SEARCH_CONFIG.limit): SearchResult[] {
    const groups = this.groups(query);
    if (groups.length === 0) return [];
    // How informative each group is: the idf of its rarest known term. A word
    // that matches nothing weighs as much as the rarest word could.
    const weights = groups.map((group) =>
      Math.max(0, ...group.options.flatMap((option) => option.terms.map((term) => this.#idf(term) ?? 0))) || Math.log(1 + this.#records.length),
    );
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    const total = new Map<number, { score: number; covered: number; terms: Set<string> }>();
    groups.forEach((group, g) => {
      // Best-quality options first: a record holding the word itself is scored by it, never by a
      // rarer completion or correction it also holds. Every term it holds is kept for highlighting.
      const best = new Map<number, { score: number; terms: Set<string> }>();
      for (const option of [...group.options].sort((a, b) => b.quality - a.quality)) {
        for (const [record, score] of this.#optionScores(option)) {
          const current = best.get(record);
          if (current) for (const term of option.terms) current.terms.add(term);
          else best.set(record, { score, terms: new Set(option.terms) });
        }
      }
      for (const [record, { score, terms }] of best) {
        const entry = total.get(record) ?? { score: 0, covered: 0, terms: new Set<string>() };
        entry.score += score;
        entry.covered += weights[g]!;
        for (const term of terms) entry.terms.add(term);
        total.set(record, entry);
      }
    });
    const whole = fold(query.replace(/"/g, '')).trim();
    const phrases = groups.filter((group) => group.source.startsWith('"')).map((group) => group.options[0]!.terms);
    const ranked: Array<{ record: number; score: number; terms: string[] }> = [];
    for (const [record, entry] of total) {
      const coverage = entry.covered / totalWeight;
      // A record must cover most of what the query asks; quoted phrases are required.
      if (coverage < SEARCH_CONFIG.minCoverage) continue;
      const stored = this.#records[record]!;
      const words = phrases.length > 0 ? toTerms(`${stored[1]} ${stored[4]}`) : [];
      if (phrases.length > 0 && !phrases.every((phrase) => phrase.every((term) => entry.terms.has(term)))) continue;
      const kind = KINDS[stored[0]] ?? 'section';
      let score = entry.score * coverage * coverage * SEARCH_CONFIG.kindBoost[kind];
      if (fold(stored[1]) === whole) score *= SEARCH_CONFIG.exactTitleBonus;
      if (phrases.length > 0 && phrases.every((phrase) => containsRun(words, phrase))) score *= SEARCH_CONFIG.phraseBonus;
      ranked.push({ record, score, terms: [...entry.terms] });
    }
    ranked.sort((a, b) => b.score - a.score || a.record - b.record);
    return ranked.slice(0, limit).map((entry) => this.#result(entry.record, entry.score, entry.terms));
  }

  #idf(term: string): number | undefined {
    const posting = this.#posting(term);
    return posting ? Math.log(1 + this.#records.length / posting.records.length) : undefined;
  }

  /** Acceptable terms for one query word, with how much each counts. */
  #wordOptions(word: string, typing: boolean): Option[] {
    const options: Option[] = [];
    const seen = new Set<string>();
    const add = (term: string, quality: number): void => {
      if (seen.has(term)) return;
      seen.add(term);
      options.push({ terms: [term], quality });
    };
    const shard = this.#shards.get(shardKey(word));
    if (!shard) return options;
    const exact = shard.termIndex.has(word);
    if (exact) add(word, 1);
    if (typing) for (const term of completions(shard, word)) add(term, SEARCH_CONFIG.prefixQuality);
    if (!exact && word.length >= SEARCH_CONFIG.minFuzzyLength) {
      // Corrections close to the best one only: a far second guess is noise, not a typo.
      const hits = shard.fuse.search(word, { limit: SEARCH_CONFIG.maxFuzzyVariants * 3 });
      const best = hits[0]?.score ?? 1;
      let corrections = 0;
      for (const hit of hits) {
        const score = hit.score ?? 1;
        if (Math.abs(hit.item.length - word.length) > 2 || score > best + 0.1) continue;
        add(hit.item, 1 - score);
        corrections += 1;
        if (corrections >= SEARCH_CONFIG.maxFuzzyVariants) break;
      }
    }
    return options;
  }

  #synonymAt(words: readonly string[], start: number): readonly [string[], string[]] | undefined {
    let best: readonly [string[], string[]] | undefined;
    for (const synonym of this.#synonyms) {
      const [alias] = synonym;
      if (alias.every((term, offset) => words[start + offset] === term) && alias.length > (best?.[0].length ?? 0)) best = synonym;
    }
    return best;
  }

  /** Records holding every term of the option, scored by field weight × idf × quality². */
  #optionScores(option: Option): Map<number, number> {
    let scores: Map<number, number> | undefined;
    for (const term of option.terms) {
      const posting = this.#posting(term);
      if (!posting) return new Map();
      const idf = this.#idf(term)!;
      const next = new Map<number, number>();
      for (let i = 0; i < posting.records.length; i += 1) {
        const record = posting.records[i]!;
        if (scores && !scores.has(record)) continue;
        next.set(record, (scores?.get(record) ?? 0) + posting.weights[i]! * idf);
      }
      scores = next;
    }
    const factor = option.quality * option.quality;
    for (const [record, score] of scores ?? []) scores!.set(record, score * factor);
    return scores ?? new Map();
  }

  #posting(term: string): Posting | undefined {
    const shard = this.#shards.get(shardKey(term));
    const index = shard?.termIndex.get(term);
    if (!shard || index === undefined) return undefined;
    let posting = shard.decoded.get(index);
    if (!posting) {
      posting = decodePostings(shard.postings[index] ?? '');
      shard.decoded.set(index, posting);
    }
    return posting;
  }

  #result(record: number, score: number, terms: readonly string[]): SearchResult {
    const [kindCode, title, parent, stored, snippet] = this.#records[record]!;
    const kind = KINDS[kindCode] ?? 'section';
    const essay = parent >= 0 ? this.#records[parent] : undefined;
    const path = stored || (kind === 'contrast' ? `contrast-${slugify(title)}` : slugify(title) || 'section');
    const url = kind === 'concept' ? `/concepts/${path}/` : essay ? `/essays/${essay[3]}/#${path}` : `/essays/${path}/`;
    const sides = kind === 'contrast' ? (snippet.split('\n') as [string, string]) : undefined;
    const text = sides ? `Leadership: ${sides[0]} · Management: ${sides[1] ?? ''}` : snippet;
    return { kind, title, url, parent: essay?.[1], snippet: text, sides, score: Math.round(score * 1000) / 1000, terms };
  }
}

/** Terms of a shard that start with `prefix`, most common first. */
function completions(shard: LoadedShard, prefix: string): string[] {
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

function containsRun(haystack: readonly string[], run: readonly string[]): boolean {
  return haystack.some((_, start) => run.every((term, offset) => haystack[start + offset] === term));
}
