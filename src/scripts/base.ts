/**
 * Where the site is served, as the page says: `<html data-base="/essays/">`
 * for a site served under a path, nothing at the root (BaseLayout.astro).
 * Browser code learns the base from the page rather than from a constant
 * built into it, so the search module, bundled apart from the page's
 * scripts, follows the same page.
 */
import { withBase, withoutBase } from '../routes.ts';

const base = (): string => document.documentElement.dataset.base ?? '/';

/** A site path (`paths.…`, a search result's URL) as this site serves it. */
export const served = (path: string): string => withBase(path, base());

/** The site path of a pathname on this site, or `undefined` when it lies outside the base. */
export const sitePath = (pathname: string): string | undefined => withoutBase(pathname, base());
