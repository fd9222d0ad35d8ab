/**
 * Runs after the sanitiser and finishes the contrasts: each contrast table
 * found by the remark stage (matched by its source offset) gives its
 * sanitised cells to its rows as HTML, and is replaced by a marker (see
 * contrast-marker.ts) where the page renders ComparisonTable.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ContrastRow } from '../model/schemas.ts';
import { contrastMarker } from './contrast-marker.ts';
import './remark-contrast-tables.ts';

declare module 'vfile' {
  interface DataMap {
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

const inner = (cell: Element | undefined): string => (cell ? toHtml(cell.children).trim() : '');

export default function rehypeContrastSlots() {
  return (tree: Root, file: VFile): undefined => {
    const pending = new Map((file.data.pendingTables ?? []).map((table) => [table.offset, table]));
    const found = file.data.pendingContrasts ?? [];
    const contrasts: ContrastRow[] = found.map((contrast) => ({ ...contrast, leadership: '', management: '' }));
    const tables: number[][] = [];
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      const table = pending.get(node.position?.start.offset ?? -1);
      if (!table) return undefined;
      const [, ...body] = rowsOf(node);
      body.forEach((row, rowIndex) => {
        const contrast = contrasts[table.rows[rowIndex] ?? -1];
        if (!contrast) return;
        const rowCells = cells(row);
        contrast.leadership = inner(rowCells[table.columns.leadership]);
        contrast.management = inner(rowCells[table.columns.management]);
      });
      tables.push(table.rows.filter((row) => row >= 0));
      parent.children.splice(index, 1, contrastMarker(tables.length - 1));
      return SKIP;
    });
    file.data.contrasts = contrasts;
    file.data.tables = tables;
  };
}
