/**
 * What a link preview shows of a page: an essay's title and description, the
 * opening lines of each section and both sides of each contrast; a concept's
 * definition. One small file per page (`paths.preview`), read only when a
 * reader hovers or focuses a link to it.
 */
import type { AspectSettings } from '../model/aspects.ts';
import type { Concept, Essay } from '../model/schemas.ts';
import { truncate } from '../model/text.ts';
import { contrastId, paths } from '../routes.ts';
import { oldContrastIds } from './aspect-groups.ts';
import { previewFiles } from './preview-parts.ts';
import { getAspectSettings, getConcepts, getEssays, keptPerContent } from './queries.ts';

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
  /** `[old row id, row id]`: a row's ids under its aspect's old slugs (`aliases` in `aspects.yml`); absent when it has none. */
  readonly aliases?: ReadonlyArray<readonly [string, string]>;
  /** For a long essay, how many part files hold its sections and rows (then empty here): see preview-parts.ts. */
  readonly parts?: number;
}

/** One part of a long essay's preview: the sections and rows whose ids `previewPartOf` files in it. */
export type EssayPreviewPart = Pick<EssayPreview, 'sections' | 'contrasts'>;

export interface ConceptPreview {
  readonly kind: 'concept';
  readonly title: string;
  readonly description: string;
}

function essayPreview(essay: Essay, settings: AspectSettings): EssayPreview {
  const aliases = essay.contrasts.flatMap(({ aspectSlug }) =>
    oldContrastIds(settings, aspectSlug).map((oldId) => [oldId, contrastId(aspectSlug)] as const),
  );
  return {
    kind: 'essay',
    title: essay.title,
    description: essay.description,
    sections: essay.sections.map((section) => [section.id, section.heading, truncate(section.text, LEAD)] as const),
    contrasts: essay.contrasts.map(
      (contrast) => [contrastId(contrast.aspectSlug), contrast.aspect, contrast.leadershipText, contrast.managementText] as const,
    ),
    ...(aliases.length > 0 ? { aliases } : {}),
  };
}

function conceptPreview(concept: Concept): ConceptPreview {
  return { kind: 'concept', title: concept.title, description: truncate(concept.text, LEAD) };
}

/** Every preview file: its path and JSON, kept between builds like the search index (`keptPerContent`). */
export const getPreviewFiles: () => Promise<ReadonlyArray<readonly [file: string, json: string]>> = keptPerContent('previews', async () => {
  const settings = await getAspectSettings();
  return [
    ...(await getEssays()).flatMap((essay) => previewFiles(paths.essay(essay.slug), essayPreview(essay, settings))),
    ...(await getConcepts()).map(
      (concept) => [paths.preview(paths.concept(concept.slug)), JSON.stringify(conceptPreview(concept))] as const,
    ),
  ];
});
