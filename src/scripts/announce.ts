import { PAGE_IDS } from '../routes.ts';

/**
 * Speaks a short message through a polite live region. A region set to the
 * words it already holds says nothing, so one that has spoken is cleared
 * first and set a frame later: "Link copied" twice speaks twice.
 */
export function speak(region: HTMLElement, message: string): void {
  if (!region.textContent) {
    region.textContent = message;
    return;
  }
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}

/** Speaks a short message through the page's live region. */
export function announce(message: string): void {
  const region = document.getElementById(PAGE_IDS.status);
  if (region) speak(region, message);
}
