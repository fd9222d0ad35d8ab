/**
 * Opens search from any page: the header button, `/`, or Ctrl/⌘-K. The
 * dialog opens and takes focus at once (so no keystroke is lost); its code
 * and the core index (one module, /search/core.js) are fetched only then,
 * never on page load.
 */
import { PAGE_IDS, paths } from '../routes.ts';
import { served } from './base.ts';

/** The search module: code and core index, built per site (src/pages/search/core.js.ts). */
export interface SearchModule {
  attachSearch(opener: HTMLElement | null): void;
  initSearchPage(): Promise<void>;
}

export function loadSearch(): Promise<SearchModule> {
  return import(/* @vite-ignore */ served(paths.searchCore)) as Promise<SearchModule>;
}

/** The keys bound below, as aria-keyshortcuts names them (https://www.w3.org/TR/wai-aria-1.2/#aria-keyshortcuts). */
const SHORTCUTS = '/ Control+K Meta+K';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function initSearchOpen(): void {
  const dialog = document.getElementById(PAGE_IDS.searchDialog) as HTMLDialogElement | null;
  const input = document.getElementById(PAGE_IDS.searchInput) as HTMLInputElement | null;
  if (!dialog || !input) return;
  const open = (from: HTMLElement | null): void => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    void loadSearch().then(({ attachSearch }) => attachSearch(from));
  };
  for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    // Named only now that the keys work: without this script, they do nothing.
    button.setAttribute('aria-keyshortcuts', SHORTCUTS);
    button.addEventListener('click', (event) => {
      event.preventDefault();
      open(button);
    });
  }
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
    if (!shortcut && !slash) return;
    if (document.querySelector('dialog[open]') && !shortcut) return;
    event.preventDefault();
    open(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  });
}
