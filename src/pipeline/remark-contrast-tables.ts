/**
 * Finds contrast tables and records each row that is valid as written as a
 * pending contrast (aspect, its slug, both sides' Markdown, source line);
 * rows with problems are reported and left out. The table stays in the tree:
 * its cells are sanitised with everything else, then rehype-contrast-slots
 * finishes the contrasts from what survived (matching the table by source
 * position).
 */
import type { FootnoteReference, Paragraph, PhrasingContent, Root, Table, TableRow } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { brokenTable, contrastColumns, lostColumns, type ContrastColumns } from '../model/contrast-table.ts';
import { checkContrastRow, type SeenAspects } from '../model/contrast-row.ts';
import { problems, type Problem } from '../model/errors.ts';
import type { PendingContrast } from '../model/schemas.ts';
import { squash } from '../model/text.ts';
import { textOf } from './mdast-text.ts';

/** A contrast table as the remark stage found it. */
export interface PendingTable {
  /** Source offset of the table: raw HTML cannot forge it. */
  readonly offset: number;
  readonly columns: ContrastColumns;
  /** Index in `pendingContrasts` of each body row; -1 for a rejected row. */
  readonly rows: readonly number[];
}

declare module 'vfile' {
  interface DataMap {
    /** Rows valid as written, in document order, before their cells are sanitised and rendered. */
    pendingContrasts: PendingContrast[];
    /** Contrast tables, for rehype-contrast-slots. */
    pendingTables: PendingTable[];
    /** Problems plugins found, reported with the file's other errors. */
    problems: Problem[];
  }
}

export interface Options {
  /**
   * Old aspect slug → current slug, from `aspects.yml` (default: none). A row
   * written with a renamed aspect is filed under its current slug.
   */
  readonly aspectAliases?: ReadonlyMap<string, string> | null | undefined;
}

const cellText = (row: TableRow, index: number): string => {
  const cell = row.children[index];
  return cell ? squash(textOf(cell)) : '';
};

/** A problem for each column the contrasts would not show (see `lostColumns`), on the header's line. */
const lostColumnProblems = (table: Table, columns: ContrastColumns, file: string): Problem[] => {
  const texts = table.children.map((row) => row.children.map((cell) => squash(textOf(cell))));
  return lostColumns(texts, columns).map((index) => {
    const header = texts[0]?.[index];
    const column = header ? `a column \`${header}\`` : `a column with no header (column ${index + 1})`;
    return problems['extra-contrast-column']({ file, line: table.position?.start.line, column });
  });
};

/** The text of a row's cells beyond the header's, which GFM drops ('' when they hold nothing). */
const overflowText = (row: TableRow, width: number): string =>
  row.children
    .slice(width)
    .map((cell) => squash(textOf(cell)))
    .filter(Boolean)
    .join(' | ');

/**
 * The footnote marks in a cell (`[^a]`). An aspect is shown as plain text, a
 * link to its comparison, and a contrast table's header is the page's own,
 * so a mark in either is dropped while its note's way back still points at
 * it: a link to nothing.
 */
const footnoteMarks = (row: TableRow, index: number): string[] => {
  const marks: string[] = [];
  const cell = row.children[index];
  if (cell) visit(cell, 'footnoteReference', (node: FootnoteReference) => void marks.push(`[^${node.label ?? node.identifier}]`));
  return marks;
};

const holdsSomething = (node: PhrasingContent): boolean => node.type !== 'text' || node.value.trim() !== '';

/** A side's Markdown as written (raw HTML included), or '' when the cell holds nothing but white space. */
const written = (row: TableRow, index: number, source: string): string => {
  const children = row.children[index]?.children ?? [];
  const [start, end] = [children[0]?.position?.start.offset, children.at(-1)?.position?.end.offset];
  if (!children.some(holdsSomething) || start === undefined || end === undefined) return '';
  return squash(source.slice(start, end));
};

export default function remarkContrastTables(options?: Readonly<Options> | null) {
  const aliases = options?.aspectAliases ?? new Map<string, string>();
  return (tree: Root, file: VFile): undefined => {
    const contrasts: PendingContrast[] = [];
    const tables: PendingTable[] = [];
    const found = (file.data.problems ??= []);
    const seen: SeenAspects = new Map();
    const source = String(file.value);
    visit(tree, 'table', (table: Table) => {
      const [header, ...body] = table.children;
      const offset = table.position?.start.offset;
      const columns = header && contrastColumns(header.children.map((cell) => squash(textOf(cell))));
      if (!columns || offset === undefined) return;
      found.push(...lostColumnProblems(table, columns, file.path));
      for (const mark of header.children.flatMap((_, index) => footnoteMarks(header, index)))
        found.push(problems['footnote-in-header']({ file: file.path, line: header.position?.start.line, mark }));
      // A header alone shows an empty table; most often a blank line cut the rows off into a paragraph.
      if (body.length === 0) found.push(problems['empty-contrast-table']({ file: file.path, line: table.position?.start.line }));
      const rows = body.map((row) => {
        const cells = {
          aspect: cellText(row, columns.aspect),
          leadership: written(row, columns.leadership, source),
          management: written(row, columns.management, source),
          overflow: overflowText(row, header.children.length),
        };
        const checked = checkContrastRow({ ...cells, file: file.path, line: row.position?.start.line }, seen, aliases);
        found.push(...checked.problems);
        for (const mark of footnoteMarks(row, columns.aspect))
          found.push(problems['footnote-in-aspect']({ file: file.path, line: row.position?.start.line, aspect: cells.aspect, mark }));
        if (!checked.contrast) return -1;
        contrasts.push(checked.contrast);
        return contrasts.length - 1;
      });
      tables.push({ offset, columns, rows });
    });
    visit(tree, 'paragraph', (paragraph: Paragraph) => {
      const [start, end] = [paragraph.position?.start, paragraph.position?.end];
      if (start?.offset === undefined || end?.offset === undefined) return;
      const broken = brokenTable(source.slice(start.offset, end.offset).split('\n'));
      if (broken) found.push(problems['broken-contrast-table']({ file: file.path, line: start.line + broken.index, why: broken.why }));
    });
    file.data.pendingContrasts = contrasts;
    file.data.pendingTables = tables;
  };
}
