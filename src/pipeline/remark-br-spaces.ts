/**
 * With raw HTML dropped (`RAW_HTML=strip`), a `<br>` would vanish and join
 * the words on either side; it becomes a space instead. No HTML is kept.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isBrTag } from './mdast-text.ts';

export default function remarkBrSpaces() {
  return (tree: Root): undefined => {
    visit(tree, 'html', (node, index, parent) => {
      if (parent && index !== undefined && isBrTag(node)) parent.children[index] = { type: 'text', value: ' ' };
    });
  };
}
