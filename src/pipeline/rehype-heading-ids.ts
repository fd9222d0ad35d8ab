/**
 * Gives every heading a stable id that is unique on the page and
 * accent-folded (`Führung` → `fuhrung`, a second `Risk` → `risk-1`), and
 * records the headings for the table of contents. Ids that the page chrome
 * or a contrast row owns are never handed to a heading, and an id written
 * twice in raw HTML keeps only its first.
 */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Heading } from '../model/schemas.ts';
import { Slugger } from '../model/slug.ts';
import { squash } from '../model/text.ts';
import { contrastId, RESERVED_IDS } from '../routes.ts';
import './rehype-contrast-slots.ts';

declare module 'vfile' {
  interface DataMap {
    /** Every heading with its id, for the table of contents. */
    headings: Heading[];
  }
}

export interface Options {
  /** Ids taken before any heading is seen (default: every id a page template owns, from routes.ts). */
  readonly reserved?: readonly string[] | null | undefined;
}

export default function rehypeHeadingIds(options?: Readonly<Options> | null) {
  const reserved = options?.reserved ?? RESERVED_IDS;
  return (tree: Root, file: VFile): undefined => {
    const rowIds = (file.data.contrasts ?? []).map((row) => contrastId(row.aspectSlug));
    const slugger = new Slugger([...reserved, ...rowIds]);
    // Ids already in the body (footnotes', and those an author wrote in raw HTML, all
    // `user-content-` after sanitising) stay and are reserved first; a repeat keeps
    // only its first, so no id is ever on the page twice.
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string' && !slugger.reserve(node.properties.id)) delete node.properties.id;
    });
    const headings: Heading[] = [];
    visit(tree, 'element', (node) => {
      const depth = headingRank(node);
      if (!depth) return;
      const text = squash(toString(node));
      if (typeof node.properties.id !== 'string') node.properties.id = slugger.slug(text);
      // Screen-reader-only headings (the footnotes label) stay out of the table of contents.
      if (!isHidden(node)) headings.push({ depth, id: node.properties.id, text });
    });
    file.data.headings = headings;
  };
}

/** True for headings styled for screen readers only, such as GFM's footnotes label. */
export function isHidden(node: Element): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes('sr-only');
}
