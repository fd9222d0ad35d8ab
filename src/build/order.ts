/**
 * The site's one order for everything it lists. Every sort of content goes
 * through here, with one collator, so "Concept 2" comes before "Concept 10"
 * on every page.
 */
import type { Concept, Essay } from '../model/schemas.ts';

/** English, case- and accent-insensitive, numbers by value. */
export const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Code-unit order, the tie-breaker that never depends on a locale. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; undated essays last; then A–Z by title; then by slug. */
export function compareEssays(a: Pick<Essay, 'date' | 'title' | 'slug'>, b: Pick<Essay, 'date' | 'title' | 'slug'>): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return collator.compare(a.title, b.title) || byCodeUnit(a.slug, b.slug);
}

/** A–Z by title, then by slug. */
export function compareConcepts(a: Pick<Concept, 'title' | 'slug'>, b: Pick<Concept, 'title' | 'slug'>): number {
  return collator.compare(a.title, b.title) || byCodeUnit(a.slug, b.slug);
}
