/**
 * Keeps `--header-room` on the root at the sticky header's height, which
 * `scroll-padding-top` reads (base.css, header.css), so that a link to a
 * contrast or a heading, and keyboard focus, stop below the header however
 * many rows it wraps to. CSS alone could only guess: at 320 px the header
 * wraps to three rows (the site's name, its buttons, its links), with a
 * larger default font or a longer site name to more, and a linked row's top
 * landed under it. Without JavaScript the guess stays.
 */
import { fragmentId } from '../routes.ts';

export function trackHeaderRoom(): void {
  const header = document.querySelector<HTMLElement>('.site-header');
  if (!header) return;
  const root = document.documentElement;
  let first = true;
  new ResizeObserver(() => {
    root.style.setProperty('--header-room', `${header.offsetHeight}px`);
    // The browser went to the page's fragment with the guess: land again with the room measured, if the reader has not moved on.
    const target = first && window.location.hash ? document.getElementById(fragmentId(window.location.hash)) : null;
    first = false;
    if (target && target.getBoundingClientRect().top < header.getBoundingClientRect().bottom) target.scrollIntoView();
  }).observe(header);
}
