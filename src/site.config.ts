/**
 * Site-wide settings. Environment variables override the defaults so the same
 * code can build any corpus for any host.
 */

/** Default public address; `npm start` serves here, so canonical links work locally. */
const DEFAULT_SITE_URL = 'http://localhost:4321';

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
   * Keep harmless raw HTML written in Markdown (env `TRUSTED_HTML=1`).
   * Default `false`: raw HTML is dropped. Scripts, event handlers and
   * `javascript:` URLs are removed either way.
   */
  trustedHtml: process.env['TRUSTED_HTML'] === '1' || process.env['TRUSTED_HTML'] === 'true',
});
