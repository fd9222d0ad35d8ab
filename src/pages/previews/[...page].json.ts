/** `/previews/<page>.json`: what a link preview shows of an essay or a concept (src/build/previews.ts). */
import type { GetStaticPaths } from 'astro';
import { conceptPreview, essayPreview } from '../../build/previews.ts';
import { digest, getConcepts, getEssays } from '../../build/queries.ts';
import { paths } from '../../routes.ts';

const param = (page: string): string =>
  paths
    .preview(page)
    .replace(/^\/previews\//, '')
    .replace(/\.json$/, '');

/** A preview's path, keyed by its JSON so Astro's incremental build reuses last build's file while it is unchanged. */
const path = (page: string, preview: unknown) => {
  const json = JSON.stringify(preview);
  return { params: { page: param(page) }, props: { json }, cacheKey: digest(json) };
};

export const getStaticPaths = (async () => [
  ...(await getEssays()).map((essay) => path(paths.essay(essay.slug), essayPreview(essay))),
  ...(await getConcepts()).map((concept) => path(paths.concept(concept.slug), conceptPreview(concept))),
]) satisfies GetStaticPaths;

export function GET({ props }: { props: { json: string } }) {
  return new Response(props.json, { headers: { 'content-type': 'application/json' } });
}
