/** The JavaScript every page loads: small, and nothing that blocks reading. */
import { PAGE_IDS } from '../routes.ts';
import { initCopyLinks } from './copy-link.ts';
import { initSearchOpen, loadSearch } from './search-open.ts';
import { previewTarget } from './preview-target.ts';
import { initThemeToggle } from './theme-toggle.ts';
import { trackHeaderRoom } from './header-room.ts';

trackHeaderRoom();
initThemeToggle();
initCopyLinks();
initSearchOpen();
// The results page (/search/) runs its query with the same code as the dialog.
if (document.getElementById(PAGE_IDS.searchPageResults)) void loadSearch().then(({ initSearchPage }) => initSearchPage());
// The cite control's code loads on first use.
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('[data-cite]');
  if (button) void import('./cite.ts').then(({ openCite }) => openCite(button));
});
// Link previews: their code loads on the first hover or keyboard focus of a link that has one.
const wakePreviews = (event: Event): void => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]');
  if (!link || !previewTarget(link) || (event instanceof PointerEvent && event.pointerType === 'touch')) return;
  if (event.type === 'focusin' && !link.matches(':focus-visible')) return;
  document.removeEventListener('pointerover', wakePreviews);
  document.removeEventListener('focusin', wakePreviews);
  // An Esc pressed while the code loads stops the preview it loads for.
  let escaped = false;
  const escape = (key: KeyboardEvent): void => void (escaped ||= key.key === 'Escape');
  document.addEventListener('keydown', escape);
  void import('./preview.ts').then(({ initPreviews }) => {
    document.removeEventListener('keydown', escape);
    initPreviews(link, event.type === 'focusin' ? 'focus' : 'pointer', escaped);
  });
};
document.addEventListener('pointerover', wakePreviews);
document.addEventListener('focusin', wakePreviews);
if (new URLSearchParams(window.location.search).has('h')) {
  void import('./landing-highlight.ts').then(({ highlightOnArrival }) => highlightOnArrival());
}
