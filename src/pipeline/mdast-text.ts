/**
 * Plain text of Markdown nodes as a reader sees them: raw HTML is left out,
 * but a line break (Markdown's own, or a `<br>` written in HTML) reads as a
 * space, so the words on either side never run together, and a `<sup>` or
 * `<sub>` keeps its look where Unicode can (`n²`, `H₂O`).
 */
import type { Html, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { raised } from '../model/text.ts';

const BR_TAG = /^<br\s*\/?>$/i;

/** A `<br>`, `<br/>` or `<br />` written as raw HTML. */
export const isBrTag = (node: Nodes): node is Html => node.type === 'html' && BR_TAG.test(node.value.trim());

/** `<sup>`, `</sub>`…: the tags around text written raised or lowered. */
const SCRIPT_TAG = /^<(\/?)(sup|sub)>$/i;

export function textOf(node: Nodes): string {
  if (node.type === 'break' || isBrTag(node)) return ' ';
  if (!('children' in node)) return toString(node, { includeHtml: false });
  // Inline HTML comes as one node per tag, so the text between `<sup>` and `</sup>` is found by walking the siblings.
  let script: 'sup' | 'sub' | undefined;
  return node.children
    .map((child) => {
      const tag = child.type === 'html' ? SCRIPT_TAG.exec(child.value.trim()) : null;
      if (tag) {
        script = tag[1] ? undefined : (tag[2]!.toLowerCase() as 'sup' | 'sub');
        return '';
      }
      return script ? raised(textOf(child), script) : textOf(child);
    })
    .join('');
}
