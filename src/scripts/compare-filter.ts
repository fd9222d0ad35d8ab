/**
 * `/compare/?rows=risk,vision` shows only those aspects (old slugs work too).
 * Without JavaScript, or with no `rows`, every aspect shows.
 */

/** The aspect slugs asked for in `?rows=`, lower-cased, in order, without blanks. */
export function requestedRows(search: string): string[] {
  const value = new URLSearchParams(search).get('rows') ?? '';
  return value
    .split(',')
    .map((slug) => slug.trim().toLowerCase())
    .filter(Boolean);
}

export function applyRowsFilter(): void {
  const wanted = new Set(requestedRows(window.location.search));
  if (wanted.size === 0) return;
  const groups = [...document.querySelectorAll<HTMLElement>('[data-aspect]')];
  const matches = (group: HTMLElement): boolean =>
    wanted.has(group.dataset.aspect ?? '') || (group.dataset.aliases ?? '').split(' ').some((alias) => wanted.has(alias));
  const shown = groups.filter(matches);
  if (shown.length === 0) return;
  for (const group of groups) group.hidden = !shown.includes(group);
  // The index of aspects lists only those shown: a link to a hidden one would lead nowhere.
  const ids = new Set(shown.map((group) => group.id));
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.aspect-index a[href^="#"]')) {
    const item = link.closest('li');
    if (item) item.hidden = !ids.has(link.getAttribute('href')!.slice(1));
  }
  const note = document.querySelector<HTMLElement>('[data-filter-note]');
  const count = note?.querySelector('[data-filter-count]');
  if (note && count) {
    count.textContent = `${shown.length} of ${groups.length} aspects`;
    note.hidden = false;
  }
}
