/**
 * Results as readers see them: the ranked records of one essay gathered under
 * its title (at most a few), in the order of each essay's best record. A
 * concept stands alone. Pure, so it is tested without a browser.
 */
import { SEARCH_CONFIG } from '../search/config.ts';
import type { Hit, SearchEngine } from '../search/engine.ts';

export interface HitGroup {
  readonly doc: number;
  readonly hits: readonly Hit[];
  /** Whether more of the essay matches than `hits` shows (asked for with `more`). */
  readonly more: boolean;
}

function groupHits(hits: readonly Hit[], perDocument: number = SEARCH_CONFIG.resultsPerDocument): HitGroup[] {
  const groups = new Map<number, Hit[]>();
  const more = new Set<number>();
  for (const hit of hits) {
    const group = groups.get(hit.doc);
    if (!group) groups.set(hit.doc, [hit]);
    else if (group.length < perDocument) group.push(hit);
    else more.add(hit.doc);
  }
  return [...groups].map(([doc, grouped]) => ({ doc, hits: grouped, more: more.has(doc) }));
}

/**
 * The dialog's and the results page's search: up to `limit` results, grouped
 * by essay. The engine caps each essay's records as it ranks: capped only
 * here, a long essay's sections took all `limit` places and its three shown
 * were the only results, though other essays matched.
 */
export async function searchGroups(engine: SearchEngine, query: string, limit: number, { more = false } = {}): Promise<HitGroup[]> {
  const perDocument = SEARCH_CONFIG.resultsPerDocument;
  // With `more`, one record beyond the cap says whether the essay has more to show (the results page links to them all).
  return groupHits(await engine.hits(query, limit, more ? perDocument + 1 : perDocument), perDocument);
}
