/** The site's search index, built once per build from the collections. */
import { buildSearchIndex, type BuiltIndex } from '../search/build-index.ts';
import { getConcepts, getEssays } from './queries.ts';

let built: Promise<BuiltIndex> | undefined;

export function getSearchIndex(): Promise<BuiltIndex> {
  built ??= (async () => buildSearchIndex(await getEssays(), await getConcepts()))();
  return built;
}
