/** The core search index (records, synonyms), fetched when search first opens. */
import { getSearchIndex } from '../../content/search-index.ts';

export async function GET() {
  const { core } = await getSearchIndex();
  return new Response(JSON.stringify(core), { headers: { 'content-type': 'application/json' } });
}
