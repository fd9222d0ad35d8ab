/**
 * Element ids the page chrome owns. Heading ids are generated around them,
 * so a heading called "Main" or "Sources" never steals the skip link's target.
 */
export const PAGE_IDS = Object.freeze({
  main: 'main',
  top: 'top',
  header: 'site-header',
  toc: 'toc',
  tocHeading: 'toc-heading',
  essayTitle: 'essay-title',
  sources: 'sources',
  prevNext: 'prev-next',
  status: 'copy-status',
  searchDialog: 'search-dialog',
  searchInput: 'search-input',
  searchResults: 'search-results',
  searchStatus: 'search-status',
  footnotes: 'footnotes',
  footnoteLabel: 'footnote-label',
});

export const RESERVED_IDS: readonly string[] = Object.freeze(Object.values(PAGE_IDS));
