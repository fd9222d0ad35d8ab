/**
 * Plain text of Markdown nodes as a reader sees them: raw HTML is left out,
 * but a line break (Markdown's own, or a `<br>` written in HTML) reads as a
 * space, so the words on either side never run together; a `<sup>` or
 * `<sub>` keeps its look where Unicode can (`n²`, `H₂O`); and what a
 * `<script>` or `<style>` holds is left out with it, as the sanitiser leaves
 * it out of the page.
 */
import type { Html, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { raised } from '../model/raised.ts';

const BR_TAG = /^<br\s*\/?>$/i;

/** A `<br>`, `<br/>` or `<br />` written as raw HTML. */
export const isBrTag = (node: Nodes): node is Html => node.type === 'html' && BR_TAG.test(node.value.trim());

/** `<sup>`, `</sub>`, `<script src=…>`…: a tag that changes how the text after it reads, up to its end tag. */
const TEXT_TAG = /^<(\/?)(sup|sub|script|style)(?:\s[^>]*)?>$/i;

type Reading = 'sup' | 'sub' | 'hidden';

/** How the text after an opening tag reads: raised, lowered, or not at all (what the sanitiser strips with its content). */
const readingOf = (tag: string): Reading => (tag === 'sup' || tag === 'sub' ? tag : 'hidden');

export function textOf(node: Nodes): string {
  if (node.type === 'break' || isBrTag(node)) return ' ';
  if (!('children' in node)) return toString(node, { includeHtml: false });
  // Inline HTML comes as one node per tag, so the text between `<sup>` and `</sup>` is found by walking the siblings.
  let reading: Reading | undefined;
  return node.children
    .map((child) => {
      const tag = child.type === 'html' ? TEXT_TAG.exec(child.value.trim()) : null;
      if (tag) {
        reading = tag[1] ? undefined : readingOf(tag[2]!.toLowerCase());
        return '';
      }
      if (reading === 'hidden') return '';
      return reading ? raised(textOf(child), reading) : textOf(child);
    })
    .join('');
}
