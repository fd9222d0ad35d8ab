/**
 * Plain text of Markdown nodes as a reader sees them: raw HTML is left out,
 * but a line break (Markdown's own, or a `<br>` written in HTML) reads as a
 * space, so the words on either side never run together.
 */
import type { Html, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

const BR_TAG = /^<br\s*\/?>$/i;

/** A `<br>`, `<br/>` or `<br />` written as raw HTML. */
export const isBrTag = (node: Nodes): node is Html => node.type === 'html' && BR_TAG.test(node.value.trim());

export function textOf(node: Nodes): string {
  if (node.type === 'break' || isBrTag(node)) return ' ';
  if ('children' in node) return node.children.map(textOf).join('');
  return toString(node, { includeHtml: false });
}
