/**
 * Everything that decides how search ranks, in one frozen object shared by
 * the index builder (build time), the dialog and results page (browser), the
 * CLI and the benchmark. Change a number here and all four change together.
 */
import type { IFuseOptions } from 'fuse.js';

/** What a search result can be. The order is the on-disk code (0–3). */
export const KINDS = Object.freeze(['essay', 'section', 'contrast', 'concept'] as const);
export type Kind = (typeof KINDS)[number];

/** Where a term was found in a record; higher means the record is more about it. */
export const FIELD_WEIGHT = Object.freeze({
  /** Essay title, section heading, aspect, concept name or alias. */
  title: 3,
  /** Essay description and tags, both sides of a contrast, a concept's definition. */
  summary: 2,
  /** The prose of a section (its most distinctive terms only). */
  body: 1,
} as const);

export const SEARCH_CONFIG = Object.freeze({
  /** Bumped when the index format changes. */
  version: 1,
  /**
   * How many of a section's most distinctive words (by tf-idf) are indexed.
   * fuse.js scans every indexed character, so whole bodies are never given
   * to it; these terms feed the term → record postings instead.
   */
  bodyTermsPerSection: 24,
  /** The same for an essay's introduction (the text before its first heading). */
  bodyTermsPerIntro: 24,
  /** Results returned by default. */
  limit: 20,
  /** A query word shorter than this is never typo-corrected (too many false friends). */
  minFuzzyLength: 4,
  /** At most this many corrections are tried per misspelt word. */
  maxFuzzyVariants: 4,
  /** The word being typed is also matched as a prefix, with at most this many completions. */
  maxPrefixVariants: 8,
  /** How much a completion of the word being typed counts, against an exact word (1). */
  prefixQuality: 0.75,
  /** Multiplier per kind, so a concept page outranks a passage that merely mentions it. */
  kindBoost: Object.freeze({ essay: 1, section: 1, contrast: 1.1, concept: 1.3 } satisfies Record<Kind, number>),
  /** Bonus when the whole query is a record's title (folded). */
  exactTitleBonus: 2,
  /** Bonus when a quoted phrase appears, in order, in a record's title or snippet. */
  phraseBonus: 1.5,
  /**
   * Share of the query's information (idf-weighted words) a record must match.
   * Missing a word as common as "leadership" costs little; missing the rare
   * word the reader is after drops the record.
   */
  minCoverage: 0.5,
  /** Typing pause before the dialog searches, in milliseconds. */
  debounceMs: 60,
});

/**
 * fuse.js options for typo correction over the vocabulary of distinct folded
 * terms. Terms are already folded and stemmed, so fuse does no folding of
 * its own. https://www.fusejs.io/api/options.html
 */
export const FUSE_OPTIONS: IFuseOptions<string> = Object.freeze({
  includeScore: true,
  isCaseSensitive: false,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  shouldSort: true,
});

/** Words too common to rank anything; ignored unless the query holds nothing else. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an and are as at be but by for from had has have he her his i if in into is it its me my no not of on
or our she so than that the their them then there these they this those to too us was we were what when
which who whom why will with you your`.split(/\s+/),
);
