/**
 * Which tables are contrast tables: a header with a Leadership/Leader column
 * and a Management/Manager column, in any case, order or position. The
 * first other column names the aspect (its header may be empty).
 */
import { fold } from './text.ts';

const LEADERSHIP = new Set(['leadership', 'leader', 'leaders', 'leading']);
const MANAGEMENT = new Set(['management', 'manager', 'managers', 'managing']);

export interface ContrastColumns {
  readonly aspect: number;
  readonly leadership: number;
  readonly management: number;
}

const label = (text: string): string =>
  fold(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();

/** Column indexes of a contrast table, or `undefined` for a plain table. */
export function contrastColumns(headers: readonly string[]): ContrastColumns | undefined {
  const labels = headers.map(label);
  const leadership = labels.findIndex((text) => LEADERSHIP.has(text));
  const management = labels.findIndex((text) => MANAGEMENT.has(text));
  if (leadership === -1 || management === -1) return undefined;
  const aspect = labels.findIndex((_, index) => index !== leadership && index !== management);
  if (aspect === -1) return undefined;
  return { aspect, leadership, management };
}

/**
 * Columns besides the three a contrast shows that hold something (a header
 * or a cell), by index: a contrast has an aspect and two sides, so what such
 * a column says would vanish from the page without a word. A column with
 * nothing in it loses nothing. `rows` holds each row's cell texts, the
 * header's first; a cell beyond the header's width is not a column.
 */
export function lostColumns(rows: readonly (readonly string[])[], columns: ContrastColumns): number[] {
  const width = rows[0]?.length ?? 0;
  const shown = new Set([columns.aspect, columns.leadership, columns.management]);
  const lost: number[] = [];
  for (let index = 0; index < width; index += 1) {
    if (!shown.has(index) && rows.some((cells) => (cells[index] ?? '').trim() !== '')) lost.push(index);
  }
  return lost;
}

/** A line's table cells as written (outer pipes dropped, split at each pipe not escaped), or `undefined` for a line with no pipe. */
function rowCells(line: string): string[] | undefined {
  // A quoted paragraph's later lines keep their `>` markers in the source.
  const text = line.replace(/^(?:\s*>)*/, '').trim();
  if (!text.includes('|')) return undefined;
  return text
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** A cell of a header's underline: hyphens, or the dashes an editor may put for them, with optional alignment colons. */
const UNDERLINE = /^:?[-\u2010-\u2015]+:?$/;
const DASH = /[\u2010-\u2015]/;

/**
 * Why lines that start like a contrast table (a header naming Leadership and
 * Management, then another line with pipes) are not one: GFM then reads
 * them as a paragraph of text, on GitHub too, and every contrast in them
 * would vanish without a word. `lines` are a paragraph's source lines;
 * returns the header's index among them, or `undefined`.
 */
export function brokenTable(lines: readonly string[]): { index: number; why: string } | undefined {
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const header = rowCells(lines[index]!);
    const under = rowCells(lines[index + 1]!);
    if (!header || !under || !contrastColumns(header)) continue;
    if (!under.every((cell) => UNDERLINE.test(cell))) return { index, why: 'it has no `---` line under its header' };
    const dash = under.join('').match(DASH)?.[0];
    if (dash) return { index, why: `the line under its header is written with dashes (${dash}), where Markdown needs hyphens (---)` };
    if (under.length !== header.length)
      return { index, why: `its header has ${header.length} cells and the line under it ${under.length}` };
  }
  return undefined;
}
