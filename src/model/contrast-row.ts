/**
 * One row of a contrast table, checked: it needs an aspect and both sides,
 * and an essay compares each aspect once. A renamed aspect (an old slug in
 * `aspects.yml`) is filed under its current slug.
 */
import { problems, type Problem } from './errors.ts';
import type { PendingContrast } from './schemas.ts';
import { slugify } from './slug.ts';

/** A row's cells as plain text, and where it is. */
export interface RowCells {
  readonly aspect: string;
  readonly leadershipText: string;
  readonly managementText: string;
  readonly file: string;
  readonly line: number | undefined;
}

/** What an essay's earlier rows settled: the line each aspect was first compared on. */
export type SeenAspects = Map<string, number | undefined>;

/** The row as a pending contrast, or the problems that keep it out. Records its aspect in `seen`. */
export function checkContrastRow(
  cells: RowCells,
  seen: SeenAspects,
  aliases: ReadonlyMap<string, string> = new Map(),
): { contrast?: PendingContrast; problems: Problem[] } {
  const { aspect, leadershipText, managementText, file, line } = cells;
  const where = { file, line };
  const written = slugify(aspect);
  const slug = aliases.get(written) ?? written;
  const found: Problem[] = [];
  if (!slug) found.push(problems['empty-aspect'](where));
  for (const [side, text] of [
    ['Leadership', leadershipText],
    ['Management', managementText],
  ] as const) {
    if (!text) found.push(problems['empty-contrast-side']({ ...where, aspect: aspect || '(no aspect)', side }));
  }
  if (slug && seen.has(slug)) found.push(problems['duplicate-aspect']({ ...where, aspect, firstLine: seen.get(slug) }));
  else if (slug) seen.set(slug, line);
  if (found.length > 0) return { problems: found };
  return { contrast: { aspect, aspectSlug: slug, leadershipText, managementText, line: line ?? 0 }, problems: [] };
}
