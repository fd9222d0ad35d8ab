/** The results page: reads `?q=`, searches with the shared engine, lists real links. */
import { withHighlight } from '../search/highlight.ts';
import { getEngine } from './search-client.ts';
import { resultBody } from './search-render.ts';

export async function initSearchPage(): Promise<void> {
  const query = (new URLSearchParams(window.location.search).get('q') ?? '').trim();
  const input = document.getElementById('search-page-input') as HTMLInputElement;
  const status = document.getElementById('search-page-status') as HTMLElement;
  const list = document.getElementById('search-page-results') as HTMLOListElement;
  input.value = query;
  if (!query) return;
  status.textContent = 'Searching…';
  try {
    const results = await (await getEngine()).query(query, 50);
    document.title = `${query} · ${document.title}`;
    status.textContent = results.length === 0 ? `No results for “${query}”. Check the spelling, or browse the concepts below.` : `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”.`;
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.className = 'search-page-result';
        link.href = withHighlight(result.url, result.terms);
        resultBody(result, link);
        item.append(link);
        return item;
      }),
    );
  } catch (error) {
    status.textContent = `Search is unavailable: ${(error as Error).message}`;
  }
}
