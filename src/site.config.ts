/**
 * Site-wide settings. Environment variables override the defaults so the same
 * code can build any corpus for any host.
 */

/** Default public address; `npm start` serves here, so canonical links work locally. */
const DEFAULT_SITE_URL = 'http://localhost:4321';

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

export const siteConfig = Object.freeze({
  /** Site name, shown in the header and in titles. */
  name: 'Leading & Managing',
  /** One-line description for the home page's meta tags and the RSS feed. */
  description: 'Essays on the difference between leadership and management, with every contrast side by side, linkable and searchable.',
  /** Language of the content. */
  lang: 'en',
  /** Public origin for canonical, Open Graph and feed URLs (env `SITE_URL`). */
  url: (process.env['SITE_URL'] || DEFAULT_SITE_URL).replace(/\/+$/, ''),
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
