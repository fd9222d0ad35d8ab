/**
 * Serves what an author links to under the site's base path, for a site
 * served below one (as a GitHub Pages project site is): with base `/sub/`,
 * `[x](/essays/other/)` leads to `/sub/essays/other/` and
 * `![d](/images/d.png)` loads `/sub/images/d.png`. Runs after
 * rehype-collect-links, so the link gate still checks site paths, and
 * before rehype-contrast-slots takes contrast cells out of the tree, so links
 * in cells are served too. Only root-relative URLs change (see `withBase`),
 * in the attributes a browser follows or loads: `href`, `src`, and each
 * candidate of a `<source srcset>`. Adds no `file.data`.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../routes.ts';

export interface Options {
  /** The path the site is served under, starting and ending with `/` (default: `'/'`, which changes nothing). */
  readonly base?: string | null | undefined;
}

const defaults = Object.freeze({ base: '/' });

/**
 * A `srcset` candidate: separators before it, its URL (a run of non-space,
 * trailing commas ending it), and its descriptors up to the next comma.
 * https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute
 */
const SRCSET_CANDIDATE = /([\s,]*)(\S*?)(,+(?=\s|$)|(?=\s|$)[^,]*)/g;

const servedSrcset = (srcset: string, base: string): string =>
  srcset.replace(SRCSET_CANDIDATE, (_, lead: string, url: string, rest: string) => `${lead}${withBase(url, base)}${rest}`);

export default function rehypeBaseLinks(options?: Readonly<Options> | null) {
  const base = options?.base ?? defaults.base;
  return (tree: Root): undefined => {
    if (base === '/') return;
    visit(tree, 'element', (node) => {
      const { href, src, srcSet } = node.properties;
      if (typeof href === 'string') node.properties.href = withBase(href, base);
      if (typeof src === 'string') node.properties.src = withBase(src, base);
      if (typeof srcSet === 'string') node.properties.srcSet = servedSrcset(srcSet, base);
    });
  };
}
