/**
 * The search dialog's behaviour (loaded on first open; search-open.ts has
 * already shown it and focused the box): a combobox over a listbox of
 * results grouped by essay. Type to search (debounced; typing never waits for
 * a download), ↑/↓ to move, Enter to open, Esc to close at the first press
 * and return focus, ✕ to clear. Results come from the shared engine and are
 * built from text nodes.
 */
import { PAGE_IDS, paths } from '../routes.ts';
import { speak } from './announce.ts';
import { SEARCH_CONFIG } from '../search/config.ts';
import type { SearchResult } from '../search/engine.ts';
import { withHighlight } from '../search/highlight.ts';
import { served } from './base.ts';
import { getEngine } from './search-client.ts';
import { searchGroups } from './search-groups.ts';
import { element, KIND_LABELS, noResults, resultBody } from './search-render.ts';
import { layoutResults, type Slot } from './search-results.ts';

const dialog = document.getElementById(PAGE_IDS.searchDialog) as HTMLDialogElement;
const input = document.getElementById(PAGE_IDS.searchInput) as HTMLInputElement;
const list = document.getElementById(PAGE_IDS.searchResults) as HTMLUListElement;
const status = document.getElementById(PAGE_IDS.searchStatus) as HTMLElement;
const announcer = dialog.querySelector<HTMLElement>('[data-search-announce]')!;
const seeAll = dialog.querySelector<HTMLAnchorElement>('[data-search-all]')!;
const clear = dialog.querySelector<HTMLButtonElement>('[data-search-clear]')!;
let opener: HTMLElement | null = null;
let active = -1;
let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let speaking: ReturnType<typeof setTimeout> | undefined;
let stopFilling: () => void = () => undefined;
/** Where each option leads, once its details are known. */
const targets = new Map<number, Promise<string>>();

/**
 * Shows `message` under the box at once and speaks it once typing pauses: the
 * list follows every letter, and a live region given a count at each would
 * queue a dozen of them for one word over the echo of the reader's own keys.
 */
function report(message: string): void {
  status.textContent = message;
  clearTimeout(speaking);
  speaking = setTimeout(() => speak(announcer, message), SEARCH_CONFIG.announceMs);
}

const options = (): HTMLElement[] => [...list.querySelectorAll<HTMLElement>('[role="option"]')];

function setActive(index: number): void {
  const all = options();
  active = all.length === 0 ? -1 : (index + all.length) % all.length;
  all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
  const current = all[active];
  if (current) {
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else {
    input.removeAttribute('aria-activedescendant');
  }
}

function go(index: number): void {
  void targets.get(index)?.then((url) => window.location.assign(url));
}

/** A listbox option; its target is known once its details arrive. */
function option(index: number): Slot {
  const item = element('li', 'search-option is-loading');
  item.id = `_search-option-${index}`;
  item.setAttribute('role', 'option');
  item.setAttribute('aria-selected', 'false');
  // Until its details arrive (when it scrolls into view) an option is empty: a reader arrowing onto it hears this.
  item.setAttribute('aria-label', 'Loading result…');
  item.addEventListener('click', () => go(index));
  item.addEventListener('mousemove', () => active !== index && setActive(index));
  let resolve: (url: string) => void = () => undefined;
  targets.set(index, new Promise((done) => (resolve = done)));
  return {
    element: item,
    fill(result: SearchResult) {
      const url = served(withHighlight(result.url, result.terms, result.phrases));
      item.dataset.href = url;
      item.classList.remove('is-loading');
      item.removeAttribute('aria-label');
      resultBody(result, item);
      resolve(url);
    },
  };
}

function show(query: string, count: number): void {
  input.setAttribute('aria-expanded', String(count > 0));
  // Which query the list shows, so tests (and debugging) can tell a stale render from a final one.
  list.dataset.query = query;
  seeAll.href = served(paths.searchFor(query));
  seeAll.hidden = !query;
  clear.hidden = !input.value;
  setActive(count > 0 ? 0 : -1);
}

/** With an empty box (or nothing found), the concepts are offered as starting points. */
function suggest(query: string): number {
  stopFilling();
  targets.clear();
  const concepts = getEngine().concepts();
  list.replaceChildren(
    ...concepts.map((concept, index) => {
      const slot = option(index);
      slot.element.classList.remove('is-loading');
      slot.element.removeAttribute('aria-label');
      const head = element('span', 'result-head');
      head.append(element('span', 'result-kind kind-concept', KIND_LABELS.concept), element('span', 'result-title', concept.title));
      slot.element.append(head);
      slot.element.dataset.href = served(concept.url);
      targets.set(index, Promise.resolve(served(concept.url)));
      return slot.element;
    }),
  );
  show(query, concepts.length);
  return concepts.length;
}

async function run(): Promise<void> {
  const query = input.value.trim();
  const ticket = ++latest;
  try {
    const engine = getEngine();
    if (!query) {
      const count = suggest('');
      report(count ? `Try a concept: ${count} suggestions.` : '');
      return;
    }
    const groups = await searchGroups(engine, query, SEARCH_CONFIG.limit);
    if (ticket !== latest) return;
    const shown = groups.reduce((sum, group) => sum + group.hits.length, 0);
    if (shown === 0) {
      report(noResults(query, suggest(query) > 0 ? 'try a concept' : undefined));
      return;
    }
    stopFilling();
    targets.clear();
    stopFilling = layoutResults(list, groups, engine, { scroller: list, groupRole: 'group', titleTag: 'p', slot: option });
    show(query, shown);
    report(`${shown} ${shown === 1 ? 'result' : 'results'}.`);
  } catch (error) {
    if (ticket === latest) report(`Search is unavailable: ${(error as Error).message}`);
  }
}

/**
 * Enter opens what the box asks for: a query typed or pasted but not yet
 * searched (the debounce, or a search still running) is searched first, so
 * the list that was showing (the suggestions, a shorter query's results)
 * never opens in its place.
 */
async function openActive(): Promise<void> {
  if (list.dataset.query !== input.value.trim()) {
    clearTimeout(timer);
    await run();
  }
  go(active >= 0 ? active : 0);
}

input.addEventListener('input', () => {
  clear.hidden = !input.value;
  clearTimeout(timer);
  timer = setTimeout(() => void run(), SEARCH_CONFIG.debounceMs);
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
  } else if (event.key === 'Enter') {
    event.preventDefault();
    void openActive();
  } else if (event.key === 'Escape') {
    // A search field clears itself on the first Esc; the dialog closes instead, as DocSearch's does.
    event.preventDefault();
    dialog.close();
  }
});

clear.addEventListener('click', () => {
  input.value = '';
  input.focus();
  void run();
});
dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
dialog.addEventListener('close', () => {
  // A count still to be spoken would come from a dialog no longer there.
  clearTimeout(speaking);
  opener?.focus();
});
// A click on the backdrop (outside the panel) closes the dialog.
dialog.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});

/** Called each time search-open.ts opens the dialog; the handlers above are wired once, on import. */
export function attachSearch(from: HTMLElement | null): void {
  opener = from;
  if (!status.textContent) report('Loading search…');
  void run();
}
