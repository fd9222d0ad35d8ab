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

/**
 * Keeps the custom property `name` on the root at `element`'s height while it
 * changes, calling `then` after each update. Returns what stops it and
 * removes the property.
 */
export function keepHeightIn(name: string, element: HTMLElement, then?: () => void): () => void {
  const root = document.documentElement;
  const observer = new ResizeObserver(() => {
    root.style.setProperty(name, `${element.offsetHeight}px`);
    then?.();
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    root.style.removeProperty(name);
  };
}

export function trackHeaderRoom(): void {
  const header = document.querySelector<HTMLElement>('.site-header');
  if (!header) return;
  let first = true;
  keepHeightIn('--header-room', header, () => {
    // The browser went to the page's fragment with the guess: land again with the room measured, if the reader has not moved on.
    const target = first && window.location.hash ? document.getElementById(fragmentId(window.location.hash)) : null;
    first = false;
    if (target && target.getBoundingClientRect().top < header.getBoundingClientRect().bottom) target.scrollIntoView();
  });
}
