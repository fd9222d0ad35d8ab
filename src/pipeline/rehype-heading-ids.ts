/**
 * Gives every heading a stable id that is unique on the page and
 * accent-folded (`Führung` → `fuhrung`, a second `Risk` → `risk-1`), and
 * records the headings for the table of contents. Ids that the page chrome
 * or a contrast row owns are never handed to a heading.
 */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { RESERVED_IDS } from '../model/page-ids.ts';
import { contrastId, Slugger, type AspectSlug } from '../model/slug.ts';
import { squash } from '../model/text.ts';

export interface Options {
  /** Ids taken before any heading is seen (default: the page chrome's ids). */
  readonly reserved?: readonly string[] | null | undefined;
}

export default function rehypeHeadingIds(options?: Readonly<Options> | null) {
  const reserved = options?.reserved ?? RESERVED_IDS;
  return (tree: Root, file: VFile): undefined => {
    const rowIds = (file.data.contrasts ?? []).map((row) => contrastId(row.aspectSlug as AspectSlug));
    const slugger = new Slugger([...reserved, ...rowIds]);
    // Ids an author set in trusted HTML stay, and are reserved first.
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') slugger.reserve(node.properties.id);
    });
    const headings: NonNullable<VFile['data']['headings']> = [];
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
