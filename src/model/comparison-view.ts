/**
 * What ComparisonTable.astro draws, for each place it appears: an essay's own
 * table, an aspect's contrasts across essays, and the home page's headline.
 * The component only renders; these functions decide ids, labels and links.
 */
import type { AspectGroup, AspectRow, AspectSettings } from './aspects.ts';
import type { Essay } from './schemas.ts';
import { contrastId, type AspectSlug } from './slug.ts';

export interface ComparisonRow {
  /** The row's element id, when the row itself is a link target. */
  readonly id?: string | undefined;
  /** Old ids that should still land on this row (renamed aspects). */
  readonly aliasIds: readonly string[];
  /** First-column text: the aspect, or the essay the contrast comes from. */
  readonly label: string;
  readonly labelHref?: string | undefined;
  /** Words read after the label by screen readers only, to say where its link goes. */
  readonly labelHint?: string | undefined;
  /** Sanitised inline HTML from the pipeline. */
  readonly leadership: string;
  readonly management: string;
  /** What the row's copy-link control shares. */
  readonly copy: { readonly href: string; readonly label: string };
  /** A secondary link under the label. */
  readonly more?: { readonly href: string; readonly text: string } | undefined;
}

export const comparePath = (slug: string): string => `/compare/${slug}/`;
export const essayRowPath = (row: Pick<AspectRow, 'essay' | 'aspectSlug'>): string =>
  `/essays/${row.essay}/#${contrastId(row.aspectSlug as AspectSlug)}`;

/** An essay's own contrast table: rows are aspects, each a link target on the page. */
export function essayRows(essay: Essay, table: number, settings: AspectSettings = {}): ComparisonRow[] {
  return (essay.tables[table] ?? []).flatMap((index) => {
    const contrast = essay.contrasts[index];
    if (!contrast) return [];
    const id = contrastId(contrast.aspectSlug as AspectSlug);
    return [
      {
        id,
        aliasIds: (settings[contrast.aspectSlug]?.aliases ?? []).map((alias) => contrastId(alias as AspectSlug)),
        label: contrast.aspect,
        labelHref: comparePath(contrast.aspectSlug),
        labelHint: ': compare across essays',
        leadership: contrast.leadership,
        management: contrast.management,
        copy: { href: `#${id}`, label: `Link to contrast: ${contrast.aspect}` },
      },
    ];
  });
}

/** One aspect across essays: rows are essays, each linking back to its row. */
export function aspectRows(group: AspectGroup): ComparisonRow[] {
  return group.rows.map((row) => ({
    aliasIds: [],
    label: row.essayTitle,
    labelHref: essayRowPath(row),
    labelHint: `: ${group.name} in this essay`,
    leadership: row.leadership,
    management: row.management,
    copy: { href: essayRowPath(row), label: `Link to ${group.name} in “${row.essayTitle}”` },
  }));
}

/** The home page's headline: one row per leading aspect. */
export function headlineRows(headline: ReadonlyArray<{ group: AspectGroup; row: AspectRow }>): ComparisonRow[] {
  return headline.map(({ group, row }) => ({
    aliasIds: [],
    label: group.name,
    labelHref: comparePath(group.slug),
    labelHint: ': compare across essays',
    leadership: row.leadership,
    management: row.management,
    copy: { href: comparePath(group.slug), label: `Link to the comparison: ${group.name}` },
    more: { href: essayRowPath(row), text: `from “${row.essayTitle}”` },
  }));
}
