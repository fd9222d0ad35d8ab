/**
 * Runs after the sanitiser. Each contrast table found by the remark stage
 * (matched by its source offset, which raw HTML cannot forge) gives its
 * sanitised cells to the contrast records as HTML, and is replaced by a
 * `<!--contrast-table:N-->` marker where the page renders ComparisonTable.
 * The sanitiser removes every author comment, so no marker is forged either.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import './remark-contrast-tables.ts';

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
    const contrasts = file.data.contrasts ?? [];
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
      parent.children.splice(index, 1, { type: 'comment', value: `contrast-table:${tables.length - 1}` });
      return SKIP;
    });
    file.data.tables = tables;
  };
}
