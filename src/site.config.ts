/**
 * Site-wide settings. Environment variables override the defaults so the same
 * code can build any corpus for any host.
 */
import { withBase } from './routes.ts';

/** Default public address; `npm start` serves here, so canonical links work locally. */
const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * Reads `SITE_URL`, the address the home page is served at: its origin goes
 * into absolute links (canonical, Open Graph, RSS, sitemap), its path is the
 * base every page, asset and link is served under (`https://user.github.io/essays`
 * serves the site under `/essays/`). Unset, it is http://localhost:4321.
 * The result always ends in `/`, and runs of slashes in its path are one:
 * a base of `//essays/` would make every root-relative link `//essays/…`,
 * a link to a host named `essays`. Anything but an http(s) address is refused,
 * and so are a user name or password (the feed would publish them) and a
 * page (`…/index.html`) in place of its folder.
 */
export function siteAddress(value: string | undefined): URL {
  const url = URL.parse(value || DEFAULT_SITE_URL);
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new Error(
      `SITE_URL must be the http(s) address the site is served at, such as https://user.github.io/essays/, not \`${value}\`.`,
    );
  if (url.username || url.password)
    throw new Error(
      'SITE_URL must not hold a user name or password: the RSS feed would publish it in its links. Give the address alone, such as https://example.org/essays/.',
    );
  if (/\.html?$/i.test(url.pathname))
    throw new Error(`SITE_URL must be the folder the site is served from, not a page in it: ${new URL('.', url).href}, not \`${value}\`.`);
  url.pathname = url.pathname.replace(/\/+/g, '/').replace(/\/?$/, '/');
  return url;
}

/**
 * The one warning a build without `SITE_URL` prints, or `undefined`: none
 * when it is set, and none for `npm start`, whose build is meant to be
 * previewed here (`npm_lifecycle_event` is the npm script that runs the build).
 */
export function siteUrlWarning(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env['SITE_URL'] || env['npm_lifecycle_event'] === 'start') return undefined;
  return (
    `SITE_URL is not set, so absolute links (canonical, Open Graph, RSS, sitemap) will point at ${DEFAULT_SITE_URL}. ` +
    'Set it to the address the site will be served at, with its path if it has one: ' +
    'SITE_URL=https://user.github.io/essays/ npm run build'
  );
}

/**
 * Reads `RAW_HTML`: unset or `github` keeps the raw HTML GitHub keeps
 * (sanitised), `strip` drops all raw HTML. Anything else is refused, so a
 * misspelt strict setting never quietly keeps HTML.
 */
export function keepsRawHtml(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'github') return true;
  if (value === 'strip') return false;
  throw new Error(`RAW_HTML must be \`github\` (the default: keep what GitHub keeps) or \`strip\` (drop all raw HTML), not \`${value}\`.`);
}

/** Which pages get a preview image of their own (see `ogImages` below). */
export type OgImageSetting = 'all' | 'pages' | 'off';

/** Reads `OG_IMAGES`: unset or `all`, `pages`, or `off`; anything else is refused. */
export function ogImageSetting(value: string | undefined): OgImageSetting {
  if (value === undefined || value === '') return 'all';
  if (value === 'all' || value === 'pages' || value === 'off') return value;
  throw new Error(`OG_IMAGES must be \`all\` (the default), \`pages\` (no image per contrast) or \`off\`, not \`${value}\`.`);
}

const address = siteAddress(process.env['SITE_URL']);

export const siteConfig = Object.freeze({
  /** Site name, shown in the header and in titles. */
  name: 'Leading & Managing',
  /** One-line description for the home page's meta tags and the RSS feed. */
  description: 'Essays on the difference between leadership and management, with every contrast side by side, linkable and searchable.',
  /** Language of the content. */
  lang: 'en',
  /** The home page's public address, ending in `/` (env `SITE_URL`, see `siteAddress`). */
  url: address.href,
  /** Its origin, for canonical, Open Graph and feed URLs (Astro's `site`). */
  origin: address.origin,
  /** Its path, `/` or `/essays/`: the base the whole site is served under (Astro's `base`, and `withBase` in routes.ts). */
  base: address.pathname,
  /** The content folder (env `CONTENT_DIR`): holds `essays/` and optionally `concepts/`. */
  contentDir: process.env['CONTENT_DIR'] || 'content',
  /**
   * Keep the raw HTML in Markdown that GitHub keeps, sanitised (default
   * `true`); env `RAW_HTML=strip` makes it `false`, dropping all raw HTML.
   * Scripts, event handlers, `style` and `javascript:` URLs are removed
   * either way. (The name predates the default; the old `TRUSTED_HTML=1`
   * asks for what is now the default and is still accepted.)
   */
  trustedHtml: keepsRawHtml(process.env['RAW_HTML']),
  /**
   * Preview images (env `OG_IMAGES`): `all` (default) draws one for the home
   * page, every essay, every aspect page and every contrast's share page;
   * `pages` leaves out the share pages, which then show their aspect's image
   * (a contrast each is the largest part of a big site's build); `off` draws none.
   */
  ogImages: ogImageSetting(process.env['OG_IMAGES']),
});

/** A site path (`paths.…`) as this build serves it: under the base of `SITE_URL` (see `withBase`). */
export const served = (path: string): string => withBase(path, siteConfig.base);
