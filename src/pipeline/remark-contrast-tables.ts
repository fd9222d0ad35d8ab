/**
 * Finds contrast tables and records each valid row as a pending contrast
 * (aspect, its slug, both sides as text, source line); rows with problems are
 * reported and left out. The table stays in the tree: its cells are sanitised
 * with everything else, then rehype-contrast-slots finishes the contrasts
 * (matching the table by source position).
 */
import type { Root, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contrastColumns, type ContrastColumns } from '../model/contrast-table.ts';
import { checkContrastRow, type SeenAspects } from '../model/contrast-row.ts';
import type { Problem } from '../model/errors.ts';
import type { PendingContrast } from '../model/schemas.ts';
import { squash } from '../model/text.ts';

/** A contrast table as the remark stage found it. */
interface PendingTable {
  /** Source offset of the table: raw HTML cannot forge it. */
  readonly offset: number;
  readonly columns: ContrastColumns;
  /** Index in `pendingContrasts` of each body row; -1 for a rejected row. */
  readonly rows: readonly number[];
}

declare module 'vfile' {
  interface DataMap {
    /** Valid contrast rows, in document order, before their cells are rendered. */
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
  return cell ? squash(toString(cell, { includeHtml: false })) : '';
};

export default function remarkContrastTables(options?: Readonly<Options> | null) {
  const aliases = options?.aspectAliases ?? new Map<string, string>();
  return (tree: Root, file: VFile): undefined => {
    const contrasts: PendingContrast[] = [];
    const tables: PendingTable[] = [];
    const found = (file.data.problems ??= []);
    const seen: SeenAspects = new Map();
    visit(tree, 'table', (table: Table) => {
      const [header, ...body] = table.children;
      const offset = table.position?.start.offset;
      const columns = header && contrastColumns(header.children.map((cell) => squash(toString(cell))));
      if (!columns || offset === undefined) return;
      const rows = body.map((row) => {
        const cells = {
          aspect: cellText(row, columns.aspect),
          leadershipText: cellText(row, columns.leadership),
          managementText: cellText(row, columns.management),
        };
        const checked = checkContrastRow({ ...cells, file: file.path, line: row.position?.start.line }, seen, aliases);
        found.push(...checked.problems);
        if (!checked.contrast) return -1;
        contrasts.push(checked.contrast);
        return contrasts.length - 1;
      });
      tables.push({ offset, columns, rows });
    });
    file.data.pendingContrasts = contrasts;
    file.data.pendingTables = tables;
  };
}
