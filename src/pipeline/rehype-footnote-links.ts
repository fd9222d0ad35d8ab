/**
 * Points GFM footnote links at their targets once the sanitiser has prefixed
 * every id with `user-content-` (as GitHub does): a reference's `#fn-1`
 * becomes `#user-content-fn-1`, a back-reference's `#fnref-1`
 * `#user-content-fnref-1`. Only the two kinds of footnote link are touched,
 * and only same-page ones; an author who writes `data-footnote-ref` on an
 * `<a>` gets the same treatment, which can only send a reader elsewhere on
 * the page. Adds no `file.data`.
 * https://github.com/rehypejs/rehype-sanitize#example-headings-dom-clobbering
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { sanitizeSchema } from './sanitize.ts';

const PREFIX = sanitizeSchema.clobberPrefix ?? '';

export default function rehypeFootnoteLinks() {
  return (tree: Root): undefined => {
    visit(tree, 'element', (node) => {
      const { href, dataFootnoteRef, dataFootnoteBackref } = node.properties;
      if (node.tagName !== 'a' || (dataFootnoteRef === undefined && dataFootnoteBackref === undefined)) return;
      if (typeof href === 'string' && href.startsWith('#') && !href.startsWith(`#${PREFIX}`))
        node.properties.href = `#${PREFIX}${href.slice(1)}`;
    });
  };
}
