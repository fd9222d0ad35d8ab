/**
 * The words that stand for a concept (its title and aliases, as folded,
 * singular terms) and whether a passage uses one of them.
 */
import type { Concept } from './schemas.ts';
import { containsRun, terms } from './text.ts';

/** The phrases that stand for a concept, as term lists: its title and aliases. */
export function conceptPhrases(concept: Pick<Concept, 'title' | 'aliases'>): string[][] {
  const phrases = [concept.title, ...concept.aliases].map(terms).filter((phrase) => phrase.length > 0);
  const unique = new Map(phrases.map((phrase) => [phrase.join(' '), phrase]));
  return [...unique.values()];
}

/** True when `haystack` (terms) contains any phrase as consecutive terms. */
export function containsPhrase(haystack: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((phrase) => containsRun(haystack, phrase));
}
