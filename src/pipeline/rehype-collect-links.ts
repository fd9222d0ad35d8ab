/**
 * Records every link and image an author wrote (with its source line) and every id on
 * the rendered page, so the loader can check internal links and anchors
 * against the whole site. Runs last: the ids are the page's final ids.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

interface AuthoredLink {
  readonly href: string;
  readonly line: number | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** Links the author wrote, in document order. */
    links: AuthoredLink[];
    /** Every element id in the rendered body. */
    ids: string[];
  }
}

export default function rehypeCollectLinks() {
  return (tree: Root, file: VFile): undefined => {
    const links: AuthoredLink[] = [];
    const ids: string[] = [];
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.push(node.properties.id);
      // Our own controls carry no source position; only what the author wrote is checked.
      if (!node.position) return;
      const target = node.tagName === 'a' ? node.properties.href : node.tagName === 'img' ? node.properties.src : undefined;
      if (typeof target === 'string') links.push({ href: target, line: node.position.start.line });
    });
    file.data.links = links;
    file.data.ids = ids;
  };
}
