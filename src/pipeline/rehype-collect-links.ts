/**
 * Records every link and image an author wrote, with its source line, so the
 * loader can check internal links and anchors against the whole site. Runs
 * right after the sanitiser (and the footnote links that follow it), before
 * rehype-contrast-slots takes the contrast tables out of the body: links in
 * contrast cells are checked as written, like any other. An image beside
 * the Markdown file (marked by rehype-images) is the loader's to check, as a
 * file rather than a page.
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
  }
}

export default function rehypeCollectLinks() {
  return (tree: Root, file: VFile): undefined => {
    const links: AuthoredLink[] = [];
    visit(tree, 'element', (node) => {
      // Our own controls carry no source position; only what the author wrote is checked.
      if (!node.position) return;
      const { href, src, dataImage } = node.properties;
      const target = node.tagName === 'a' ? href : node.tagName === 'img' && dataImage === undefined ? src : undefined;
      if (typeof target === 'string') links.push({ href: target, line: node.position.start.line });
    });
    file.data.links = links;
  };
}
