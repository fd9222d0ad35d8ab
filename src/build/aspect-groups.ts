/**
 * Every essay's contrasts gathered by aspect, for the compare pages and the
 * home page's headline comparison, in the site's order.
 */
import type { AspectSettings } from '../model/aspects.ts';
import type { Contrast, Essay } from '../model/schemas.ts';
import { slugify } from '../model/slug.ts';
import { contrastId } from '../routes.ts';
import { byCodeUnit, collator } from './order.ts';

/** A contrast with the title, author and dates of the essay it comes from (what a citation of it credits). */
export type AspectRow = Contrast & {
  readonly essayTitle: string;
  readonly essayAuthor?: string | undefined;
  readonly essayDate?: string | undefined;
  readonly essayUpdated?: string | undefined;
};

/** What a row credits of its essay. */
export const essayCredit = (essay: Pick<Essay, 'author' | 'date' | 'updated'>) => ({
  essayAuthor: essay.author,
  essayDate: essay.date,
  essayUpdated: essay.updated,
});

export interface AspectGroup {
  readonly slug: string;
  /** Display name: from aspects.yml, else the spelling most essays use (of those that give the current slug, if any do). */
  readonly name: string;
  /** One sentence saying what the aspect compares, from aspects.yml. */
  readonly definition?: string | undefined;
  /** Old slugs that still lead here. */
  readonly aliases: readonly string[];
  /** One row per essay that argues the aspect, in the site's essay order. */
  readonly rows: readonly AspectRow[];
}

/** The ids an essay's row on an aspect still answers to: one per old slug of the aspect (`aliases` in aspects.yml). */
export const oldContrastIds = (settings: AspectSettings, aspectSlug: string): string[] =>
  (settings[aspectSlug]?.aliases ?? []).map(contrastId);

/**
 * Groups every contrast by aspect. Aspects argued by more essays come first,
 * then A–Z. `essays` must be in the site's order; rows keep it.
 */
export function groupByAspect(essays: readonly Essay[], settings: AspectSettings = {}): AspectGroup[] {
  const bySlug = new Map<string, AspectRow[]>();
  for (const essay of essays) {
    for (const contrast of essay.contrasts) {
      const rows = bySlug.get(contrast.aspectSlug) ?? [];
      rows.push({ ...contrast, essayTitle: essay.title, ...essayCredit(essay) });
      bySlug.set(contrast.aspectSlug, rows);
    }
  }
  const groups = [...bySlug].map(([slug, rows]) => ({
    slug,
    name: settings[slug]?.name ?? commonestSpelling(currentSpellings(slug, rows)),
    definition: settings[slug]?.definition,
    aliases: settings[slug]?.aliases ?? [],
    rows,
  }));
  return groups.sort((a, b) => b.rows.length - a.rows.length || collator.compare(a.name, b.name) || byCodeUnit(a.slug, b.slug));
}

/**
 * The spellings a group's name is chosen from: those written with its
 * current slug, when some are. A renamed aspect (old slugs in aspects.yml,
 * no `name`) is then called by its new name on its new page, even while
 * more essays still write an old one.
 */
function currentSpellings(slug: string, rows: readonly AspectRow[]): string[] {
  const spellings = rows.map((row) => row.aspect);
  const current = spellings.filter((aspect) => slugify(aspect) === slug);
  return current.length > 0 ? current : spellings;
}

function commonestSpelling(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  let best = spellings[0] ?? '';
  for (const [spelling, count] of counts) if (count > (counts.get(best) ?? 0)) best = spelling;
  return best;
}

/** Aspects argued in the same essays as `group`, most shared essays first. */
export function relatedAspects(group: AspectGroup, groups: readonly AspectGroup[], limit = 6): AspectGroup[] {
  const essays = new Set(group.rows.map((row) => row.essay));
  return groups
    .filter((other) => other.slug !== group.slug)
    .map((other) => ({ other, shared: other.rows.filter((row) => essays.has(row.essay)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || groups.indexOf(a.other) - groups.indexOf(b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

/**
 * The home page's headline comparison: the most argued aspects, each shown
 * by its contrast from the newest essay that argues it.
 */
export function headlineComparison(groups: readonly AspectGroup[], limit = 6): Array<{ group: AspectGroup; row: AspectRow }> {
  return groups.slice(0, limit).flatMap((group) => (group.rows[0] ? [{ group, row: group.rows[0] }] : []));
}
