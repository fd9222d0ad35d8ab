/**
 * The copy-link control beside every heading and contrast row: a plain link
 * to the target without JavaScript, a copy button with it
 * (src/scripts/copy-link.ts). One definition, rendered as hast by the
 * heading plugin and as a template by CopyLink.astro.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';

/** The link's attributes, as the template spreads them. */
export function copyLinkAttributes(href: string, label: string) {
  return { class: 'copy-link', href, 'data-copy-link': '', 'aria-label': label } as const;
}

/** The icon inside the link: decorative, so hidden from assistive technology. */
export const COPY_LINK_ICON = Object.freeze({ class: 'copy-link-icon', 'aria-hidden': 'true', text: '#' } as const);

/** The control as hast, for plugins. */
export function copyLinkElement(href: string, label: string): Element {
  const { text, ...icon } = COPY_LINK_ICON;
  return h('a', copyLinkAttributes(href, label), h('span', icon, text));
}
