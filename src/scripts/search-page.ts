/** The results page: reads `?q=`, searches with the shared engine, lists real links grouped by essay. */
import type { SearchResult } from '../search/engine.ts';
import { PAGE_IDS } from '../routes.ts';
import { quoted } from '../model/format.ts';
import { withHighlight } from '../search/highlight.ts';
import { served } from './base.ts';
import { getEngine } from './search-client.ts';
import { searchGroups } from './search-groups.ts';
import { element, noResults, resultBody } from './search-render.ts';
import { layoutResults, type MoreLink, type Slot } from './search-results.ts';

/** How many results the page lists. */
const PAGE_LIMIT = 50;

/** The result a reader opened, and where it stood in the window, kept in this page's history entry. */
interface Opened {
  readonly index: number;
  readonly top: number;
}

const OPENED_KEY = 'openedResult';

function openedResult(): Opened | undefined {
  const opened = (history.state as Record<string, unknown> | null)?.[OPENED_KEY] as Partial<Opened> | undefined;
  return typeof opened?.index === 'number' && typeof opened.top === 'number' ? (opened as Opened) : undefined;
}

/**
 * Remembers which result is opened. The results are drawn after the page has
 * loaded, so the browser's own scroll restoration on Back ran on a page still
 * short of them: the reader came back at its foot, or at its top, never at
 * the result they had opened. The page restores that place itself.
 */
function rememberOpened(list: HTMLElement): void {
  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a.search-page-result');
    if (!link) return;
    const index = [...list.querySelectorAll('a.search-page-result')].indexOf(link);
    history.scrollRestoration = 'manual';
    history.replaceState({ ...(history.state as object | null), [OPENED_KEY]: { index, top: link.getBoundingClientRect().top } }, '');
  });
}

function link(index: number, opened: Opened | undefined): Slot {
  const item = element('li', 'search-page-item is-loading');
  const anchor = element('a', 'search-page-result');
  item.append(anchor);
  return {
    element: item,
    fill(result: SearchResult) {
      anchor.href = served(withHighlight(result.url, result.terms, result.phrases));
      item.classList.remove('is-loading');
      resultBody(result, anchor);
      // Back from a result: it stands where it stood, now that the results before it have their height, and
      // has focus, as a link on a page drawn without script would; focused, it anchors the scroll as others fill.
      if (index !== opened?.index) return;
      anchor.focus({ preventScroll: true });
      requestAnimationFrame(() => window.scrollBy(0, anchor.getBoundingClientRect().top - opened.top));
    },
  };
}

/**
 * Under an essay that matches in more places than its three results: the
 * essay itself, opened with every match marked (and the first brought into
 * view), where the reader can go through them all.
 */
function moreLink(): MoreLink {
  const anchor = element('a', 'search-page-more', 'All matches in this essay');
  return {
    element: anchor,
    fill([first]) {
      if (!first) return;
      anchor.href = served(withHighlight(first.url.split('#')[0]!, first.terms, first.phrases));
      anchor.setAttribute('aria-label', `All matches in ${quoted(first.parent ?? first.title)}`);
    },
  };
}

/** What the page lists below its results to browse instead, if anything: the concepts, the contrasts, both or neither. */
function browseOffer(): string | undefined {
  const lists = [
    [PAGE_IDS.browseConcepts, 'the concepts'],
    [PAGE_IDS.browseAspects, 'the contrasts'],
  ].flatMap(([id, what]) => (document.getElementById(id!) ? [what!] : []));
  return lists.length > 0 ? `browse ${lists.join(' and ')}` : undefined;
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
    const groups = await searchGroups(engine, query, PAGE_LIMIT, { more: true });
    const shown = groups.reduce((sum, group) => sum + group.hits.length, 0);
    document.title = `${query} · ${document.title}`;
    status.textContent =
      shown === 0 ? noResults(query, browseOffer()) : `${shown} ${shown === 1 ? 'result' : 'results'} for ${quoted(query)}.`;
    const opened = openedResult();
    // The details of the results down to the one to return to, loaded first: those on screen then fill in one go.
    if (opened) await Promise.all(groups.flatMap((group) => group.hits.slice(0, opened.index + 1).map((hit) => engine.resolve(hit))));
    layoutResults(list, groups, engine, { scroller: null, titleTag: 'h2', slot: (index) => link(index, opened), more: moreLink });
    rememberOpened(list);
    const back = opened && list.querySelectorAll('a.search-page-result')[opened.index];
    if (back) window.scrollTo(0, window.scrollY + back.getBoundingClientRect().top - opened.top);
  } catch (error) {
    status.textContent = `Search is unavailable: ${(error as Error).message}`;
  }
}
