/**
 * Where the essays use a concept: the sections and contrasts whose text
 * contains its title or one of its aliases (folded, singular or plural).
 */
import type { Concept, Essay } from './schemas.ts';
import { contrastId, type AspectSlug } from './slug.ts';
import { containsRun, terms } from './text.ts';

export interface Mention {
  readonly kind: 'section' | 'contrast';
  readonly essaySlug: string;
  readonly essayTitle: string;
  /** The section heading or the contrast's aspect. */
  readonly label: string;
  readonly href: string;
}

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

/**
 * The mentions of every concept, in the concepts' order. Each passage is
 * folded once, however many concepts there are (a concept page per concept
 * would otherwise fold the whole corpus again).
 */
export function mentionsByConcept(concepts: ReadonlyArray<Pick<Concept, 'title' | 'aliases'>>, essays: readonly Essay[]): Mention[][] {
  const phrases = concepts.map(conceptPhrases);
  const mentions: Mention[][] = concepts.map(() => []);
  const check = (text: string, mention: Mention): void => {
    const haystack = terms(text);
    phrases.forEach((phrase, index) => {
      if (containsPhrase(haystack, phrase)) mentions[index]!.push(mention);
    });
  };
  for (const essay of essays) {
    for (const section of essay.sections) {
      check(`${section.heading} ${section.text}`, { kind: 'section', essaySlug: essay.slug, essayTitle: essay.title, label: section.heading, href: `/essays/${essay.slug}/#${section.id}` });
    }
    for (const contrast of essay.contrasts) {
      check(`${contrast.aspect} ${contrast.leadershipText} ${contrast.managementText}`, {
        kind: 'contrast',
        essaySlug: essay.slug,
        essayTitle: essay.title,
        label: contrast.aspect,
        href: `/essays/${essay.slug}/#${contrastId(contrast.aspectSlug as AspectSlug)}`,
      });
    }
  }
  return mentions;
}
