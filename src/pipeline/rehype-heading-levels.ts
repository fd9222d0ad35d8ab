/**
 * Keeps one h1 on a page: the title, which the page prints itself. Many
 * authors outline an essay with `#` headings (Markdown's top level), and a
 * body h1 would be a second page title: out of the table of contents, out of
 * search's sections, without a copy-link control. When the body holds an h1
 * (in Markdown or raw HTML), every heading in it moves down one level, so the
 * outline keeps its shape: `#` → h2, `##` → h3, and h6 stays h6, as pandoc's
 * `--shift-heading-level-by=1` does. GFM's footnotes heading is the page's
 * own and stays h2. Adds no `file.data`.
 * https://pandoc.org/MANUAL.html#option--shift-heading-level-by
 */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { SKIP, visit } from 'unist-util-visit';

export default function rehypeHeadingLevels() {
  return (tree: Root): undefined => {
    const headings: Array<[Element, number]> = [];
    visit(tree, 'element', (node) => {
      if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) return SKIP;
      const rank = headingRank(node);
      if (rank) headings.push([node, rank]);
      return undefined;
    });
    if (!headings.some(([, rank]) => rank === 1)) return;
    for (const [node, rank] of headings) node.tagName = `h${Math.min(rank + 1, 6)}`;
  };
}
