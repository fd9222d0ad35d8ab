/**
 * Runs after the sanitiser and finishes the contrasts: each contrast table
 * found by the remark stage (matched by its source offset) gives its
 * sanitised cells to its rows as HTML and text, and is replaced by a marker
 * (see contrast-marker.ts) where the page renders ComparisonTable. A row
 * whose cell the sanitiser emptied is reported and left out. Cells are made
 * to read the same on every page that shows the row (contrast-cells.ts); a
 * link in the body to an id that left with a cell (a footnote's way back to
 * its reference) leads to the row instead.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { finishContrastRow } from '../model/contrast-row.ts';
import type { ContrastRow } from '../model/schemas.ts';
import { contrastId, withBase } from '../routes.ts';
import { detachCell, shownSide } from './contrast-cells.ts';
import { contrastMarker } from './contrast-marker.ts';
import type { PendingTable } from './remark-contrast-tables.ts';

declare module 'vfile' {
  interface DataMap {
    /**
     * The page the document is rendered on (`/essays/<slug>/`), set by the
     * caller: same-page links in contrast cells are made links to it.
     */
    page: string;
    /** Finished contrast rows, in document order (the build adds the essay). */
    contrasts: ContrastRow[];
    /** For each contrast table, the indexes of its rows in `contrasts`. */
    tables: number[][];
  }
}

const rowsOf = (table: Element): Element[] => {
  const rows: Element[] = [];
  visit(table, 'element', (node) => {
    if (node.tagName === 'tr') rows.push(node);
  });
  return rows;
};

const cells = (row: Element): Element[] =>
  row.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'));

/** Points same-page links at ids that left with a cell to the rows that hold them now. */
function followDetachedIds(tree: Root, moved: ReadonlyMap<string, string>): void {
  if (moved.size === 0) return;
  visit(tree, 'element', (node) => {
    const href = node.properties.href;
    const row = typeof href === 'string' && href.startsWith('#') ? moved.get(href.slice(1)) : undefined;
    if (row) node.properties.href = `#${row}`;
  });
}

export interface Options {
  /** The path the site is served under: a cell's same-page links lead to its page there (default: `'/'`). */
  readonly base?: string | null | undefined;
}

export default function rehypeContrastSlots(options?: Readonly<Options> | null) {
  const base = options?.base ?? '/';
  return (tree: Root, file: VFile): undefined => {
    const page = file.data.page && withBase(file.data.page, base);
    const pending = new Map((file.data.pendingTables ?? []).map((table) => [table.offset, table]));
    const found = file.data.pendingContrasts ?? [];
    const problems = (file.data.problems ??= []);
    const contrasts: ContrastRow[] = [];
    const tables: number[][] = [];
    const moved = new Map<string, string>();
    const finish = (row: Element, table: PendingTable, rowIndex: number): number | undefined => {
      const written = found[table.rows[rowIndex] ?? -1];
      if (!written) return undefined;
      const [leadership, management] = [table.columns.leadership, table.columns.management].map((column) => cells(row)[column]);
      for (const id of [...detachCell(leadership, page), ...detachCell(management, page)]) moved.set(id, contrastId(written.aspectSlug));
      const finished = finishContrastRow(written, { leadership: shownSide(leadership), management: shownSide(management) }, file.path);
      problems.push(...finished.problems);
      return finished.contrast && contrasts.push(finished.contrast) - 1;
    };
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      const table = pending.get(node.position?.start.offset ?? -1);
      if (!table) return undefined;
      const [, ...body] = rowsOf(node);
      tables.push(body.map((row, rowIndex) => finish(row, table, rowIndex)).filter((row) => row !== undefined));
      parent.children.splice(index, 1, contrastMarker(tables.length - 1));
      return SKIP;
    });
    followDetachedIds(tree, moved);
    file.data.contrasts = contrasts;
    file.data.tables = tables;
  };
}
