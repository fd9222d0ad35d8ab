/**
 * The site's search index, built once per build from the collections (again
 * in `astro dev` after an edit). A rebuild with the same content and code
 * reads the last build's instead of building it again.
 */
import { buildSearchIndex, type BuiltIndex } from '../search/build-index.ts';
import { getAspectGroups, getConcepts, getEssays, keptPerContent } from './queries.ts';

export const getSearchIndex: () => Promise<BuiltIndex> = keptPerContent('search-index', async () => {
  const names = new Map((await getAspectGroups()).map((group) => [group.slug, group.name]));
  return buildSearchIndex(await getEssays(), await getConcepts(), undefined, names);
});
