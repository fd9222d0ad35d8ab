/**
 * Records every id on the rendered body, so the link gate knows the anchors
 * a page has. Runs last: the ids are the page's final ids.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** Every element id in the rendered body. */
    ids: string[];
  }
}

/** Every element id in `tree`, in document order. */
function idsIn(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.push(node.properties.id);
  });
  return ids;
}

export default function rehypeCollectIds() {
  return (tree: Root, file: VFile): undefined => {
    file.data.ids = idsIn(tree);
  };
}
