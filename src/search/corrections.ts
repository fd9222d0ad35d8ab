/**
 * Typo correction over the index's vocabulary. fuse.js finds the terms close
 * to a misspelt word among the vocabulary files that can hold its correction
 * (same first letter, length within one); only those one edit away are kept
 * (Damerau: an insertion, a deletion, a substitution, or two neighbouring
 * letters swapped). A wrong first letter is looked for in the files of the
 * second letter.
 */
import Fuse from 'fuse.js/basic';
import { FUSE_OPTIONS, SEARCH_CONFIG } from './config.ts';
import type { VocabularyEntry } from './format.ts';

/** True when `a` becomes `b` by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let start = 0;
  while (start < short.length && short[start] === long[start]) start += 1;
  if (short.length === long.length) {
    const rest = start + 1;
    if (short.slice(rest) === long.slice(rest)) return true;
    return short[start] === long[start + 1] && short[start + 1] === long[start] && short.slice(start + 2) === long.slice(start + 2);
  }
  return short.slice(start) === long.slice(start + 1);
}

/** A vocabulary file to look in, and whether it is a first-letter correction. */
export interface VocabularyRequest {
  readonly entry: VocabularyEntry;
  readonly firstLetter: boolean;
}

/**
 * The vocabulary files that may hold a correction of `word`. First-letter
 * files hold the usual typos; with `firstLetter`, the files that catch a
 * wrong, missing or extra first letter, or the first two swapped.
 */
export function vocabularyFor(entries: readonly VocabularyEntry[], word: string, firstLetter: boolean): VocabularyRequest[] {
  const letters = [...word];
  const length = letters.length;
  const wanted: Array<[position: number, letter: string | undefined, min: number, max: number]> = firstLetter
    ? [
        [0, letters[1], length - 1, length], // an extra first letter, or the first two swapped
        [1, letters[1], length, length], // a wrong first letter
        [1, letters[0], length + 1, length + 1], // a missing first letter
      ]
    : [[0, letters[0], length - 1, length + 1]];
  const found = new Set<VocabularyEntry>();
  for (const [position, letter, min, max] of wanted) {
    for (const entry of entries) {
      if (entry[0] === position && entry[1] === letter && entry[2] <= max && entry[3] >= min) found.add(entry);
    }
  }
  return [...found].map((entry) => ({ entry, firstLetter }));
}

export interface Correction {
  readonly term: string;
  readonly quality: number;
}

/**
 * The terms one edit from `word` among the vocabularies, closest first. One
 * edit leaves a word of five letters or more either its first two letters
 * (the edit is later) or its last two (the edit is in the first two), so only
 * terms sharing one of those are compared; fuse.js then orders the terms one
 * edit away by how close its bitap search finds them.
 */
export function corrections(word: string, vocabularies: ReadonlyArray<readonly string[]>, quality: number): Correction[] {
  const [head, tail] = [word.slice(0, 2), word.slice(-2)];
  const near: string[] = [];
  for (const vocabulary of vocabularies) {
    for (const term of vocabulary) {
      if (Math.abs(term.length - word.length) > 1 || term === word || !(term.startsWith(head) || term.endsWith(tail))) continue;
      if (withinOneEdit(word, term)) near.push(term);
    }
  }
  if (near.length === 0) return [];
  const scored = new Fuse(near, FUSE_OPTIONS).search(word);
  return scored.slice(0, SEARCH_CONFIG.maxFuzzyVariants).map((hit) => ({ term: hit.item, quality: quality * (1 - (hit.score ?? 0) / 2) }));
}
