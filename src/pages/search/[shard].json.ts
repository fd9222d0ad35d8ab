/** One shard of search terms (`<first letter>-<build>`), fetched when a query needs it. */
import type { GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../content/search-index.ts';
import type { Shard } from '../../search/format.ts';

export const getStaticPaths = (async () => {
  const { shards } = await getSearchIndex();
  return shards.map((shard) => ({ params: { shard: `${shard.key}-${shard.build}` }, props: { shard } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { shard: Shard } }) {
  return new Response(JSON.stringify(props.shard), { headers: { 'content-type': 'application/json' } });
}
