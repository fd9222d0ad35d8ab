/**
 * Turns every `a[data-copy-link]` (a plain link to a heading or contrast row,
 * which is what readers without JavaScript get) into a button that copies
 * the target's full URL and says so through the live region.
 */
import { announce } from './announce.ts';

/**
 * The full address a copy-link control shares: its href resolved against the
 * page, without any query string (`?h=`, `?rows=` are the reader's, not the
 * link's), and with the folder's address where a host served the page at its
 * file (`/essays/a/index.html` → `/essays/a/`), as every link on the site
 * names pages.
 */
export function shareUrl(href: string, base: string): string {
  const url = new URL(href, base);
  return `${url.origin}${url.pathname.replace(/\/index\.html$/, '/')}${url.hash}`;
}

function upgradeCopyLinks(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    button.dataset.copyHref = link.getAttribute('href') ?? '';
    button.setAttribute('aria-label', (link.getAttribute('aria-label') ?? 'Link').replace(/^Link to/, 'Copy link to'));
    button.append(...link.childNodes);
    link.replaceWith(button);
  }
}

/**
 * What to say when the clipboard is refused: a link into this page is now in
 * the address bar; one to another page (a row on /compare/ links to its
 * essay) is not, so the message gives it.
 */
function blockedMessage(href: string, url: string): string {
  return href.startsWith('#') ? 'Copying is blocked here; the link is in the address bar' : `Copying is blocked here; the link is ${url}`;
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const href = button.dataset.copyHref ?? '';
  const url = shareUrl(href, window.location.href);
  if (href.startsWith('#')) history.replaceState(history.state, '', href);
  try {
    await navigator.clipboard.writeText(url);
    announce('Link copied');
    button.dataset.copied = '';
    setTimeout(() => delete button.dataset.copied, 2000);
  } catch {
    announce(blockedMessage(href, url));
  }
}

export function initCopyLinks(): void {
  upgradeCopyLinks();
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-href]');
    if (button) void copy(button);
  });
}
