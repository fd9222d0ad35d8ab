/**
 * Finds contrast tables and records each row as a contrast (aspect, its slug,
 * both sides as text, source line). A row with an empty side or no aspect,
 * and an aspect compared twice in one essay, are reported as problems.
 * The table stays in the tree: its cells are sanitised with everything else,
 * then rehype-contrast-slots takes them (matched by source position).
 */
import type { Root, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contrastColumns } from '../model/contrast-table.ts';
import { problems } from '../model/errors.ts';
import { aspectSlug } from '../model/slug.ts';
import { squash } from '../model/text.ts';

/** Source offsets of contrast tables, keyed per file, with the columns to read. */
export interface PendingTable {
  readonly offset: number;
  readonly columns: { readonly aspect: number; readonly leadership: number; readonly management: number };
  /** Index in `file.data.contrasts` of each body row; -1 for a rejected row. */
  readonly rows: readonly number[];
}

declare module 'vfile' {
  interface DataMap {
    /** Contrast tables found by the remark stage, for rehype-contrast-slots. */
    pendingTables: PendingTable[];
  }
}

const cellText = (row: TableRow, index: number): string => {
  const cell = row.children[index];
  return cell ? squash(toString(cell, { includeHtml: false })) : '';
};

export interface Options {
  /**
   * Old aspect slug → current slug, from `aspects.yml` (default: none). A row
   * written with a renamed aspect is filed under its current slug.
   */
  readonly aspectAliases?: ReadonlyMap<string, string> | null | undefined;
}

export default function remarkContrastTables(options?: Readonly<Options> | null) {
  const aliases = options?.aspectAliases ?? new Map<string, string>();
  return (tree: Root, file: VFile): undefined => {
    const pending: PendingTable[] = [];
    const contrasts = (file.data.contrasts ??= []);
    const found = (file.data.problems ??= []);
    const seen = new Map<string, number | undefined>();
    visit(tree, 'table', (table) => {
      const [header, ...body] = table.children;
      const offset = table.position?.start.offset;
      if (!header || offset === undefined) return;
      const columns = contrastColumns(header.children.map((cell) => squash(toString(cell))));
      if (!columns) return;
      const rows: number[] = [];
      for (const row of body) {
        const line = row.position?.start.line;
        const where = { file: file.path, line };
        const aspect = cellText(row, columns.aspect);
        const written = aspectSlug(aspect);
        const slug = (aliases.get(written) ?? written) as typeof written;
        const leadershipText = cellText(row, columns.leadership);
        const managementText = cellText(row, columns.management);
        let ok = true;
        if (!slug) {
          found.push(problems['empty-aspect'](where));
          ok = false;
        }
        for (const [side, text] of [['Leadership', leadershipText], ['Management', managementText]] as const) {
          if (!text) {
            found.push(problems['empty-contrast-side']({ ...where, aspect: aspect || '(no aspect)', side }));
            ok = false;
          }
        }
        if (slug && seen.has(slug)) {
          found.push(problems['duplicate-aspect']({ ...where, aspect, firstLine: seen.get(slug) }));
          ok = false;
        }
        if (slug && !seen.has(slug)) seen.set(slug, line);
        if (!ok) {
          rows.push(-1);
          continue;
        }
        rows.push(contrasts.length);
        contrasts.push({
          essay: '',
          aspect,
          aspectSlug: slug,
          leadership: '',
          management: '',
          leadershipText,
          managementText,
          line: line ?? 0,
        });
      }
      pending.push({ offset, columns, rows });
    });
    file.data.pendingTables = pending;
  };
}
