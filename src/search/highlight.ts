/**
 * Splits text into runs to mark and runs to leave, for `<mark>` elements
 * built from text nodes (never HTML). A word is marked when its folded,
 * stemmed form is one of the matched index terms.
 */
import { compoundTerm, HYPHENS, runStarts, terms, WORD } from '../model/text.ts';

export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

const known = new Map<string, string>();

/**
 * The index term a word of text stands for: folded, apostrophes dropped,
 * stemmed. Remembered, since an excerpt or a landing page reads every word
 * of its text and most words recur; the memory is emptied when it is full.
 */
function termOf(word: string): string {
  let term = known.get(word);
  if (term === undefined) {
    if (known.size >= 20_000) known.clear();
    term = terms(word).join('');
    known.set(word, term);
  }
  return term;
}

/** A word of text where a query matched it: its span, and the matched term (the whole compound's, for `well-being` found as `wellbeing`). */
export interface MatchedWord {
  readonly start: number;
  readonly end: number;
  readonly term: string | undefined;
  /** The word stands in one of the query's quoted phrases, where that phrase occurs whole. */
  readonly inPhrase?: boolean;
}

/** A quoted phrase as terms, in order (stop words included). */
export type Phrase = readonly string[];

/**
 * Every word of `text` with the term it was matched by, if any; a compound
 * matched whole is one word. Where a quoted phrase occurs whole, each of its
 * words is matched, stop words included, and flagged.
 */
export function matchWords(text: string, terms: ReadonlySet<string>, phrases: readonly Phrase[] = []): MatchedWord[] {
  const found = matchTerms(text, terms);
  return phrases.length === 0 ? found : matchPhrases(text, found, phrases);
}

function matchPhrases(text: string, found: MatchedWord[], phrases: readonly Phrase[]): MatchedWord[] {
  const own = found.map((word) => termOf(text.slice(word.start, word.end)));
  const result = [...found];
  for (const phrase of phrases) {
    for (const start of runStarts(own, phrase)) {
      for (let i = start; i < start + phrase.length; i += 1) result[i] = { ...found[i]!, term: found[i]!.term ?? own[i], inPhrase: true };
    }
  }
  return result;
}

function matchTerms(text: string, terms: ReadonlySet<string>): MatchedWord[] {
  const all = [...text.matchAll(WORD)].map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
  const found: MatchedWord[] = [];
  for (let first = 0; first < all.length;) {
    // Words joined by single hyphens are one compound: `well-being` may have been found as `wellbeing`.
    let last = first;
    while (last + 1 < all.length && all[last + 1]!.start === all[last]!.end + 1 && HYPHENS.includes(text[all[last]!.end]!)) last += 1;
    const whole = last > first ? compoundTerm(text.slice(all[first]!.start, all[last]!.end)) : undefined;
    if (whole !== undefined && terms.has(whole)) found.push({ start: all[first]!.start, end: all[last]!.end, term: whole });
    else
      for (const { start, end } of all.slice(first, last + 1)) {
        const term = termOf(text.slice(start, end));
        found.push({ start, end, term: terms.has(term) ? term : undefined });
      }
    first = last + 1;
  }
  return found;
}

export function highlightSegments(text: string, terms: ReadonlySet<string>, phrases: readonly Phrase[] = []): Segment[] {
  if ((terms.size === 0 && phrases.length === 0) || !text) return text ? [{ text, mark: false }] : [];
  const segments: Segment[] = [];
  let last = 0;
  for (const { start, end, term } of matchWords(text, terms, phrases)) {
    if (term === undefined) continue;
    const word = text.slice(start, end);
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    // Chinese, Japanese or Thai letters are words of one letter: letters matched side by side are one mark.
    const previous = segments.at(-1);
    if (previous?.mark && start === last) segments[segments.length - 1] = { text: previous.text + word, mark: true };
    else segments.push({ text: word, mark: true });
    last = end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/** Words of a `?h=` parameter read at most: a query's terms, with room to spare. */
const PARAM_WORDS = 32;

/**
 * Terms from a `?h=` parameter: folded, stemmed words; anything else is
 * ignored. Bounded by words, never cut inside one: cutting at 200 characters
 * turned a result's long term (a 336-letter word) into one the page lacks,
 * so nothing was marked.
 */
export function termsFromParam(value: string | null): Set<string> {
  return new Set(
    (value ?? '')
      .split(/\s+/, PARAM_WORDS)
      .filter((word) => /^[\p{L}\p{M}\p{N}]+$/u.test(word))
      .flatMap((word) => terms(word)),
  );
}

/** A phrase in `?h=`: its words joined by `_`, which no term holds and `termsFromParam` passes over. */
const PARAM_PHRASE = /^[\p{L}\p{M}\p{N}]+(?:_[\p{L}\p{M}\p{N}]+)+$/u;

/** Quoted phrases from a `?h=` parameter, as terms; anything else is ignored. */
export function phrasesFromParam(value: string | null): Phrase[] {
  return (value ?? '')
    .split(/\s+/, PARAM_WORDS)
    .filter((token) => PARAM_PHRASE.test(token))
    .map((token) => token.split('_').flatMap((word) => terms(word)));
}

/** Adds `?h=<terms and phrases>` to a site-relative result URL, before its fragment. */
export function withHighlight(url: string, terms: readonly string[], phrases: readonly Phrase[] = []): string {
  const tokens = [...terms, ...phrases.filter((phrase) => phrase.length > 1).map((phrase) => phrase.join('_'))];
  if (tokens.length === 0) return url;
  const [path, hash] = url.split('#');
  return `${path}?h=${encodeURIComponent(tokens.join(' '))}${hash ? `#${hash}` : ''}`;
}
