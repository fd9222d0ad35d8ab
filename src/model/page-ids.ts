/**
 * Element ids the page chrome owns. Chrome on every page uses ids that start
 * with `_`: slugify never makes one, so no heading or aspect can take them.
 * Essay pages add a few readable ids (`sources`, `toc`) that the heading
 * slugger reserves, so a heading called "Sources" becomes `sources-1`.
 */
export const PAGE_IDS = Object.freeze({
  main: '_main',
  header: '_header',
  status: '_status',
  searchDialog: '_search',
  searchInput: '_search-input',
  searchResults: '_search-results',
  searchStatus: '_search-status',
  toc: 'toc',
  tocHeading: 'toc-heading',
  essayTitle: 'essay-title',
  sources: 'sources',
  prevNext: 'prev-next',
  footnoteLabel: 'footnote-label',
});

/** Ids a heading in an essay may not take. */
export const RESERVED_IDS: readonly string[] = Object.freeze(Object.values(PAGE_IDS));
