/**
 * The search engine the dialog, the results page, the CLI and the benchmark
 * all run. A query is folded and stemmed like the index; each word becomes a
 * group of acceptable terms: itself if the vocabulary has it, its other forms
 * (`managed` for `managing`), completions if it is still being typed, one-edit
 * corrections if it is misspelt, and the concept it names if it is an alias.
 * Records are ranked by the impacts of those terms' postings × idf (BM25F,
 * precomputed at build time), preferring records that match every group. Only
 * the shards, vocabulary files and fragments a query needs are loaded.
 */
import { terms as toTerms, containsRun } from '../model/text.ts';
import { paths } from '../routes.ts';
import { isIndexed, KINDS, SEARCH_CONFIG, type Kind } from './config.ts';
import { corrections, vocabularyFor, type Correction, type VocabularyRequest } from './corrections.ts';
import { excerpt } from './excerpt.ts';
import { familyOf } from './families.ts';
import type { Phrase } from './highlight.ts';
import { IndexFiles, type FileLoader } from './index-files.ts';
import { parseQuery } from './query.ts';
import { Ranker, type Option, type QueryGroup } from './rank.ts';
import type { CoreIndex, StoredRecord } from './format.ts';

export type { FileLoader } from './index-files.ts';
export type { QueryGroup } from './rank.ts';

/** A ranked record, before its details are loaded. */
export interface Hit {
  readonly record: number;
  /** The document (essay or concept) it belongs to: results are grouped by it. */
  readonly doc: number;
  /** Relevance, higher is better. */
  readonly score: number;
  /** The index terms it matched, for highlighting. */
  readonly terms: readonly string[];
  /** The query's quoted phrases (a word still being typed left out), whose every word is marked where the phrase stands. */
  readonly phrases: readonly Phrase[];
}

export interface SearchResult extends Hit {
  readonly kind: Kind;
  readonly title: string;
  /** Site-relative deep link: `/essays/<slug>/#<anchor>`, `/concepts/<slug>/`. */
  readonly url: string;
  /** Title of the essay a section or contrast belongs to. */
  readonly parent: string | undefined;
  /** The passage where the query's words occur (sections, essays, concepts). */
  readonly excerpt: string;
  /** A contrast's two sides: leadership, management. */
  readonly sides?: readonly [string, string] | undefined;
}

export class SearchEngine {
  readonly #files: IndexFiles;
  readonly #synonyms: ReadonlyArray<readonly [string[], string[]]>;
  readonly #ranker: Ranker;

  constructor(core: CoreIndex, load: FileLoader) {
    this.#files = new IndexFiles(core, load);
    this.#ranker = new Ranker(core.records);
    this.#synonyms = core.synonyms.map(([alias, title]) => [alias.split(' '), title.split(' ')]);
  }

  /** Ranks, checks quoted phrases against full text, and loads the details of every result. */
  async query(query: string, limit: number = SEARCH_CONFIG.limit): Promise<SearchResult[]> {
    const hits = await this.hits(query, limit);
    return Promise.all(hits.map((hit) => this.resolve(hit)));
  }

  /**
   * Loads what the query needs, ranks, and keeps only records whose text holds
   * its quoted phrases; at most `perDocument` records of one essay, so that a
   * long essay's sections cannot fill the list that other essays belong in.
   */
  async hits(query: string, limit: number = SEARCH_CONFIG.limit, perDocument = Infinity): Promise<Hit[]> {
    await this.prepare(query);
    const { phrases, typingPhrase } = parseQuery(query);
    if (phrases.length === 0) return this.search(query, limit, perDocument);
    const kept: Hit[] = [];
    const perDoc = new Map<number, number>();
    const candidates = this.search(query, SEARCH_CONFIG.maxPhraseChecks);
    for (let start = 0; start < candidates.length && kept.length < limit; start += limit) {
      const batch = candidates.slice(start, start + limit);
      const texts = await Promise.all(batch.map((hit) => this.#files.record(hit.record)));
      batch.forEach((hit, i) => {
        const words = toTerms(texts[i]!.record.slice(1).join(' '));
        if (kept.length >= limit || (perDoc.get(hit.doc) ?? 0) >= perDocument) return;
        if (phrases.every((phrase, p) => containsRun(words, phrase, typingPhrase && p === phrases.length - 1))) {
          kept.push(hit);
          perDoc.set(hit.doc, (perDoc.get(hit.doc) ?? 0) + 1);
        }
      });
    }
    return kept;
  }

  /** Loads the shards and vocabulary the query's words, phrases, aliases and corrections need. */
  async prepare(query: string): Promise<void> {
    const { phrases, words, compounds } = parseQuery(query);
    const needed = new Set([...words, ...phrases.flat().filter(isIndexed), ...compounds.map((compound) => compound.joined)]);
    for (const [alias, title] of this.#synonyms) if (alias.every((term) => words.includes(term))) title.forEach((term) => needed.add(term));
    // A word's family is listed where its stem sorts, and its other forms nearly always sort there too.
    const stems = [...needed].flatMap((term) => familyOf(term) ?? []);
    await this.#files.shardsFor([...needed, ...stems]);
    await this.#files.shardsFor(stems.flatMap((stem) => this.#files.family(stem)));
    const misspelt = words.filter((word) => this.#isMisspelt(word));
    for (const firstLetter of [false, true]) {
      const pending = misspelt.filter((word) => this.#corrections(word).length === 0);
      await this.#files.vocabulary(pending.flatMap((word) => vocabularyFor(this.#files.core.vocabulary, word, firstLetter)));
      // Every vocabulary term is in the index: load the shards of the corrections found.
      await this.#files.shardsFor(pending.flatMap((word) => this.#corrections(word).map((correction) => correction.term)));
    }
  }

  /** Whether a document is a concept (concepts come after every essay). */
  isConcept(doc: number): boolean {
    return doc >= this.#files.core.essays;
  }

  /** Every concept, A–Z: the suggestions of an empty search box. */
  concepts(): Array<{ title: string; url: string }> {
    return this.#files.core.concepts.map(([slug, title]) => ({ title, url: paths.concept(slug) }));
  }

  /** The query's groups: what each word or phrase may match. Exposed for tests. */
  groups(query: string): QueryGroup[] {
    const { phrases, words, typing, typingPhrase, compounds } = parseQuery(query);
    // A phrase is ranked by its indexed words; `hits` then checks the whole of it, stop words included, in the text.
    // A word still being typed at the end of an open phrase is left to that check, or completed when it is all there is.
    const groups: QueryGroup[] = phrases.flatMap((phrase, p) => {
      const typed = typingPhrase && p === phrases.length - 1;
      const indexed = (typed ? phrase.slice(0, -1) : phrase).filter(isIndexed);
      const options = indexed.length > 0 || !typed ? [{ terms: indexed, quality: 1 }] : this.#wordOptions(phrase.at(-1)!, true);
      return options.length === 0 || options[0]!.terms.length === 0 ? [] : [{ source: `"${phrase.join(' ')}"`, options, phrase: true }];
    });
    for (let i = 0; i < words.length; i += 1) {
      // A hyphenated word is its parts together, or its one-word form: `well-being` finds `wellbeing` too.
      const compound = compounds.find(({ parts }) => startsAt(words, i, parts));
      if (compound) {
        const parts = compound.parts.filter(isIndexed);
        const last = typing && i + compound.parts.length === words.length;
        const options = [...(parts.length > 0 ? [{ terms: parts, quality: 1 }] : []), ...this.#wordOptions(compound.joined, last)];
        groups.push({ source: compound.parts.join('-'), options });
        i += compound.parts.length - 1;
        continue;
      }
      const synonym = this.#synonymAt(words, i);
      if (synonym) {
        const [alias, title] = synonym;
        const aliasOptions = alias.length === 1 ? this.#wordOptions(alias[0]!, false) : [{ terms: alias, quality: 1 }];
        groups.push({ source: alias.join(' '), options: [...aliasOptions, { terms: title, quality: 0.9 }] });
        i += alias.length - 1;
        continue;
      }
      const options = this.#wordOptions(words[i]!, typing && i === words.length - 1);
      // A single letter or digit (`Plan B`, `24/7`) is never indexed: unless it is being typed and completes, it asks
      // nothing of a result. Kept, it weighed as a word that matched nothing and held every result under the coverage.
      if (options.length > 0 || isIndexed(words[i]!)) groups.push({ source: words[i]!, options });
    }
    return groups;
  }

  /** Ranks over what is loaded (call `prepare` first). Synchronous: one keystroke's work. */
  search(query: string, limit: number = SEARCH_CONFIG.limit, perDocument = Infinity): Hit[] {
    const groups = this.groups(query);
    if (groups.length === 0) return [];
    // How informative each group is: the idf of its rarest known term. A word
    // that matches nothing weighs as much as the rarest word could.
    const weights = groups.map(
      (group) =>
        Math.max(0, ...group.options.flatMap((option) => option.terms.map((term) => this.#files.idf(term) ?? 0))) || this.#files.maxIdf,
    );
    const { phrases, typingPhrase } = parseQuery(query);
    const marked = phrases.map((phrase, p) => (typingPhrase && p === phrases.length - 1 ? phrase.slice(0, -1) : phrase));
    return this.#ranker
      .rank(
        this.#files,
        groups,
        weights,
        limit,
        Number.isFinite(perDocument) ? { perDocument, documentOf: (record) => this.#files.documentOf(record) } : undefined,
      )
      .map(({ record, score, terms }) => ({
        record,
        doc: this.#files.documentOf(record),
        score,
        terms,
        phrases: marked.filter((phrase) => phrase.length > 0),
      }));
  }

  /** A hit with its title, link and excerpt, from its fragment. */
  async resolve(hit: Hit): Promise<SearchResult> {
    const { slug, record, essayTitle } = await this.#files.record(hit.record);
    return describe(hit, slug, record, essayTitle);
  }

  #isMisspelt(word: string): boolean {
    return [...word].length >= SEARCH_CONFIG.minFuzzyLength && !this.#files.has(word);
  }

  /** One-edit corrections of a word from the vocabulary files loaded so far. */
  #corrections(word: string): Correction[] {
    for (const firstLetter of [false, true]) {
      const requests: VocabularyRequest[] = vocabularyFor(this.#files.core.vocabulary, word, firstLetter);
      const vocabulary = requests.map((request) => this.#files.loadedVocabulary(request.entry));
      const quality = firstLetter ? SEARCH_CONFIG.firstLetterCorrectionQuality : SEARCH_CONFIG.correctionQuality;
      const found = corrections(word, vocabulary, quality);
      if (found.length > 0) return found;
    }
    return [];
  }

  /** Acceptable terms for one query word, with how much each counts. */
  #wordOptions(word: string, typing: boolean): Option[] {
    // A term reached two ways (a completion that is also another form of the word) counts by the better one.
    const best = new Map<string, number>();
    const add = (term: string, quality: number): void => {
      best.set(term, Math.max(best.get(term) ?? 0, quality));
    };
    const exact = this.#files.has(word);
    if (exact) add(word, 1);
    const completion = exact ? SEARCH_CONFIG.prefixQualityAfterWord : SEARCH_CONFIG.prefixQuality;
    // Other forms of the word: its stem when that is a term (`trust` for `trusting`), and the terms listed under it.
    const stem = familyOf(word);
    if (stem !== undefined)
      for (const term of [stem, ...this.#files.family(stem)]) if (this.#files.has(term)) add(term, SEARCH_CONFIG.familyQuality);
    if (typing) for (const term of this.#files.completions(word)) add(term, completion);
    if (this.#isMisspelt(word))
      for (const correction of this.#corrections(word)) if (this.#files.has(correction.term)) add(correction.term, correction.quality);
    return [...best].map(([term, quality]) => ({ terms: [term], quality }));
  }

  #synonymAt(words: readonly string[], start: number): readonly [string[], string[]] | undefined {
    let best: readonly [string[], string[]] | undefined;
    for (const synonym of this.#synonyms) {
      const [alias] = synonym;
      if (startsAt(words, start, alias) && alias.length > (best?.[0].length ?? 0)) best = synonym;
    }
    return best;
  }
}

/** Whether `run` stands in `words` from `start` on: an alias, or a hyphenated word's parts. */
const startsAt = (words: readonly string[], start: number, run: readonly string[]): boolean =>
  run.every((term, offset) => words[start + offset] === term);

/** What a result shows of a record: kind, title, deep link, breadcrumb, excerpt or sides. */
function describe(hit: Hit, slug: string, record: StoredRecord, essayTitle: string | undefined): SearchResult {
  const [kindCode, title, anchor, text, second] = record;
  const kind = KINDS[kindCode] ?? 'section';
  const url = kind === 'concept' ? paths.concept(slug) : paths.essay(slug, anchor);
  const terms = new Set(hit.terms);
  const sides = kind === 'contrast' ? ([text, second ?? ''] as const) : undefined;
  return {
    ...hit,
    kind,
    title,
    url,
    parent: kind === 'section' || kind === 'contrast' ? essayTitle : undefined,
    excerpt: sides ? '' : excerpt(text, terms, hit.phrases),
    sides,
  };
}
