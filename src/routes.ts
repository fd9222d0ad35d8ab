/**
 * Every URL the site makes and every id a page template gives its own parts,
 * in one place. Pages, the pipeline (which reserves these ids so no heading
 * takes one), search, the link gates and the browser scripts all ask here,
 * so a URL or an id is never written twice. Paths are site-relative
 * (`/essays/x/`); see DESIGN.md for the ones readers share.
 */
import { decoded } from './model/uri.ts';

/**
 * Ids of parts every page has. They start with `_`: slugify never makes one,
 * so no heading or aspect can take them.
 */
const CHROME_IDS = Object.freeze({
  main: '_main',
  header: '_header',
  status: '_status',
  searchDialog: '_search',
  searchInput: '_search-input',
  searchResults: '_search-results',
  searchStatus: '_search-status',
});

/** Readable ids that page templates give their own parts (essay, home, concept, aspect and search pages). */
const TEMPLATE_IDS = Object.freeze({
  toc: 'toc',
  tocHeading: 'toc-heading',
  essayTitle: 'essay-title',
  sources: 'sources',
  cite: 'cite',
  prevNext: 'prev-next',
  footnoteLabel: 'footnote-label',
  headline: 'headline',
  essays: 'essays',
  tagged: 'tagged',
  sections: 'sections',
  contrasts: 'contrasts',
  relatedAspects: 'related-aspects',
  shareTitle: 'share-title',
  otherViews: 'other-views',
  preview: '_preview',
  searchPageInput: 'search-page-input',
  searchPageStatus: 'search-page-status',
  searchPageResults: 'search-page-results',
  browseConcepts: 'browse-concepts',
  browseAspects: 'browse-aspects',
});

export const PAGE_IDS = Object.freeze({ ...CHROME_IDS, ...TEMPLATE_IDS });

/** The ids of the parts every page has. */
export const CHROME_ID_LIST: readonly string[] = Object.freeze(Object.values(CHROME_IDS));

/** Ids a heading may never take, on any page: the heading-id plugin hands it the next free one (`sources-1`). */
export const RESERVED_IDS: readonly string[] = Object.freeze(Object.values(PAGE_IDS));

/** The id of a contrast row in its essay: `contrast-<aspect-slug>`. */
export const contrastId = (aspect: string): string => `contrast-${aspect}`;

/** The id of an aspect group's title on /compare/. */
export const aspectTitleId = (aspect: string): string => `${aspect}--title`;

const fragment = (id: string | undefined): string => (id ? `#${id}` : '');

/** The id a URL's fragment names (`contrast-%D1%80…` → `contrast-р…`); one that is not valid percent-encoding (a link cut mid-character) is taken as written. */
export const fragmentId = (hash: string): string => decoded(hash.replace(/^#/, ''));

/** A site path without its outer slashes, as the files named after a page hold it (`/essays/x/` → `essays/x`). */
const bare = (page: string): string => page.replace(/^\/|\/$/g, '');

export const paths = Object.freeze({
  home: '/',
  essays: '/essays/',
  concepts: '/concepts/',
  compare: '/compare/',
  search: '/search/',
  /** The search code and core index, one module fetched on the first open of search. */
  searchCore: '/search/core.js',
  rss: '/rss.xml',
  sitemap: '/sitemap-index.xml',
  notFound: '/404.html',
  favicon: '/favicon.svg',
  /** The icon for home screens and link previews (`src/pages/apple-touch-icon.png.ts`). */
  touchIcon: '/apple-touch-icon.png',
  /** An essay, or a place in it (a heading or contrast row id). */
  essay: (slug: string, id?: string): string => `/essays/${slug}/${fragment(id)}`,
  /** A contrast row in its essay. */
  contrastInEssay: (essay: string, aspect: string): string => `/essays/${essay}/#${contrastId(aspect)}`,
  concept: (slug: string): string => `/concepts/${slug}/`,
  /** One aspect's page. */
  aspect: (slug: string): string => `/compare/${slug}/`,
  /** One contrast's own page, to share: an aspect as one essay argues it. */
  share: (aspect: string, essay: string): string => `/compare/${aspect}/${essay}/`,
  /** An aspect's row on /compare/. */
  aspectOnCompare: (slug: string): string => `/compare/#${slug}`,
  /**
   * The Open Graph image of a page (`/` → `/og/home.png`, `/essays/x/` →
   * `/og/essays/x.png`, `/compare/a/e/` → `/og/compare/a/e.png`).
   */
  ogImage: (page: string): string => `/og/${bare(page) || 'home'}.png`,
  /** The small file a link preview of a page reads (`/essays/x/` → `/previews/essays/x.json`). */
  preview: (page: string): string => `/previews/${bare(page)}.json`,
  /** One part of a long essay's preview (`/essays/x/`, 2 → `/previews/essays/x/2.json`): see `previewPartOf`. */
  previewPart: (page: string, part: number): string => `/previews/${bare(page)}/${part}.json`,
  /** The results page for a query. */
  searchFor: (query: string): string => `/search/?q=${encodeURIComponent(query)}`,
});

/**
 * The aspect slug a link names, for a link that leads nowhere: with no
 * `fragment`, from its page (`/compare/x/`, `/compare/x/<essay>/`); with one,
 * from the id (`/compare/#x`, `#contrast-x` on any page). Used to tell an
 * author that an aspect renamed in the essays keeps its old links once its
 * old slug is listed in aspects.yml.
 */
export function aspectNamedBy(path: string, fragment?: string): string | undefined {
  if (fragment === undefined) return /^\/compare\/([^/]+)\//.exec(path)?.[1];
  if (path === paths.compare) return fragment || undefined;
  const prefix = contrastId('');
  return fragment.startsWith(prefix) && fragment.length > prefix.length ? fragment.slice(prefix.length) : undefined;
}

/**
 * Which of a long essay's `parts` preview files holds the section or row
 * `id` (`paths.previewPart`): a hash of the id (FNV-1a), so the build and the
 * browser agree without a table of every id in the essay.
 */
export function previewPartOf(id: string, parts: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % parts;
}

/** Whether a pathname is a page's (`/essays/x/`, `/essays/x`) rather than a file's (`/og/x.png`, `/favicon.ico`): files end in an extension. */
export const isPageAddress = (pathname: string): boolean => !/\.[^./]+$/.test(pathname);

/**
 * A site path as it is served when the whole site lives under `base`, the
 * path of SITE_URL (`/`, or `/essays/` for a GitHub Pages project site):
 * `/compare/` → `/essays/compare/`. Only a root-relative path changes; `#id`,
 * relative and absolute URLs come back as they are. `paths` stay
 * site-relative, since they are also ids (links the gate checks, search
 * records); this is applied where a URL leaves for a page, a feed or the
 * browser. `base` starts and ends with `/`.
 */
export function withBase(path: string, base: string): string {
  return base === '/' || !path.startsWith('/') || path.startsWith('//') ? path : `${base}${path.slice(1)}`;
}

/** The site path of a served pathname (`/essays/compare/` → `/compare/`), or `undefined` when it lies outside `base`. */
export function withoutBase(pathname: string, base: string): string | undefined {
  if (pathname.startsWith(base)) return `/${pathname.slice(base.length)}`;
  return pathname === base.slice(0, -1) ? '/' : undefined;
}
