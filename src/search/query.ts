/**
 * Reading a query: quoted phrases and words, folded and stemmed exactly as
 * the index is, and whether the last word is still being typed.
 */
import { terms as toTerms, UNSPACED_RUN } from '../model/text.ts';
import { STOP_WORDS } from './config.ts';

export interface ParsedQuery {
  /** Quoted phrases, as terms; each must occur in a result's text, in order. */
  readonly phrases: string[][];
  /** The words outside quotes, stop words removed unless nothing else is left. */
  readonly words: string[];
  /** The last word is still being typed (no space or closing quote after it). */
  readonly typing: boolean;
}

/** Splits a query into quoted phrases and words, folded and stemmed like the index. */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  const asPhrase = (phrase: string): string => {
    const found = toTerms(phrase);
    if (found.length > 0) phrases.push(found);
    return ' ';
  };
  // Chinese or Japanese letters typed together must stand together in a result, as if quoted.
  const rest = query.replace(/"([^"]*)"?/g, (_, phrase: string) => asPhrase(phrase)).replace(UNSPACED_RUN, asPhrase);
  const all = toTerms(rest);
  const meaningful = all.filter((word) => !STOP_WORDS.has(word));
  const words = meaningful.length > 0 || phrases.length > 0 ? meaningful : all;
  const typing =
    words.length > 0 && words.at(-1) === all.at(-1) && /[\p{L}\p{N}]$/u.test(query) && (query.match(/"/g)?.length ?? 0) % 2 === 0;
  return { phrases, words, typing };
}
