/** The results page: reads `?q=`, searches with the shared engine, lists real links grouped by essay. */
import type { SearchResult } from '../search/engine.ts';
import { PAGE_IDS } from '../routes.ts';
import { withHighlight } from '../search/highlight.ts';
import { served } from './base.ts';
import { getEngine } from './search-client.ts';
import { searchGroups } from './search-groups.ts';
import { element, resultBody } from './search-render.ts';
import { layoutResults, type Slot } from './search-results.ts';

/** How many results the page lists. */
const PAGE_LIMIT = 50;

function link(): Slot {
  const item = element('li', 'search-page-item is-loading');
  const anchor = element('a', 'search-page-result');
  item.append(anchor);
  return {
    element: item,
    fill(result: SearchResult) {
      anchor.href = served(withHighlight(result.url, result.terms));
      item.classList.remove('is-loading');
      resultBody(result, anchor);
    },
  };
}

export async function initSearchPage(): Promise<void> {
  const query = (new URLSearchParams(window.location.search).get('q') ?? '').trim();
  const input = document.getElementById(PAGE_IDS.searchPageInput) as HTMLInputElement;
  const status = document.getElementById(PAGE_IDS.searchPageStatus) as HTMLElement;
  const list = document.getElementById(PAGE_IDS.searchPageResults) as HTMLOListElement;
  input.value = query;
  if (!query) return;
  status.textContent = 'Searching…';
  try {
    const engine = getEngine();
    const groups = await searchGroups(engine, query, PAGE_LIMIT);
    const shown = groups.reduce((sum, group) => sum + group.hits.length, 0);
    document.title = `${query} · ${document.title}`;
    status.textContent =
      shown === 0
        ? `No results for “${query}”. Check the spelling, or browse the concepts below.`
        : `${shown} ${shown === 1 ? 'result' : 'results'} for “${query}”.`;
    layoutResults(list, groups, engine, { scroller: null, titleTag: 'h2', slot: link });
  } catch (error) {
    status.textContent = `Search is unavailable: ${(error as Error).message}`;
  }
}
