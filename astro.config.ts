import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/site.config.ts';

/**
 * The only inline script: it applies the saved colour theme before first
 * paint (no flash). Its hash goes into the Content Security Policy, so no
 * page needs 'unsafe-inline'.
 */
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}` as const;

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // Markdown is rendered by our own pipeline (src/pipeline), not Astro's.
  markdown: { syntaxHighlight: false },
  integrations: [
    sitemap({
      // Redirect stubs are not pages of their own.
      filter: (page) => !page.includes('/404'),
    }),
  ],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [themeInitHash] },
    },
  },
});
