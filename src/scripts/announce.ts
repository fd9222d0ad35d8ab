import { PAGE_IDS } from '../routes.ts';

/** Speaks a short message through the page's polite live region. */
export function announce(message: string): void {
  const region = document.getElementById(PAGE_IDS.status);
  if (!region) return;
  // Clearing first makes a repeated message ("Link copied" twice) speak again.
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}
