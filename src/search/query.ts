/**
 * Reading a query: quoted phrases and words, folded and stemmed exactly as
 * the index is, and whether the last word is still being typed.
 */
import { COMPOUND, compoundTerm, terms as toTerms, UNSPACED_RUN } from '../model/text.ts';
import { STOP_WORDS } from './config.ts';

export interface ParsedQuery {
  /** Quoted phrases, as terms; each must occur in a result's text, in order. */
  readonly phrases: string[][];
  /** The words outside quotes, stop words removed unless nothing else is left. */
  readonly words: string[];
  /** The last word is still being typed (no space or closing quote after it). */
  readonly typing: boolean;
  /** The last phrase's quote is still open and its last word is being typed. */
  readonly typingPhrase: boolean;
  /** Hyphenated words outside quotes: their parts as they stand in `words`, and the one-word form (`wellbeing`). */
  readonly compounds: ReadonlyArray<{ readonly parts: readonly string[]; readonly joined: string }>;
}

/**
 * Double quotation marks other than `"`: the curly ones a phone's smart
 * punctuation types (“ ”), German „ “, French « », and the full-width ＂ of
 * Chinese and Japanese keyboards. Each opens or closes a phrase as `"` does.
 */
const QUOTES = /[“”„‟«»＂]/g;

/** Splits a query into quoted phrases and words, folded and stemmed like the index. */
export function parseQuery(typed: string): ParsedQuery {
  const query = typed.replace(QUOTES, '"');
  const quoted: string[][] = [];
  const unspaced: string[][] = [];
  const endsInWord = /[\p{L}\p{M}\p{N}]$/u.test(query);
  let typingPhrase = false;
  const rest = query
    .replace(/"([^"]*)("?)/g, (_, phrase: string, close: string) => {
      const found = toTerms(phrase);
      if (found.length > 0) {
        quoted.push(found);
        typingPhrase = !close && endsInWord;
      }
      return ' ';
    })
    // Chinese, Japanese or Thai letters typed together must stand together in a result, as if quoted.
    .replace(UNSPACED_RUN, (run) => {
      unspaced.push(toTerms(run));
      return ' ';
    });
  // A quote still open is the query's end: its phrase stays last, where `typingPhrase` points.
  const phrases = [...unspaced, ...quoted];
  const all = toTerms(rest);
  const meaningful = all.filter((word) => !STOP_WORDS.has(word));
  const words = meaningful.length > 0 || phrases.length > 0 ? meaningful : all;
  const typing = words.length > 0 && words.at(-1) === all.at(-1) && endsInWord && (query.match(/"/g)?.length ?? 0) % 2 === 0;
  const compounds = (rest.match(COMPOUND) ?? []).flatMap((compound) => {
    const joined = compoundTerm(compound);
    const parts = toTerms(compound).filter((term) => words === all || !STOP_WORDS.has(term));
    return joined && parts.length > 0 ? [{ parts, joined }] : [];
  });
  return { phrases, words, typing, typingPhrase, compounds };
}
