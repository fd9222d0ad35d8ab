import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import contentRefresh from './src/build/content-refresh.ts';
import devImageRevalidation from './src/build/dev-image-revalidation.ts';
import linkCheck from './src/build/link-check.ts';
import ogImages from './src/build/og-placement.ts';
import siteUrlNotice from './src/build/site-url-warning.ts';
import datedSitemap from './src/build/sitemap-dates.ts';
import { readAspectSettings } from './src/model/aspects.ts';
import { paths, withoutBase } from './src/routes.ts';
import { siteConfig } from './src/site.config.ts';

/**
 * The only inline script: it applies the saved colour theme before first
 * paint (no flash). Its hash goes into the Content Security Policy, so no
 * page needs 'unsafe-inline'.
 */
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}` as const;

/** Old aspect slugs: their pages (/compare/<old>/ and its share pages) only forward, so they stay out of the sitemap. */
const { settings: aspectSettings } = await readAspectSettings(path.resolve(siteConfig.contentDir));
const forwardingPrefixes = Object.values(aspectSettings).flatMap((aspect) => aspect.aliases.map((alias) => paths.aspect(alias)));

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // SITE_URL's origin, and its path as the base the whole site is served under. Astro takes the base as written
  // (`/my essays/`): given it percent-encoded (`/my%20essays/`), it cannot match a page's parameters to its path.
  site: siteConfig.origin,
  base: decodeURI(siteConfig.base),
  // Separate caches let tests and the benchmark build several corpora at once.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  trailingSlash: 'always',
  // Pages render while earlier ones are written: a 1,000-essay build (6,000 pages) generates them in about 16 s instead of 20-25 s.
  build: { concurrency: 4 },
  devToolbar: { enabled: false },
  // A rebuild copies every page whose cacheKey (src/build/queries.ts) and code are unchanged instead of rendering it.
  experimental: { incrementalBuild: true },
  vite: {
    // The search code's entry, for the /search/core.js endpoint to bundle with the core index.
    define: {
      __SEARCH_UI_ENTRY__: JSON.stringify(fileURLToPath(new URL('./src/scripts/search-ui.ts', import.meta.url))),
      // The Open Graph images' endpoint draws in worker threads that run our sources, and caches what they draw.
      __PROJECT_ROOT__: JSON.stringify(fileURLToPath(new URL('.', import.meta.url))),
      // Astro's cache folder: drawn images, and what a build derives from the whole content (src/build/kept.ts).
      __CACHE_DIR__: JSON.stringify(process.env['ASTRO_CACHE_DIR'] ?? fileURLToPath(new URL('./node_modules/.astro', import.meta.url))),
    },
  },
  // Markdown is rendered by our own pipeline (src/pipeline), not Astro's.
  markdown: { syntaxHighlight: false },
  integrations: [
    datedSitemap(siteConfig.base, {
      filter: (page) => {
        const pathname = withoutBase(new URL(page).pathname, siteConfig.base) ?? '';
        return !pathname.startsWith('/404') && !forwardingPrefixes.some((prefix) => pathname.startsWith(prefix));
      },
    }),
    // Before the link gate: pages link to their images.
    ogImages(),
    linkCheck({ siteUrl: siteConfig.url }),
    contentRefresh(),
    devImageRevalidation(),
    siteUrlNotice(),
  ],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data: https:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { hashes: [themeInitHash] },
    },
  },
});
