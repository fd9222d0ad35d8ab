/**
 * A result's excerpt: the passage of its text where the query's words occur,
 * about thirty words long, cut at word boundaries. The window with the most
 * words of a quoted phrase standing whole wins, then the one with the most
 * different matched words, then the one with the most matches, then the
 * earliest; it starts a few words before its first match.
 */
import { SEARCH_CONFIG } from './config.ts';
import { matchWords, type Phrase } from './highlight.ts';

/** Words kept before the first match, so the excerpt does not start on it. */
const LEAD = 4;

export function excerpt(
  text: string,
  terms: ReadonlySet<string>,
  phrases: readonly Phrase[] = [],
  length: number = SEARCH_CONFIG.excerptWords,
): string {
  const words = matchWords(text, terms, phrases);
  if (words.length <= length) return text.trim();
  let best = { start: 0, inPhrase: 0, distinct: 0, count: 0 };
  const inWindow = new Map<string, number>();
  let count = 0;
  let inPhrase = 0;
  const add = (index: number, delta: number): void => {
    const { term, inPhrase: phraseWord } = words[index]!;
    if (term === undefined) return;
    count += delta;
    if (phraseWord) inPhrase += delta;
    const next = (inWindow.get(term) ?? 0) + delta;
    if (next === 0) inWindow.delete(term);
    else inWindow.set(term, next);
  };
  for (let end = 0; end < words.length; end += 1) {
    add(end, 1);
    const start = end - length + 1;
    if (start > 0) add(start - 1, -1);
    // A quoted phrase's words first: the reader asked for that passage, not for its words wherever they are.
    const better =
      inPhrase > best.inPhrase ||
      (inPhrase === best.inPhrase && (inWindow.size > best.distinct || (inWindow.size === best.distinct && count > best.count)));
    if (start >= 0 && better) best = { start, inPhrase, distinct: inWindow.size, count };
  }
  let first = best.start;
  if (best.count > 0) {
    while (first < words.length && words[first]!.term === undefined) first += 1;
    first = Math.max(0, Math.min(first - LEAD, words.length - length));
  }
  const last = Math.min(words.length, first + length) - 1;
  const head = first > 0 ? '…' : '';
  const tail = last < words.length - 1 ? '…' : '';
  return `${head}${text.slice(words[first]!.start, words[last]!.end)}${tail}`;
}
