/**
 * Runs after the sanitiser and finishes the contrasts: each contrast table
 * found by the remark stage (matched by its source offset) gives its
 * sanitised cells to its rows as HTML and text, and is replaced by a marker
 * (see contrast-marker.ts) where the page renders ComparisonTable. A row
 * whose cell the sanitiser emptied is reported and left out.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { finishContrastRow } from '../model/contrast-row.ts';
import type { ContrastRow } from '../model/schemas.ts';
import { shownSide } from './contrast-cells.ts';
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

export default function rehypeContrastSlots() {
  return (tree: Root, file: VFile): undefined => {
    const pending = new Map((file.data.pendingTables ?? []).map((table) => [table.offset, table]));
    const found = file.data.pendingContrasts ?? [];
    const problems = (file.data.problems ??= []);
    const contrasts: ContrastRow[] = [];
    const tables: number[][] = [];
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      const table = pending.get(node.position?.start.offset ?? -1);
      if (!table) return undefined;
      const [, ...body] = rowsOf(node);
      const rows: number[] = [];
      body.forEach((row, rowIndex) => {
        const written = found[table.rows[rowIndex] ?? -1];
        if (!written) return;
        const rowCells = cells(row);
        const shown = {
          leadership: shownSide(rowCells[table.columns.leadership]),
          management: shownSide(rowCells[table.columns.management]),
        };
        const finished = finishContrastRow(written, shown, file.path);
        problems.push(...finished.problems);
        if (finished.contrast) rows.push(contrasts.push(finished.contrast) - 1);
      });
      tables.push(rows);
      parent.children.splice(index, 1, contrastMarker(tables.length - 1));
      return SKIP;
    });
    file.data.contrasts = contrasts;
    file.data.tables = tables;
  };
}
