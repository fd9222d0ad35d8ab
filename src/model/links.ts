/**
 * The link and anchor gate: every internal link an author wrote must lead to
 * a page the build makes, and every `#fragment` to an id on that page. A
 * broken one is reported with its file, line and the nearest real target.
 */
import { problems, type Problem } from './errors.ts';
import { slugify } from './slug.ts';
import { nearest } from './suggest.ts';
import { decoded, hasFragment } from './uri.ts';

/**
 * The ids on a page: known, found the first time a link asks (where finding
 * them costs something), or `undefined` where fragments are not checked.
 */
export type PageIds = ReadonlySet<string> | (() => ReadonlySet<string>) | undefined;

/** Every page the site will have, and the ids on it. */
export type SiteMap = ReadonlyMap<string, PageIds>;

export interface LinkSource {
  /** File shown in errors. */
  readonly file: string;
  /** The page the links appear on (`/essays/<slug>/`). */
  readonly page: string;
  readonly links: ReadonlyArray<{ readonly href: string; readonly line: number | undefined }>;
}

const ORIGIN = 'https://site.invalid';

/** True for links that leave the site (any scheme, or protocol-relative `//host`). */
function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/**
 * The page of a Markdown file linked as on GitHub (`./other.md`,
 * `../concepts/vision.md`), or `undefined`. Such a link is relative to the
 * file, which sits in the folder its page is named after (`essays/a.md` is
 * `/essays/a/`; `home.md` is `/`), and its page is the file's slug.
 */
function markdownFilePage(href: string, page: string, site: SiteMap): string | undefined {
  const folder = page === '/' ? '/' : page.replace(/[^/]+\/$/, '');
  const { pathname } = new URL(href, `${ORIGIN}${folder}`);
  const match = /^(.*\/)([^/]+)\.(?:md|markdown)$/i.exec(decoded(pathname));
  const candidate = match && `${match[1]}${slugify(match[2]!)}/`;
  return candidate && site.has(candidate) ? candidate : undefined;
}

const idsOf = (known: PageIds): ReadonlySet<string> | undefined => (typeof known === 'function' ? known() : known);

/**
 * The one page beside a missing one (in its folder, such as `/essays/`) that
 * has the id a link asks for: where a renamed file's page went
 * (`/essays/old/#pruning` → `/essays/new/#pruning`). `undefined` when none
 * or several have it.
 */
function pageWithId(path: string, fragment: string, site: SiteMap): string | undefined {
  const folder = /^\/[^/]+\//.exec(path)?.[0];
  if (!fragment || !folder) return undefined;
  const found = [...site].filter(([page, known]) => page.startsWith(folder) && page !== folder && idsOf(known)?.has(fragment));
  return found.length === 1 ? found[0]![0] : undefined;
}

/** The aspect slug a link names by its page (no fragment given) or by its id, if any: see `aspectNamedBy` in routes.ts. */
type AspectOfLink = (path: string, fragment?: string) => string | undefined;

/**
 * A link to the site's own public address (`https://example.org/essays/a/#x`
 * on a site served at `https://example.org/`) as the site path it names
 * (`/essays/a/#x`), so that it is checked like a link written as a path.
 * `undefined` for any other link, and for one outside the site's base path.
 */
export function ownSitePath(href: string, siteUrl: string | undefined): string | undefined {
  const site = siteUrl === undefined ? null : URL.parse(siteUrl);
  const url = site && /^https?:/i.test(href) ? URL.parse(href) : null;
  if (!site || !url || url.origin !== site.origin || !url.pathname.startsWith(site.pathname)) return undefined;
  return `/${url.pathname.slice(site.pathname.length)}${url.search}${url.hash}`;
}

/**
 * `drafts`: the page each draft would have, and its file, to say why a link to one leads nowhere (default: none).
 * `aspectOf`: the aspect a link names, to say that a renamed aspect keeps its old links through aspects.yml (default: none).
 * `siteUrl`: the site's public address; a link to a page at it is checked as a link within the site (default: none).
 */
export function checkLinks(
  sources: readonly LinkSource[],
  site: SiteMap,
  drafts: ReadonlyMap<string, string> = new Map(),
  aspectOf: AspectOfLink = () => undefined,
  siteUrl?: string,
): Problem[] {
  const found: Problem[] = [];
  const pages = [...site.keys()];
  for (const source of sources) {
    for (const { href, line } of source.links) {
      const own = ownSitePath(href, siteUrl);
      if (own === undefined && isExternal(href)) continue;
      const url = new URL(own ?? href, `${ORIGIN}${source.page}`);
      const path = decoded(url.pathname);
      const fragment = decoded(url.hash.slice(1));
      // Shown as the author wrote it, not percent-encoded as the page holds it.
      const target = `${path}${url.hash && `#${fragment}`}`;
      const written = decoded(href);
      const draft = drafts.get(path);
      if (draft !== undefined) {
        found.push(problems['broken-link']({ file: source.file, line, target, written, hint: undefined, draft }));
        continue;
      }
      if (!site.has(path)) {
        const withSlash = path.endsWith('/') || path.includes('.') ? undefined : `${path}/`;
        const hint =
          (withSlash && site.has(withSlash) ? withSlash : undefined) ??
          markdownFilePage(own ?? href, source.page, site) ??
          pageWithId(path, fragment, site) ??
          nearest(path, pages, Math.max(3, Math.floor(path.length / 4)));
        const aspect = aspectOf(path);
        found.push(problems['broken-link']({ file: source.file, line, target, written, hint: hint && `${hint}${url.hash}`, aspect }));
        continue;
      }
      const ids = idsOf(site.get(path));
      if (!fragment || !ids || hasFragment(ids, url.hash.slice(1))) continue;
      const hint = nearest(fragment, ids, Math.max(3, Math.floor(fragment.length / 3)));
      const samePage = href.startsWith('#');
      found.push(
        problems['broken-anchor']({
          file: source.file,
          line,
          target: samePage ? href : target,
          written,
          hint: hint && (samePage ? `#${hint}` : `${path}#${hint}`),
          aspect: aspectOf(path, fragment),
        }),
      );
    }
  }
  return found;
}
