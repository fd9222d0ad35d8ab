/**
 * How dates, reading times and citations read on the page. Pure functions,
 * independent of the machine's locale and time zone, so builds reproduce.
 */
import type { Essay, Source } from './schemas.ts';

const MONTHS = Object.freeze([
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]);

/** `2026-09-07` → `7 September 2026`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** `1` → `1 min read`. */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}

/** A source as one line of text: `Richard L. Daft (2011). The Leadership Experience.` */
export function citationParts(source: Source): { lead: string; title: string } {
  const author = source.author ?? '';
  const year = source.year === undefined ? '' : `(${source.year})`;
  const lead = [author, year].filter(Boolean).join(' ');
  return { lead: lead ? `${lead}. ` : '', title: source.title };
}

/** The essays either side of `slug` in reading order. */
export function neighbours<T extends Pick<Essay, 'slug'>>(essays: readonly T[], slug: string) {
  const index = essays.findIndex((essay) => essay.slug === slug);
  return {
    previous: index > 0 ? essays[index - 1] : undefined,
    next: index >= 0 && index < essays.length - 1 ? essays[index + 1] : undefined,
  };
}

/** Nests a flat heading list (h2 with its h3s) for the table of contents. */
export function tocTree<T extends { depth: number }>(headings: readonly T[]): Array<T & { children: T[] }> {
  const tree: Array<T & { children: T[] }> = [];
  for (const heading of headings) {
    if (heading.depth === 2) tree.push({ ...heading, children: [] });
    else if (heading.depth === 3) {
      const parent = tree.at(-1);
      if (parent) parent.children.push(heading);
      else tree.push({ ...heading, children: [] });
    }
  }
  return tree;
}
