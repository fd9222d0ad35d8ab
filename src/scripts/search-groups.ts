/**
 * Results as readers see them: the ranked records of one essay gathered under
 * its title (at most a few), in the order of each essay's best record. A
 * concept stands alone. Pure, so it is tested without a browser.
 */
import { SEARCH_CONFIG } from '../search/config.ts';
import type { Hit } from '../search/engine.ts';

export interface HitGroup {
  readonly doc: number;
  readonly hits: readonly Hit[];
}

export function groupHits(hits: readonly Hit[], perDocument: number = SEARCH_CONFIG.resultsPerDocument): HitGroup[] {
  const groups = new Map<number, Hit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.doc);
    if (!group) groups.set(hit.doc, [hit]);
    else if (group.length < perDocument) group.push(hit);
  }
  return [...groups].map(([doc, grouped]) => ({ doc, hits: grouped }));
}
