/** `/previews/<page>.json` (and a long essay's parts): what a link preview shows of an essay or a concept (src/build/previews.ts). */
import type { GetStaticPaths } from 'astro';
import { getPreviewFiles } from '../../build/previews.ts';
import { digest } from '../../build/queries.ts';

const param = (file: string): string => file.replace(/^\/previews\//, '').replace(/\.json$/, '');

// Each file keyed by its JSON, so Astro's incremental build reuses last build's file while it is unchanged.
export const getStaticPaths = (async () =>
  (await getPreviewFiles()).map(([file, json]) => ({
    params: { page: param(file) },
    props: { json },
    cacheKey: digest(json),
  }))) satisfies GetStaticPaths;

export function GET({ props }: { props: { json: string } }) {
  return new Response(props.json, { headers: { 'content-type': 'application/json' } });
}
