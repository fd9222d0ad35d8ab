/**
 * Adds a visible link control beside every h2 and h3. Without JavaScript it is
 * a plain link to the heading; `src/scripts/copy-link.ts` turns it into a
 * button that copies the heading's full URL. The control sits beside the
 * heading, not inside it, so the heading's accessible name stays its text.
 */
import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { squash } from '../model/text.ts';
import { copyLinkElement } from './copy-link.ts';
import { isHidden } from './rehype-heading-ids.ts';

export interface Options {
  /** Heading ranks that get a control (default: `[2, 3]`). */
  readonly ranks?: readonly number[] | null | undefined;
}

const defaults = Object.freeze({ ranks: Object.freeze([2, 3]) });

/** The class of the element that holds a heading and its control (`heading heading-h<rank>`). */
export const HEADING_WRAPPER = 'heading';

export default function rehypeHeadingLinks(options?: Readonly<Options> | null) {
  const ranks = options?.ranks ?? defaults.ranks;
  return (tree: Root): undefined => {
    visit(tree, 'element', (node, index, parent) => {
      const rank = headingRank(node);
      if (!rank || !ranks.includes(rank) || typeof node.properties.id !== 'string' || isHidden(node) || !parent || index === undefined)
        return;
      const label = `Link to section: ${squash(toString(node))}`;
      // `dir="auto"`: a heading in Arabic or Hebrew lines up from the right, its control on its left, as the
      // heading's own text does (base.css); the wrapper lays them out in a row, which CSS alone cannot turn.
      const wrapper = h('div', { className: [HEADING_WRAPPER, `${HEADING_WRAPPER}-h${rank}`], dir: 'auto' }, [
        node,
        copyLinkElement(`#${node.properties.id}`, label),
      ]);
      parent.children.splice(index, 1, wrapper);
      return SKIP;
    });
  };
}
