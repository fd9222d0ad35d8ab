/** The site's search index, built once per build from the collections (again in `astro dev` after an edit). */
import { buildSearchIndex, type BuiltIndex } from '../search/build-index.ts';
import { getConcepts, getEssays, oncePerContent } from './queries.ts';

export const getSearchIndex: () => Promise<BuiltIndex> = oncePerContent(async () =>
  buildSearchIndex(await getEssays(), await getConcepts()),
);
