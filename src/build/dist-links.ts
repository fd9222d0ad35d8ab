/**
 * After the build: every `href`, `src` and `#fragment` in every page of
 * dist/ must resolve to a file and an id that exist. Links to the site's own
 * origin (canonical, Open Graph) count as internal. For a site served under
 * a base path (SITE_URL https://example.org/sub/), dist/ holds what is
 * served at /sub/: a link is looked up without the base, and a link to the
 * origin outside the base leads nowhere. This scans the
 * attributes of our own output (always double-quoted by Astro and
 * rehype-stringify) rather than parsing HTML, so it adds almost nothing to a
 * 1,000-page build.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { withBase, withoutBase } from '../routes.ts';

export interface DistReport {
  readonly pages: number;
  readonly links: number;
  readonly broken: ReadonlyArray<{ readonly page: string; readonly href: string; readonly reason: string }>;
}

const ATTRIBUTE = /\s(id|href|src)="([^"]*)"/g;
const ENTITIES: Readonly<Record<string, string>> = Object.freeze({ amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" });

function decode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#')
      return String.fromCodePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** `/essays/x/` for dist/essays/x/index.html, `/404.html` for dist/404.html. */
function pagePath(dist: string, file: string): string {
  const relative = `/${path.relative(dist, file).split(path.sep).join('/')}`;
  return relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative;
}

/** Checks dist/ as served at `siteUrl`, the site's address (its path is the base). */
export async function checkDist(dist: string, siteUrl: string): Promise<DistReport> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const files = new Set(entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)));
  const html = [...files].filter((file) => file.endsWith('.html')).sort();
  const ids = new Map<string, Set<string>>();
  const links: Array<{ page: string; href: string }> = [];
  for (const file of html) {
    const page = pagePath(dist, file);
    const pageIds = new Set<string>();
    for (const [, name, raw] of (await readFile(file, 'utf8')).matchAll(ATTRIBUTE)) {
      const value = decode(raw!);
      if (name === 'id') pageIds.add(value);
      else links.push({ page, href: value });
    }
    ids.set(page, pageIds);
  }
  const { origin, pathname } = new URL(siteUrl);
  const base = pathname.replace(/\/*$/, '/');
  const broken: Array<{ page: string; href: string; reason: string }> = [];
  for (const { page, href } of links) {
    const url = new URL(href, `${origin}${withBase(page, base)}`);
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) continue;
    const served = withoutBase(url.pathname, base);
    if (served === undefined) {
      broken.push({ page, href, reason: `not under the base path ${base}` });
      continue;
    }
    const target = decodeURIComponent(served);
    const file = target.endsWith('/') ? path.join(dist, target, 'index.html') : path.join(dist, target);
    if (!files.has(file) && !(await stat(file).catch(() => undefined))?.isFile()) {
      broken.push({ page, href, reason: 'no such file' });
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !ids.get(target)?.has(fragment)) broken.push({ page, href, reason: `no id "${fragment}" on ${target}` });
  }
  return { pages: html.length, links: links.length, broken };
}
