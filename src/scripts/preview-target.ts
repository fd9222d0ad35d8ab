/**
 * Which links get a preview, and of what: a link to another essay or concept
 * page (with the heading or contrast row its fragment names). Small, because
 * every page loads it to know when to fetch the preview code.
 */
import { fragmentId } from '../routes.ts';
import { sitePath } from './base.ts';

export interface PreviewTarget {
  /** The page's site path (`/essays/x/`, without the base). */
  readonly page: string;
  /** The heading or contrast row id, or `''` for the page itself. */
  readonly id: string;
}

/** Controls that are links but not to be previewed: copy links, row actions, the skip link. */
const NOT_PREVIEWED = '.copy-link, .row-actions, .skip-link';

export function previewTarget(link: HTMLAnchorElement): PreviewTarget | undefined {
  if (link.closest(NOT_PREVIEWED)) return undefined;
  const url = new URL(link.href, window.location.href);
  // A link into the page the reader is on already shows its target on screen.
  if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return undefined;
  const page = sitePath(url.pathname);
  if (!page || !/^\/(essays|concepts)\/[^/]+\/$/.test(page)) return undefined;
  return { page, id: fragmentId(url.hash) };
}
