/**
 * The search code readers download on first use, bundled with the core index
 * into `/search/core.js` (src/pages/search/core.js.ts): the dialog, the
 * results page and the engine they share.
 */
export { setCore } from './search-client.ts';
export { attachSearch } from './search-dialog.ts';
export { initSearchPage } from './search-page.ts';
