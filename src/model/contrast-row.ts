/**
 * One row of a contrast table, checked in two steps. As written (the remark
 * stage): it needs an aspect and something in both cells, and an essay
 * compares each aspect once; a renamed aspect (an old slug in `aspects.yml`)
 * is filed under its current slug. As shown (after the sanitiser): a cell
 * that held only raw HTML the sanitiser removes is empty after all, and is
 * reported apart, naming what was removed. An image or a line break alone is
 * not empty: GitHub shows it.
 */
import { problems, type Problem } from './errors.ts';
import type { ContrastRow, PendingContrast } from './schemas.ts';
import { MAX_SLUG_BYTES, slugBytes, slugify } from './slug.ts';
import { fold, squash, truncate } from './text.ts';

/** A row's cells as written: the aspect as plain text, each side's Markdown (empty when the cell holds nothing), and where it is. */
export interface RowCells {
  readonly aspect: string;
  readonly leadership: string;
  readonly management: string;
  readonly file: string;
  readonly line: number | undefined;
  /**
   * Text of the cells beyond the table's columns, which GFM drops (default:
   * none). Most often an unescaped `|` in inline code split a cell.
   */
  readonly overflow?: string | undefined;
}

/** What an essay's earlier rows settled: where each aspect was first compared, and how it was written there. */
export type SeenAspects = Map<string, { readonly line: number | undefined; readonly aspect: string }>;

/** Longest piece of lost or removed text quoted in a message. */
const QUOTE_LENGTH = 60;

/** Longest stretch of a too-long aspect quoted in its message. */
const ASPECT_QUOTE = 80;

const SIDES = [
  ['leadership', 'Leadership'],
  ['management', 'Management'],
] as const;

/** The row as a pending contrast, or the problems that keep it out. Records its aspect in `seen`. */
export function checkContrastRow(
  cells: RowCells,
  seen: SeenAspects,
  aliases: ReadonlyMap<string, string> = new Map(),
): { contrast?: PendingContrast; problems: Problem[] } {
  const { aspect, file, line } = cells;
  const where = { file, line };
  const written = slugify(aspect);
  const slug = aliases.get(written) ?? written;
  const found: Problem[] = [];
  if (!slug) found.push(problems['empty-aspect']({ ...where, aspect }));
  if (cells.overflow) found.push(problems['extra-contrast-cell']({ ...where, aspect, lost: truncate(cells.overflow, QUOTE_LENGTH) }));
  const bytes = slugBytes(slug);
  if (bytes > MAX_SLUG_BYTES)
    found.push(problems['long-aspect']({ ...where, aspect: truncate(aspect, ASPECT_QUOTE), bytes, max: MAX_SLUG_BYTES }));
  for (const [key, side] of SIDES) {
    if (!cells[key]) found.push(problems['empty-contrast-side']({ ...where, aspect: aspect || '(no aspect)', side }));
  }
  const first = seen.get(slug);
  if (slug && first) {
    const alias = slug === written ? undefined : { old: written, current: slug };
    // Spelled another way with the same slug (`C++` then `C#`), the two do not read as one aspect: say how the first was written.
    const spelled = !alias && fold(squash(first.aspect)) !== fold(squash(aspect)) ? { aspect: first.aspect, slug } : undefined;
    found.push(problems['duplicate-aspect']({ ...where, aspect, firstLine: first.line, alias, spelled }));
  } else if (slug) seen.set(slug, { line, aspect });
  if (found.length > 0) return { problems: found };
  const contrast = { aspect, aspectSlug: slug, line: line ?? 0, written: { leadership: cells.leadership, management: cells.management } };
  return { contrast, problems: [] };
}

/** One side as the page shows it, once sanitised. */
export interface ShownSide {
  readonly html: string;
  /** Plain text, for search and descriptions. */
  readonly text: string;
  /** Whether it shows anything at all: text, an image, a line break. */
  readonly visible: boolean;
}

/** The finished row, or a problem for each side the sanitiser emptied. */
export function finishContrastRow(
  pending: PendingContrast,
  shown: { readonly leadership: ShownSide; readonly management: ShownSide },
  file: string,
): { contrast?: ContrastRow; problems: Problem[] } {
  const found = SIDES.filter(([key]) => !shown[key].visible).map(([key, side]) =>
    problems['contrast-side-removed']({
      file,
      line: pending.line,
      aspect: pending.aspect,
      side,
      removed: truncate(pending.written[key], QUOTE_LENGTH),
    }),
  );
  if (found.length > 0) return { problems: found };
  return {
    contrast: {
      aspect: pending.aspect,
      aspectSlug: pending.aspectSlug,
      line: pending.line,
      leadership: shown.leadership.html,
      management: shown.management.html,
      leadershipText: shown.leadership.text,
      managementText: shown.management.text,
    },
    problems: [],
  };
}

/**
 * A contrast as one line of at most `max` characters, `Leadership: … ·
 * Management: …`, for a page's description and its image's alt text. Both
 * sides show: a side too long for its half is cut short, and a short side
 * leaves the rest of its half to the other. Cutting the whole line instead
 * would leave the management side out of a link's unfurled summary whenever
 * the leadership side runs long. A side with no text (a cell of only a line
 * break, which GitHub shows blank) is left out, as the image leaves it out.
 */
export function contrastSummary(leadership: string, management: string, max: number, separator = ' · '): string {
  const [lead, manage] = [squash(leadership), squash(management)];
  const [leadLabel, manageLabel] = ['Leadership: ', 'Management: '];
  if (!manage) return lead && `${leadLabel}${truncate(lead, max - leadLabel.length)}`;
  if (!lead) return `${manageLabel}${truncate(manage, max - manageLabel.length)}`;
  const room = max - leadLabel.length - separator.length - manageLabel.length;
  const leadRoom = Math.max(Math.floor(room / 2), room - manage.length);
  const manageRoom = room - Math.min(lead.length, leadRoom);
  const head = truncate(lead, leadRoom);
  // A separator that is a full stop is not doubled after a side that ends a sentence, or is cut short (`…`).
  const joint = separator.startsWith('.') && /[.!?…]$/u.test(head) ? separator.slice(1) : separator;
  return `${leadLabel}${head}${joint}${manageLabel}${truncate(manage, manageRoom)}`;
}
