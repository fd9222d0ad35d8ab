/** The JavaScript every page loads: small, and nothing that blocks reading. */
import { initCopyLinks } from './copy-link.ts';
import { initSearchOpen } from './search-open.ts';
import { initThemeToggle } from './theme-toggle.ts';

initThemeToggle();
initCopyLinks();
initSearchOpen();
if (new URLSearchParams(window.location.search).has('h')) {
  void import('./landing-highlight.ts').then(({ highlightOnArrival }) => highlightOnArrival());
}
