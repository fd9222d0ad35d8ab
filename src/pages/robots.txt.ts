import { served, siteConfig } from '../site.config.ts';
import { paths } from '../routes.ts';

/**
 * /robots.txt: every page may be crawled, and the sitemap is named by its
 * full address, which is how crawlers find it (https://www.rfc-editor.org/rfc/rfc9309,
 * https://www.sitemaps.org/protocol.html#submit_robots). Without the file a
 * host answers crawlers' first request with its 404 page. Crawlers read it
 * only at a domain's root: under a SITE_URL path it is there to be copied.
 */
export function GET() {
  const sitemap = new URL(served(paths.sitemap), siteConfig.origin).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
