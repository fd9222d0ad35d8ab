/**
 * A contrast cell as the page shows it, once sanitised: its HTML, its plain
 * text (a line break or an image's alt text keeps words apart) and whether
 * it shows anything at all. An image or a line break alone counts, as it
 * does on GitHub; a cell the sanitiser emptied does not.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
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
