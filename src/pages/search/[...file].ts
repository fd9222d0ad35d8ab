/** Every file of the search index but the core module: shards, vocabulary, fragments and core.json. */
import type { GetStaticPaths } from 'astro';
import { digest } from '../../build/queries.ts';
import { getSearchIndex } from '../../build/search-index.ts';

export const getStaticPaths = (async () => {
  const { files } = await getSearchIndex();
  // Keyed by content, so Astro's incremental build reuses last build's file while it is unchanged.
  return [...files].map(([file, body]) => ({ params: { file }, cacheKey: digest(body) }));
}) satisfies GetStaticPaths;

export async function GET({ params }: { params: { file: string } }) {
  const body = (await getSearchIndex()).files.get(params.file);
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}
