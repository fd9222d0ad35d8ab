/**
 * What ComparisonTable.astro draws, for each place it appears: an essay's own
 * table, an aspect's contrasts across essays, and the home page's headline.
 * The component only renders; these functions decide ids, labels and links.
 */
import { essayCredit, oldContrastIds, type AspectGroup, type AspectRow } from '../build/aspect-groups.ts';
import type { AspectSettings } from '../model/aspects.ts';
import { quoted } from '../model/format.ts';
import type { Essay } from '../model/schemas.ts';
import { contrastId, paths } from '../routes.ts';
import { siteConfig } from '../site.config.ts';

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
  /** What the row's copy-link control shares: the row in its essay. */
  readonly copy: { readonly href: string; readonly label: string };
  /** The contrast's own page, to share (its link unfurls as the contrast). */
  readonly share?: { readonly href: string; readonly label: string } | undefined;
  /** What a citation of the row quotes (the cite control builds it in the browser). */
  readonly cite?: RowCitation | undefined;
  /**
   * A secondary link under the label, with words read after it by screen
   * readers only: the rows' links read alike ("from “Essay”") in a list of
   * the page's links, where the row they open is not said.
   */
  readonly more?: { readonly href: string; readonly text: string; readonly hint: string } | undefined;
}

/** A contrast row as a citation quotes it. */
export interface RowCitation {
  readonly aspect: string;
  readonly essayTitle: string;
  /** Who wrote the essay: a quotation is credited to them. */
  readonly author?: string | undefined;
  /** The essay's dates, `YYYY-MM-DD`. */
  readonly date?: string | undefined;
  readonly updated?: string | undefined;
  readonly leadership: string;
  readonly management: string;
  /** The row in its essay. */
  readonly href: string;
}

const essayRowPath = (row: Pick<AspectRow, 'essay' | 'aspectSlug'>): string => paths.contrastInEssay(row.essay, row.aspectSlug);

type CitedRow = Pick<
  AspectRow,
  'essay' | 'aspectSlug' | 'leadershipText' | 'managementText' | 'essayAuthor' | 'essayDate' | 'essayUpdated'
>;

/** What the cite control of one contrast quotes, and the row in its essay it links to. */
export function rowCitation(aspect: string, row: CitedRow, essayTitle: string): RowCitation {
  return {
    aspect,
    essayTitle,
    author: row.essayAuthor,
    date: row.essayDate,
    updated: row.essayUpdated,
    leadership: row.leadershipText,
    management: row.managementText,
    href: essayRowPath(row),
  };
}

/** The share and cite controls of one contrast, wherever its row is drawn. */
function rowControls(aspect: string, row: CitedRow, essayTitle: string) {
  return {
    share: { href: paths.share(row.aspectSlug, row.essay), label: `Share page: ${aspect} in ${quoted(essayTitle)}` },
    cite: rowCitation(aspect, row, essayTitle),
  };
}

/**
 * An essay's contrast table as a screen reader's list of tables names it
 * (its hidden caption): by the essay, and where the essay has several tables
 * by the aspects this one compares too, so that no two are named alike.
 */
export function essayTableCaption(essay: Pick<Essay, 'title' | 'contrasts' | 'tables'>, table: number): string {
  const caption = `Leadership and management compared in ${quoted(essay.title)}`;
  if (essay.tables.length < 2) return caption;
  const aspects = (essay.tables[table] ?? []).flatMap((index) => essay.contrasts[index]?.aspect ?? []);
  const named = aspects.length > 3 ? [...aspects.slice(0, 3), `${aspects.length - 3} more`] : aspects;
  return `${caption}: ${new Intl.ListFormat(siteConfig.lang, { type: 'conjunction' }).format(named)}`;
}

/** An essay's own contrast table: rows are aspects, each a link target on the page. */
export function essayRows(essay: Essay, table: number, settings: AspectSettings = {}): ComparisonRow[] {
  return (essay.tables[table] ?? []).flatMap((index) => {
    const contrast = essay.contrasts[index];
    if (!contrast) return [];
    const id = contrastId(contrast.aspectSlug);
    return [
      {
        id,
        aliasIds: oldContrastIds(settings, contrast.aspectSlug),
        label: contrast.aspect,
        labelHref: paths.aspect(contrast.aspectSlug),
        labelHint: ': compare across essays',
        leadership: contrast.leadership,
        management: contrast.management,
        copy: { href: `#${id}`, label: `Link to contrast: ${contrast.aspect}` },
        ...rowControls(contrast.aspect, { ...contrast, ...essayCredit(essay) }, essay.title),
      },
    ];
  });
}

/** One aspect across essays: rows are essays, each linking back to its row (or, on a share page, to its own share page). */
export function aspectRows(
  group: AspectGroup,
  rows: readonly AspectRow[] = group.rows,
  linkTo: 'essay' | 'share' = 'essay',
): ComparisonRow[] {
  return rows.map((row) => ({
    aliasIds: [],
    label: row.essayTitle,
    labelHref: linkTo === 'share' ? paths.share(row.aspectSlug, row.essay) : essayRowPath(row),
    labelHint: linkTo === 'share' ? `: ${group.name} in this essay, on its own page` : `: ${group.name} in this essay`,
    leadership: row.leadership,
    management: row.management,
    copy: { href: essayRowPath(row), label: `Link to ${group.name} in ${quoted(row.essayTitle)}` },
    ...rowControls(group.name, row, row.essayTitle),
  }));
}

/** The home page's headline: one row per leading aspect. */
export function headlineRows(headline: ReadonlyArray<{ group: AspectGroup; row: AspectRow }>): ComparisonRow[] {
  return headline.map(({ group, row }) => ({
    aliasIds: [],
    label: group.name,
    labelHref: paths.aspect(group.slug),
    labelHint: ': compare across essays',
    leadership: row.leadership,
    management: row.management,
    copy: { href: paths.aspect(group.slug), label: `Link to the comparison: ${group.name}` },
    more: { href: essayRowPath(row), text: `from ${quoted(row.essayTitle)}`, hint: `: ${group.name} in this essay` },
    ...rowControls(group.name, row, row.essayTitle),
  }));
}
