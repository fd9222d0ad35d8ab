/** The JavaScript every page loads: small, and nothing that blocks reading. */
import { PAGE_IDS } from '../routes.ts';
import { initCopyLinks } from './copy-link.ts';
import { initSearchOpen, loadSearch } from './search-open.ts';
import { initThemeToggle } from './theme-toggle.ts';

initThemeToggle();
initCopyLinks();
initSearchOpen();
// The results page (/search/) runs its query with the same code as the dialog.
if (document.getElementById(PAGE_IDS.searchPageResults)) void loadSearch().then(({ initSearchPage }) => initSearchPage());
if (new URLSearchParams(window.location.search).has('h')) {
  void import('./landing-highlight.ts').then(({ highlightOnArrival }) => highlightOnArrival());
}
