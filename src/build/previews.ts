/**
 * What a link preview shows of a page: an essay's title and description, the
 * opening lines of each section and both sides of each contrast; a concept's
 * definition. One small file per page (`paths.preview`), read only when a
 * reader hovers or focuses a link to it.
 */
import type { Concept, Essay } from '../model/schemas.ts';
import { truncate } from '../model/text.ts';
import { contrastId } from '../routes.ts';

/** Characters of a section's opening shown in a preview. */
const LEAD = 220;

export interface EssayPreview {
  readonly kind: 'essay';
  readonly title: string;
  readonly description: string;
  /** `[id, heading, opening lines]`. */
  readonly sections: ReadonlyArray<readonly [string, string, string]>;
  /** `[row id, aspect, leadership, management]`. */
  readonly contrasts: ReadonlyArray<readonly [string, string, string, string]>;
}

export interface ConceptPreview {
  readonly kind: 'concept';
  readonly title: string;
  readonly description: string;
}

export function essayPreview(essay: Essay): EssayPreview {
  return {
    kind: 'essay',
    title: essay.title,
    description: essay.description,
    sections: essay.sections.map((section) => [section.id, section.heading, truncate(section.text, LEAD)] as const),
    contrasts: essay.contrasts.map(
      (contrast) => [contrastId(contrast.aspectSlug), contrast.aspect, contrast.leadershipText, contrast.managementText] as const,
    ),
  };
}

export function conceptPreview(concept: Concept): ConceptPreview {
  return { kind: 'concept', title: concept.title, description: truncate(concept.text, LEAD) };
}
