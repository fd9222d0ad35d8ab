/**
 * Splits text into runs to mark and runs to leave, for `<mark>` elements
 * built from text nodes (never HTML). A word is marked when its folded,
 * stemmed form is one of the matched index terms.
 */
import { compoundTerm, HYPHENS, terms, WORD } from '../model/text.ts';

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
}

/** Every word of `text` with the term it was matched by, if any; a compound matched whole is one word. */
export function matchWords(text: string, terms: ReadonlySet<string>): MatchedWord[] {
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

export function highlightSegments(text: string, terms: ReadonlySet<string>): Segment[] {
  if (terms.size === 0 || !text) return text ? [{ text, mark: false }] : [];
  const segments: Segment[] = [];
  let last = 0;
  for (const { start, end, term } of matchWords(text, terms)) {
    if (term === undefined) continue;
    const word = text.slice(start, end);
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    // Chinese or Japanese letters are words of one letter: letters matched side by side are one mark.
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
      .filter((word) => /^[\p{L}\p{N}]+$/u.test(word))
      .flatMap((word) => terms(word)),
  );
}

/** Adds `?h=<terms>` to a site-relative result URL, before its fragment. */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const [path, hash] = url.split('#');
  return `${path}?h=${encodeURIComponent(terms.join(' '))}${hash ? `#${hash}` : ''}`;
}
