/**
 * The search dialog's behaviour (loaded on first open; search-open.ts has
 * already shown it and focused the box): a combobox over a listbox of
 * results. Type to search (debounced), ↑/↓ to move, Enter to open, Esc to
 * close and return focus. Results come from the shared engine and are built
 * from text nodes.
 */
import { PAGE_IDS } from '../model/page-ids.ts';
import { SEARCH_CONFIG } from '../search/config.ts';
import type { SearchResult } from '../search/engine.ts';
import { withHighlight } from '../search/highlight.ts';
import { getEngine } from './search-client.ts';
import { resultBody } from './search-render.ts';

const dialog = document.getElementById(PAGE_IDS.searchDialog) as HTMLDialogElement;
const input = document.getElementById(PAGE_IDS.searchInput) as HTMLInputElement;
const list = document.getElementById(PAGE_IDS.searchResults) as HTMLUListElement;
const status = document.getElementById(PAGE_IDS.searchStatus) as HTMLElement;
const seeAll = dialog.querySelector<HTMLAnchorElement>('[data-search-all]')!;
let opener: HTMLElement | null = null;
let results: Array<{ url: string }> = [];
let active = -1;
let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function setActive(index: number): void {
  const options = list.querySelectorAll<HTMLElement>('[role="option"]');
  active = options.length === 0 ? -1 : (index + options.length) % options.length;
  options.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
  const current = options[active];
  if (current) {
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else {
    input.removeAttribute('aria-activedescendant');
  }
}

function go(index: number): void {
  const target = results[index];
  if (target) window.location.assign(target.url);
}

function render(items: readonly SearchResult[], query: string): void {
  list.replaceChildren();
  results = items.map((result) => ({ url: withHighlight(result.url, result.terms) }));
  items.forEach((result, index) => {
    const option = document.createElement('li');
    option.id = `_search-option-${index}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.className = 'search-option';
    option.dataset.href = results[index]!.url;
    resultBody(result, option);
    option.addEventListener('click', () => go(index));
    option.addEventListener('mousemove', () => active !== index && setActive(index));
    list.append(option);
  });
  input.setAttribute('aria-expanded', String(items.length > 0));
  // Which query the list shows, so tests (and debugging) can tell a stale render from a final one.
  list.dataset.query = query;
  seeAll.href = `/search/?q=${encodeURIComponent(query)}`;
  seeAll.hidden = !query;
  setActive(items.length > 0 ? 0 : -1);
}

/** With an empty box, the concepts are offered as starting points. */
function suggestions(engineResults: readonly SearchResult[]): void {
  render(engineResults, '');
  status.textContent = engineResults.length ? `Try a concept: ${engineResults.length} suggestions.` : '';
}

async function run(): Promise<void> {
  const query = input.value.trim();
  const ticket = ++latest;
  try {
    const engine = await getEngine();
    if (!query) return suggestions(engine.concepts());
    const found = await engine.query(query, SEARCH_CONFIG.limit);
    if (ticket !== latest) return;
    render(found, query);
    status.textContent = found.length === 0 ? `No results for “${query}”. Try a concept below or check the spelling.` : `${found.length} ${found.length === 1 ? 'result' : 'results'}.`;
    if (found.length === 0) {
      const concepts = engine.concepts();
      render(concepts, query);
      input.setAttribute('aria-expanded', 'true');
    }
  } catch (error) {
    if (ticket === latest) status.textContent = `Search is unavailable: ${(error as Error).message}`;
  }
}

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), SEARCH_CONFIG.debounceMs);
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
  } else if (event.key === 'Enter') {
    event.preventDefault();
    go(active >= 0 ? active : 0);
  }
});

dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
dialog.addEventListener('close', () => opener?.focus());
// A click on the backdrop (outside the panel) closes the dialog.
dialog.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});

/** Called each time search-open.ts opens the dialog; the handlers above are wired once, on import. */
export function attachSearch(from: HTMLElement | null): void {
  opener = from;
  if (!status.textContent) status.textContent = 'Loading search…';
  void run();
}
