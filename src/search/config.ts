/**
 * Everything that decides how search indexes and ranks, in one frozen object
 * shared by the index builder (build time), the dialog and results page
 * (browser), the CLI and the benchmark. Change a number here and all four
 * change together.
 */
import type { IFuseOptions } from 'fuse.js';

/** What a search result can be. The order is the on-disk code (0–3). */
export const KINDS = Object.freeze(['essay', 'section', 'contrast', 'concept'] as const);
export type Kind = (typeof KINDS)[number];

/** The fields of a record. Every term of every field is indexed. */
export const FIELDS = Object.freeze(['title', 'summary', 'body'] as const);
export type Field = (typeof FIELDS)[number];

/**
 * BM25F (Robertson & Zaragoza, "The Probabilistic Relevance Framework", 2009):
 * each field's term frequency is weighted and normalised by the field's length
 * before one saturation. https://doi.org/10.1561/1500000019
 */
export const FIELD_SETTINGS = Object.freeze({
  /** Essay title, section heading, aspect, concept name and aliases. */
  title: Object.freeze({ weight: 10, lengthNorm: 0.5 }),
  /** Essay description, author, tags and sources; both sides of a contrast; a concept's definition. */
  summary: Object.freeze({ weight: 3, lengthNorm: 0.6 }),
  /** The prose of an essay's introduction or of a section. */
  body: Object.freeze({ weight: 1, lengthNorm: 0.75 }),
} satisfies Record<Field, { weight: number; lengthNorm: number }>);

export const SEARCH_CONFIG = Object.freeze({
  /** Bumped when the index format changes; the engine refuses other versions. */
  version: 4,
  /** BM25 saturation: how fast repeated occurrences stop adding (default 1.2). */
  k1: 1.2,
  /**
   * A posting's precomputed impact (saturated BM25F weight × kind boost) is
   * stored in this many levels, 1 to `impactLevels`; it must fit the 5 bits
   * the postings codec gives it.
   */
  impactLevels: 31,
  /**
   * Multiplier on a term's weight in a record whose title (a heading, an
   * aspect, a concept's name or one of its aliases) is that term alone; a
   * title of n words gives each a 1/n share of the extra. BM25F saturates a
   * title hit, so without it a section headed "Trust" ties with every
   * heading that holds the word among others and every page that says it
   * more often; a reader who types a heading means that section.
   */
  titleFocus: 1.25,
  /** Multiplier per kind, so a concept page outranks a passage that merely mentions it. */
  kindBoost: Object.freeze({ essay: 1, section: 1, contrast: 1.1, concept: 1.3 } satisfies Record<Kind, number>),
  /**
   * A postings shard closes before it passes this many bytes (uncompressed).
   * Shards are cut between terms at the shortest prefix that separates them,
   * so a common first letter gets many shards, never one huge file.
   */
  shardBytes: 36_000,
  /** The same for the typo vocabulary files (terms by first letter and length). */
  vocabularyBytes: 12_000,
  /** Fragment files hold whole documents (an essay, or several concepts) up to this size; a longer essay is cut between its records. */
  fragmentBytes: 24_000,
  /** Results returned by default. */
  limit: 20,
  /** A query word shorter than this is never typo-corrected (too many false friends). */
  minFuzzyLength: 5,
  /** Corrections kept per misspelt word, closest first. */
  maxFuzzyVariants: 4,
  /** The word being typed is also matched as a prefix, with at most this many completions. */
  maxPrefixVariants: 8,
  /** How much a completion of the word being typed counts, against an exact word (1). */
  prefixQuality: 0.75,
  /**
   * The same when what is typed is already a word of the index: the reader may
   * stop there, so a short passage holding a longer word must not outrank a
   * long one holding the word itself.
   */
  prefixQualityAfterWord: 0.4,
  /** How much another form of the word counts (`managed` or `manager` for `managing`: see families.ts). */
  familyQuality: 0.7,
  /** How much a one-edit correction counts; a first-letter correction counts a little less. */
  correctionQuality: 0.8,
  firstLetterCorrectionQuality: 0.7,
  /**
   * Share of the query's information (idf-weighted words) a record must match.
   * Missing a word as common as "leadership" costs little; missing the rare
   * word the reader is after drops the record.
   */
  minCoverage: 0.5,
  /** Records whose quoted phrases are checked against their full text before giving up. */
  maxPhraseChecks: 200,
  /** Words in a result's excerpt (Pagefind shows 30). */
  excerptWords: 30,
  /** Sub-results shown under one essay in the dialog and on the results page. */
  resultsPerDocument: 3,
  /** Typing pause before the dialog searches, in milliseconds. */
  debounceMs: 60,
  /**
   * Typing pause before the dialog speaks its result count to a screen reader,
   * in milliseconds: long enough to span the gaps between a steady typist's
   * keys, so a word is followed by one count, not one per letter (GOV.UK's
   * accessible-autocomplete waits 1,400 ms).
   */
  announceMs: 1000,
});

/**
 * fuse.js options for typo correction over one vocabulary file (terms with
 * one first letter and nearby lengths). Terms are already folded and stemmed,
 * so fuse does no folding of its own. The threshold lets two bitap errors
 * through in five letters (a transposition is two); the engine keeps only
 * candidates one Damerau edit away. https://www.fusejs.io/api/options.html
 */
export const FUSE_OPTIONS: IFuseOptions<string> = Object.freeze({
  includeScore: true,
  isCaseSensitive: false,
  ignoreLocation: true,
  threshold: 0.45,
  minMatchCharLength: 2,
  shouldSort: true,
});

/** Words too common to rank anything; never indexed, but quoted phrases may hold them. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an and are as at be but by for from had has have he her his i if in into is it its me my no not of on
or our she so than that the their them then there these they this those to too us was we were what when
which who whom why will with you your`.split(/\s+/),
);

/**
 * Whether a folded, stemmed term has postings: stop words and single Latin
 * letters or digits have none (a single CJK character does). Quoted phrases
 * may hold any word; only these are looked up, the rest is checked in the text.
 */
export const isIndexed = (term: string): boolean => !STOP_WORDS.has(term) && (term.length > 1 || /[^\p{Script=Latin}\p{N}]/u.test(term));
