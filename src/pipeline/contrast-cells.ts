/**
 * A contrast cell as the page shows it, once sanitised: its HTML, its plain
 * text (a line break or an image's alt text keeps words apart; footnote marks
 * are left out; `n<sup>2</sup>` reads `n²`) and whether
 * it shows anything at all. An image or a line break alone counts, as it
 * does on GitHub; a cell the sanitiser emptied does not.
 *
 * A row is shown on its essay and on every page that compares its aspect
 * (/compare/, the aspect's page, the home page), so its cells must read the
 * same anywhere: they carry no ids (a footnote reference's, an author's),
 * a same-page link points at the essay, and a footnote mark says it is one.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { raised } from '../model/raised.ts';
import { squash } from '../model/text.ts';
import type { ShownSide } from '../model/contrast-row.ts';

/** Elements that show something without any text. */
const VISIBLE_WITHOUT_TEXT = new Set(['img', 'br', 'hr', 'input']);

function textOf(nodes: readonly ElementContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type !== 'element') return '';
      if (node.tagName === 'br') return ' ';
      if (node.tagName === 'img') return ` ${typeof node.properties.alt === 'string' ? node.properties.alt : ''} `;
      // A footnote mark is a number, not words of the side.
      if (node.properties.dataFootnoteRef !== undefined) return '';
      if (node.tagName === 'sup' || node.tagName === 'sub') return raised(textOf(node.children), node.tagName);
      return textOf(node.children);
    })
    .join('');
}

function showsSomething(nodes: readonly ElementContent[]): boolean {
  return nodes.some((node) =>
    node.type === 'text'
      ? node.value.trim() !== ''
      : node.type === 'element' && (VISIBLE_WITHOUT_TEXT.has(node.tagName) || showsSomething(node.children)),
  );
}

export function shownSide(cell: Element | undefined): ShownSide {
  const children = cell?.children ?? [];
  return { html: toHtml(children).trim(), text: squash(textOf(children)), visible: showsSomething(children) };
}

/**
 * Takes the ids (and the `aria-*` references to ids) out of a cell, and
 * makes its same-page links (`#x`) links to `page` (`/essays/a/#x`), which
 * on the essay itself still only scrolls. Returns the ids taken out.
 */
export function detachCell(cell: Element | undefined, page: string | undefined): string[] {
  const removed: string[] = [];
  for (const child of cell?.children ?? []) {
    visit(child, 'element', (node) => {
      const { id, href } = node.properties;
      if (typeof id === 'string') removed.push(id);
      for (const name of ['id', 'ariaDescribedBy', 'ariaLabelledBy']) delete node.properties[name];
      if (page && typeof href === 'string' && href.startsWith('#')) node.properties.href = `${page}${href}`;
      // A footnote mark is a bare number. In the prose it is described by the sr-only "Footnotes" heading, which the
      // pages that show a cell elsewhere do not have: without a name of its own it is heard as "2, link".
      const mark = toString(node).trim();
      if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined && mark) node.properties.ariaLabel = `Footnote ${mark}`;
    });
  }
  return removed;
}
