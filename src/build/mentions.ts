/**
 * Where the essays use each concept: the passages (an essay's introduction,
 * its sections) and contrasts whose text contains its title or one of its
 * aliases (folded, singular or plural).
 */
import { conceptMatcher, mentionsConcept } from '../model/concepts.ts';
import type { Concept, Essay } from '../model/schemas.ts';
import { terms } from '../model/text.ts';
import { paths } from '../routes.ts';

/**
 * What a concept page calls the text before an essay's first heading: it has
 * no heading of its own, and it is often the whole of a short essay.
 */
const INTRODUCTION = 'Introduction';

export interface Mention {
  readonly kind: 'section' | 'contrast';
  readonly essaySlug: string;
  readonly essayTitle: string;
  /** The section heading (`INTRODUCTION` for the text before the first one) or the contrast's aspect. */
  readonly label: string;
  readonly href: string;
}

/**
 * The mentions of every concept, in the concepts' order. Each passage is
 * folded once, however many concepts there are (a concept page per concept
 * would otherwise fold the whole corpus again).
 */
export function mentionsByConcept(concepts: ReadonlyArray<Pick<Concept, 'title' | 'aliases'>>, essays: readonly Essay[]): Mention[][] {
  const matchers = concepts.map(conceptMatcher);
  const mentions: Mention[][] = concepts.map(() => []);
  const check = (text: string, mention: Mention): void => {
    const haystack = terms(text);
    matchers.forEach((matcher, index) => {
      if (mentionsConcept(text, haystack, matcher)) mentions[index]!.push(mention);
    });
  };
  for (const essay of essays) {
    if (essay.intro) {
      check(essay.intro, {
        kind: 'section',
        essaySlug: essay.slug,
        essayTitle: essay.title,
        label: INTRODUCTION,
        href: paths.essay(essay.slug),
      });
    }
    for (const section of essay.sections) {
      check(`${section.heading} ${section.text}`, {
        kind: 'section',
        essaySlug: essay.slug,
        essayTitle: essay.title,
        label: section.heading,
        href: paths.essay(essay.slug, section.id),
      });
    }
    for (const contrast of essay.contrasts) {
      check(`${contrast.aspect} ${contrast.leadershipText} ${contrast.managementText}`, {
        kind: 'contrast',
        essaySlug: essay.slug,
        essayTitle: essay.title,
        label: contrast.aspect,
        href: paths.contrastInEssay(essay.slug, contrast.aspectSlug),
      });
    }
  }
  return mentions;
}
