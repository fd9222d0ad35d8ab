/**
 * A link preview's files. An essay's preview holds the opening of every
 * section and both sides of every row, so a long essay's would be large
 * (330 sections and 400 rows: 158 KB), fetched in full to show one card. Up
 * to `PREVIEW_BYTES` it stays one file; a longer one is a small first file
 * (title, description, old row ids, how many parts) and parts that each hold
 * the sections and rows `previewPartOf` files there. A card then reads the
 * first file and, for a section or row, one part.
 */
import { paths, previewPartOf } from '../routes.ts';
import type { EssayPreview, EssayPreviewPart } from './previews.ts';

/** The most bytes of an essay's preview kept in one file; also about the size of each part. */
export const PREVIEW_BYTES = 24_000;

/** `[file path, JSON]` of each of a page's preview files. */
export function previewFiles(page: string, preview: EssayPreview, limit = PREVIEW_BYTES): Array<readonly [string, string]> {
  const whole = JSON.stringify(preview);
  if (whole.length <= limit) return [[paths.preview(page), whole]];
  // A quarter to spare: ids fall into parts by hash, not evenly.
  const parts = Math.ceil((whole.length * 1.25) / limit);
  const files = Array.from(
    { length: parts },
    (): { sections: EssayPreview['sections'][number][]; contrasts: EssayPreview['contrasts'][number][] } => ({
      sections: [],
      contrasts: [],
    }),
  );
  for (const section of preview.sections) files[previewPartOf(section[0], parts)]!.sections.push(section);
  for (const row of preview.contrasts) files[previewPartOf(row[0], parts)]!.contrasts.push(row);
  const first: EssayPreview = { ...preview, sections: [], contrasts: [], parts };
  return [
    [paths.preview(page), JSON.stringify(first)],
    ...files.map((part, k) => [paths.previewPart(page, k), JSON.stringify(part satisfies EssayPreviewPart)] as const),
  ];
}
