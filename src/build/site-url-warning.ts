/**
 * An Astro integration that ends a build without `SITE_URL` with one warning:
 * its absolute links point at localhost (see `siteUrlWarning`). `npm start`,
 * which previews the build on this machine, stays quiet.
 */
import type { AstroIntegration } from 'astro';
import { siteUrlWarning } from '../site.config.ts';

export default function siteUrlNotice(): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const warning = siteUrlWarning(process.env);
        if (warning) logger.warn(warning);
      },
    },
  };
}
