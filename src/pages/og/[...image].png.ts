/**
 * `/og/…png`: every Open Graph image (src/build/og-cards.ts), drawn by worker
 * threads and cached (src/build/og-images.ts). `astro dev` draws an image
 * when it is asked for. A build queues every image when it lists the routes,
 * so they are drawn while the pages are built, and lists none itself: the
 * og-images integration links them from the cache into dist/.
 */
import type { GetStaticPaths } from 'astro';
import path from 'node:path';
import { getOgCards } from '../../build/og-cards.ts';
import { handOver, OgImages } from '../../build/og-images.ts';

/** Set in astro.config.ts: the project folder and Astro's cache folder. */
declare const __PROJECT_ROOT__: string;
declare const __CACHE_DIR__: string;

let images: OgImages | undefined;
const drawer = (): OgImages =>
  (images ??= new OgImages({
    root: __PROJECT_ROOT__,
    cacheDir: path.join(__CACHE_DIR__, 'og-images'),
    worker: path.join(__PROJECT_ROOT__, 'src/build/og-worker.ts'),
  }));

export const getStaticPaths = (async () => {
  const cards = await getOgCards();
  if (!import.meta.env.DEV) {
    // A build: drawing starts now, beside the pages, and the og-images integration puts the images in dist/ (src/build/og-placement.ts).
    if (cards.size > 0) handOver(drawer(), cards);
    return [];
  }
  return [...cards.keys()].map((image) => ({ params: { image: image.replace(/^\/og\//, '').replace(/\.png$/, '') } }));
}) satisfies GetStaticPaths;

export async function GET({ params }: { params: { image: string } }) {
  const cards = await getOgCards();
  const card = cards.get(`/og/${params.image}.png`);
  if (!card) return new Response('Not found', { status: 404 });
  const png = await drawer().image(card);
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
