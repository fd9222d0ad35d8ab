/**
 * Where a contrast table stood in an essay's HTML: rehype-contrast-slots
 * leaves a `<!--contrast-table:N-->` comment there, and the page renders the
 * N-th table with ComparisonTable. The sanitiser removes every author
 * comment, so no marker can be forged.
 */
import type { Comment } from 'hast';

const PREFIX = 'contrast-table:';

/** The marker for table `index`. */
export const contrastMarker = (index: number): Comment => ({ type: 'comment', value: `${PREFIX}${index}` });

/** A body cut at the markers: runs of HTML, and the tables between them. */
export type BodyPart = { readonly type: 'html'; readonly html: string } | { readonly type: 'contrasts'; readonly table: number };

/** Cuts rendered HTML at the markers. */
export function splitAtMarkers(html: string): BodyPart[] {
  const parts = html.split(new RegExp(`<!--${PREFIX}(\\d+)-->`));
  const blocks: BodyPart[] = [];
  parts.forEach((part, index) => {
    if (index % 2 === 1) blocks.push({ type: 'contrasts', table: Number(part) });
    else if (part.trim()) blocks.push({ type: 'html', html: part });
  });
  return blocks;
}
