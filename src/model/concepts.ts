/**
 * The words that stand for a concept (its title and aliases, as folded,
 * singular terms) and whether a passage uses one of them.
 */
import type { Concept } from './schemas.ts';
import { containsRun, terms } from './text.ts';

/** Names as term lists, each once. */
function phrasesOf(names: readonly string[]): string[][] {
  const phrases = names.map(terms).filter((phrase) => phrase.length > 0);
  const unique = new Map(phrases.map((phrase) => [phrase.join(' '), phrase]));
  return [...unique.values()];
}

/** The phrases that stand for a concept, as term lists: its title and aliases. */
export function conceptPhrases(concept: Pick<Concept, 'title' | 'aliases'>): string[][] {
  return phrasesOf([concept.title, ...concept.aliases]);
}

/** True when `haystack` (terms) contains any phrase as consecutive terms. */
function containsPhrase(haystack: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((phrase) => containsRun(haystack, phrase));
}

/** A name written wholly in capitals (`IT`, `HR`, `US`): an acronym, whose folded form is often an everyday word. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;

/** How a passage is checked for a concept: its names as term lists, and its acronyms as written. */
export interface ConceptMatcher {
  readonly phrases: readonly (readonly string[])[];
  readonly acronyms: readonly RegExp[];
}

/**
 * The concept's names to look for in passages. An acronym (`IT`) is matched
 * only where a passage writes it in capitals, as a word: folded, it is the
 * pronoun `it`, and every passage would mention the concept. (Search still
 * folds it, as it folds every query.)
 */
export function conceptMatcher(concept: Pick<Concept, 'title' | 'aliases'>): ConceptMatcher {
  const names = [concept.title, ...concept.aliases].map((name) => name.trim());
  const acronyms = names.filter((name) => ACRONYM.test(name));
  return {
    phrases: phrasesOf(names.filter((name) => !ACRONYM.test(name))),
    // Its plural too (`CEOs`).
    acronyms: acronyms.map((name) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${name}s?(?![\\p{L}\\p{M}\\p{N}])`, 'u')),
  };
}

/** True when a passage (its text, and its terms as `terms` gives them) uses one of the concept's names. */
export function mentionsConcept(text: string, haystack: readonly string[], matcher: ConceptMatcher): boolean {
  return containsPhrase(haystack, matcher.phrases) || matcher.acronyms.some((acronym) => acronym.test(text));
}
