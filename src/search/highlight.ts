/**
 * Splits text into runs to mark and runs to leave, for `<mark>` elements
 * built from text nodes (never HTML). A word is marked when its folded,
 * stemmed form is one of the matched index terms.
 */
import { terms, WORD } from '../model/text.ts';

export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

/** The index term a word of text stands for: folded, apostrophes dropped, stemmed. */
export const termOf = (word: string): string => terms(word).join('');

export function highlightSegments(text: string, terms: ReadonlySet<string>): Segment[] {
  if (terms.size === 0 || !text) return text ? [{ text, mark: false }] : [];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!terms.has(termOf(word))) continue;
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    // Chinese or Japanese letters are words of one letter: letters matched side by side are one mark.
    const previous = segments.at(-1);
    if (previous?.mark && start === last) segments[segments.length - 1] = { text: previous.text + word, mark: true };
    else segments.push({ text: word, mark: true });
    last = start + word.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/** Terms from a `?h=` parameter: folded, stemmed words; anything else is ignored. */
export function termsFromParam(value: string | null): Set<string> {
  return new Set(
    (value ?? '')
      .slice(0, 200)
      .split(/\s+/)
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
