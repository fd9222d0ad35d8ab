/**
 * An essay's sections, one per h2/h3 with the plain text under it, and the
 * text before the first one (the introduction), cut from the finished body
 * as a browser parses it. Search lands on the section that answers, link
 * previews show a section's opening, and concept pages link to the passage
 * that mentions them. Contrast tables are left out (each row is indexed on
 * its own), and so are footnotes.
 *
 * The compile cuts them once; the content store then keeps sections without
 * their text (`StoredEssaySchema`): the text is a third of the store, which
 * `astro dev` rewrites and reloads in full after every edit. Pages read it
 * back from the body with this same function when they need it.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { headingRank } from 'hast-util-heading-rank';
import { toText } from 'hast-util-to-text';
import type { BodyBlock, Section } from '../model/schemas.ts';
import { raised } from '../model/raised.ts';
import { squash } from '../model/text.ts';
import { HEADING_WRAPPER } from '../pipeline/rehype-heading-links.ts';

/** rehype-heading-links' `<div class="heading …"><hN …>…</hN><a class="copy-link">…</a></div>`. Authors' classes never survive the sanitiser. */
function isHeadingControl(node: Element): boolean {
  const classes = node.properties.className;
  return node.tagName === 'div' && Array.isArray(classes) && classes.includes(HEADING_WRAPPER) && node.children[0]?.type === 'element';
}

/**
 * The nodes as their text is read: each heading in place of its link control,
 * whose "#" is no part of the text, an image as its alt text, and a `<sup>` or
 * `<sub>` (a footnote mark too) in the Unicode forms of its script where they
 * exist (`n²`, `claim¹`).
 */
function asRead<T extends RootContent | ElementContent>(nodes: readonly T[]): T[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    if (isHeadingControl(node)) return asRead([node.children[0] as T])[0]!;
    // An image is read as its alt text, as a screen reader reads it: its words are content and must be found.
    if (node.tagName === 'img') return { type: 'text', value: ` ${String(node.properties.alt ?? '')} ` } as T;
    if (node.tagName === 'sup' || node.tagName === 'sub') {
      return { ...node, children: [{ type: 'text', value: raised(toText(node), node.tagName) }] };
    }
    return { ...node, children: asRead(node.children) };
  });
}

const isFootnotes = (node: RootContent): boolean =>
  node.type === 'element' && node.tagName === 'section' && 'dataFootnotes' in node.properties;

/** The notes' own text: each `<li>` of a footnotes section, without its "↩" links back or the section's label. */
function notesText(node: Element): string[] {
  const withoutBackrefs = (child: ElementContent): ElementContent[] =>
    child.type === 'element' && 'dataFootnoteBackref' in child.properties
      ? []
      : [child.type === 'element' ? { ...child, children: child.children.flatMap(withoutBackrefs) } : child];
  const items = node.children.flatMap((child) => (child.type === 'element' && child.tagName === 'ol' ? child.children : []));
  return items.flatMap((item) => (item.type === 'element' ? [toText({ ...item, children: item.children.flatMap(withoutBackrefs) })] : []));
}

/**
 * The sections of a body, its introduction's text, and its footnotes' text:
 * notes stay out of the passage they hang from (excerpts, previews), but
 * their words must still be found, so search indexes them with the essay.
 */
export function cutBody(body: readonly BodyBlock[]): { sections: Section[]; intro: string; notes: string } {
  const nodes = asRead(body.flatMap((block) => (block.type === 'html' ? fromHtml(block.html, { fragment: true }).children : [])));
  const sections: Section[] = [];
  const intro: string[] = [];
  const notes: string[] = [];
  let current: { id: string; heading: string; parts: string[] } | undefined;
  const close = (): void => {
    if (current) sections.push({ id: current.id, heading: current.heading, text: squash(current.parts.join(' ')) });
  };
  for (const node of nodes) {
    const rank = node.type === 'element' ? headingRank(node) : undefined;
    if (node.type === 'element' && (rank === 2 || rank === 3) && typeof node.properties.id === 'string') {
      close();
      current = { id: node.properties.id, heading: squash(toText(node)), parts: [] };
    } else if (isFootnotes(node)) {
      notes.push(...notesText(node as Element));
    } else {
      (current?.parts ?? intro).push(toText(node as ElementContent));
    }
  }
  close();
  return { sections, intro: squash(intro.join(' ')), notes: squash(notes.join(' ')) };
}
