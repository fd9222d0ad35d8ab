/**
 * The sitemap (Astro's integration), with a `lastmod` for every page that
 * states when its content last changed: an essay's `article:modified_time`
 * (its `updated`), else its `article:published_time` (its `date`). Crawlers
 * read `lastmod` to decide what to fetch again
 * (https://www.sitemaps.org/protocol.html#lastmoddef); without it an edited
 * essay looks like every other page. The date is read from the built page's
 * own head, so the sitemap says what the page says, on a rebuild that copied
 * the page too.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { paths, withoutBase } from '../routes.ts';

/** An essay's page (`/essays/x/`): the only pages that state a date, and a sixth of a site's pages, so the rest are not read. */
const isEssay = (page: string): boolean => page.startsWith(paths.essays) && page !== paths.essays;

const DATE = /<meta property="article:(modified|published)_time" content="([^"]+)"/g;

/** The date a page's head says its content last changed, or `undefined` for a page that says none. */
export function lastChanged(html: string): string | undefined {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  const dates = new Map([...head.matchAll(DATE)].map((match) => [match[1], match[2]]));
  return dates.get('modified') ?? dates.get('published');
}

/** The sitemap for a site served under `base` (`/` or `/essays/`, as SITE_URL's path), dated where its pages are. */
export default function datedSitemap(base: string, options: Omit<NonNullable<SitemapOptions>, 'serialize'> = {}): AstroIntegration[] {
  let outDir: string | undefined;
  return [
    {
      name: 'sitemap-dates',
      hooks: { 'astro:config:done': ({ config }) => void (outDir = fileURLToPath(config.outDir)) },
    },
    sitemap({
      ...options,
      serialize: async (item) => {
        const page = withoutBase(decodeURI(new URL(item.url).pathname), decodeURI(base));
        if (!outDir || page === undefined || !isEssay(page)) return item;
        const html = await readFile(path.join(outDir, page, 'index.html'), 'utf8').catch(() => '');
        const date = lastChanged(html);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
  ];
}
