/** `/previews/<page>.json`: what a link preview shows of an essay or a concept (src/build/previews.ts). */
import type { GetStaticPaths } from 'astro';
import { conceptPreview, essayPreview } from '../../build/previews.ts';
import { getConcepts, getEssays } from '../../build/queries.ts';
import { paths } from '../../routes.ts';

const param = (page: string): string =>
  paths
    .preview(page)
    .replace(/^\/previews\//, '')
    .replace(/\.json$/, '');

export const getStaticPaths = (async () => [
  ...(await getEssays()).map((essay) => ({ params: { page: param(paths.essay(essay.slug)) }, props: { preview: essayPreview(essay) } })),
  ...(await getConcepts()).map((concept) => ({
    params: { page: param(paths.concept(concept.slug)) },
    props: { preview: conceptPreview(concept) },
  })),
]) satisfies GetStaticPaths;

export function GET({ props }: { props: { preview: unknown } }) {
  return new Response(JSON.stringify(props.preview), { headers: { 'content-type': 'application/json' } });
}
