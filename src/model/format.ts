/**
 * How dates, reading times and citations read on the page. Pure functions,
 * independent of the machine's locale and time zone, so builds reproduce.
 */
import type { Essay, Source } from './schemas.ts';

const MONTHS = Object.freeze([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

/** `2026-09-07` → `7 September 2026`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/**
 * Why a date written `YYYY-MM-DD` is not on the calendar (`2026-02-30` →
 * `February 2026 has 28 days`, `2026-13-01` → `there is no month 13`), or
 * `undefined` for a day that exists. An author who wrote the asked-for form
 * needs to hear what is wrong with the day, not the form again.
 */
export function missingDay(iso: string): string | undefined {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day < 1) return `there is no day ${day}`;
  // Day 0 of the next month is the last of this one; setUTCFullYear keeps years below 100 as written.
  const last = new Date(Date.UTC(2000, 0, 1));
  last.setUTCFullYear(year, month, 0);
  const days = last.getUTCDate();
  return day > days ? `${MONTHS[month - 1]} ${year} has ${days} days` : undefined;
}

/**
 * A language tag as Open Graph's `og:locale` wants it, `language_TERRITORY`
 * (https://ogp.me/#optional): `en-GB` → `en_GB`, and a bare `en` → `en_US`,
 * the territory the language most likely means (Unicode's likely subtags).
 */
export function ogLocale(lang: string): string {
  const { language, region } = new Intl.Locale(lang).maximize();
  return region ? `${language}_${region}` : language;
}

/**
 * An essay's update worth telling a reader of: its `updated`, unless that is
 * the day it was published (the schema allows it), which changes nothing.
 */
export const laterUpdate = (essay: { readonly date?: string | undefined; readonly updated?: string | undefined }): string | undefined =>
  essay.updated !== essay.date ? essay.updated : undefined;

/**
 * The day an essay counts as published: its `date`, else, for one dated only
 * by its last update, that. The feed and the citation tags date it so.
 */
export const publishedOn = (essay: { readonly date?: string | undefined; readonly updated?: string | undefined }): string | undefined =>
  essay.date ?? essay.updated;

/** `1, 'essay'` → `1 essay`, `3, 'essay'` → `3 essays`: a count as a page's text says it, for a site of one essay too. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `1` → `1 min read`. */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}

/** One piece of a citation: plain text, the work's title, or where it appeared. */
export interface CitationPart {
  readonly kind: 'text' | 'title' | 'venue';
  readonly text: string;
}

/**
 * The full stop a part of a reference needs: none when it already ends in one
 * of its own, a sentence's end (`Are They Different?`, `领导。`), an initial
 * (`Follett, M. P.`, `King Jr.`), or either inside closing quotes (`“do not
 * look back.”`), since APA adds none after a "?" or "!", which takes the
 * period's place (https://blog.apastyle.org/apastyle/2016/08/periods-in-reference-list-entries.html).
 * The Sources list and the citations both close their parts with it.
 */
export const fullStop = (text: string): '' | '.' => (/[.?!…。？！][”’"'»]*$/u.test(text) ? '' : '.');

/**
 * A source as the pieces of one line, each closed by its punctuation:
 * `Richard L. Daft (2011). ` · title `The Leadership Experience` · `.` ·
 * ` ` · venue `Cengage Learning` · `.` · ` 5th edition.`; without an author,
 * title `Untitled memo` · `.` · ` (1925).` · …
 */
export function citationParts(source: Source): CitationPart[] {
  const year = source.year === undefined ? '' : `(${source.year})`;
  const parts: CitationPart[] = [];
  if (source.author) {
    const lead = [source.author, year].filter(Boolean).join(' ');
    parts.push({ kind: 'text', text: `${lead}${fullStop(lead)} ` });
  }
  parts.push({ kind: 'title', text: source.title }, { kind: 'text', text: fullStop(source.title) });
  // With no author the title takes its place, and the year follows it: a line never opens on `(1925).`.
  if (!source.author && year) parts.push({ kind: 'text', text: ` ${year}.` });
  if (source.venue)
    parts.push({ kind: 'text', text: ' ' }, { kind: 'venue', text: source.venue }, { kind: 'text', text: fullStop(source.venue) });
  if (source.note) parts.push({ kind: 'text', text: ` ${source.note}${fullStop(source.note)}` });
  return parts;
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

/** A pair of double quotes around text that holds none of them: straight, curly, German low-high, French guillemets. */
const DOUBLE_QUOTED = /"([^"]*)"|“([^“”]*)”|„([^„“”]*)[“”]|«\s*([^«»]*?)\s*»/g;
/** Text that is one such pair and nothing else. */
const WHOLLY_QUOTED = new RegExp(`^(?:${DOUBLE_QUOTED.source})$`);
/** What stands between the quotes: the one of DOUBLE_QUOTED's groups that matched. */
const inside = (groups: ReadonlyArray<string | undefined>): string => groups.slice(0, 4).find((group) => group !== undefined) ?? '';

/**
 * Text in curly double quotes, as a title or a query is named in a sentence
 * (`in “Who draws the map”`). Quotes of its own become single ones, as quotes
 * within quotes are written (`“‘Lead’: a primer”`), and text that is one quoted
 * phrase already (a query such as `"power with"`) is not quoted twice.
 */
export function quoted(text: string): string {
  const whole = WHOLLY_QUOTED.exec(text.trim());
  if (whole) return `“${inside(whole.slice(1))}”`;
  return `“${text.replace(DOUBLE_QUOTED, (_, ...groups: Array<string | undefined>) => `‘${inside(groups)}’`)}”`;
}
