/**
 * Cuts the body into sections, one per h2/h3 with the plain text under it
 * (the text before the first one is the intro),
 * so search can land on the section that answers and concept pages can link
 * to the passage that mentions them. Contrast tables are left out: each row
 * is indexed on its own.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { Section } from '../model/schemas.ts';
import { squash } from '../model/text.ts';
import { isContrastMarker } from './contrast-marker.ts';

declare module 'vfile' {
  interface DataMap {
    /** Plain text before the first h2/h3. */
    intro: string;
    /** The text under each h2/h3. */
    sections: Section[];
  }
}

export default function rehypeSections() {
  return (tree: Root, file: VFile): undefined => {
    const sections: Section[] = [];
    const intro: string[] = [];
    let current: { id: string; heading: string; parts: string[] } | undefined;
    const close = (): void => {
      if (current) sections.push({ id: current.id, heading: current.heading, text: squash(current.parts.join(' ')) });
    };
    for (const node of tree.children) {
      const rank = node.type === 'element' ? headingRank(node) : undefined;
      if (node.type === 'element' && (rank === 2 || rank === 3) && typeof node.properties.id === 'string') {
        close();
        current = { id: node.properties.id, heading: squash(toString(node)), parts: [] };
      } else if (!isSkipped(node)) {
        (current?.parts ?? intro).push(toString(node as ElementContent));
      }
    }
    close();
    file.data.sections = sections;
    file.data.intro = squash(intro.join(' '));
  };
}

/** Contrast tables are indexed row by row; footnotes belong to no section. */
function isSkipped(node: RootContent): boolean {
  if (node.type === 'element') return node.tagName === 'section' && 'dataFootnotes' in node.properties;
  return isContrastMarker(node);
}
