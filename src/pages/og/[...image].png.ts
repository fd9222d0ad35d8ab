/**
 * `/og/…png`: every Open Graph image (src/build/og-cards.ts), drawn by worker
 * threads and cached (src/build/og-images.ts). Listing the paths queues every
 * image at once, so they are drawn while the rest of the site is built.
 */
import type { GetStaticPaths } from 'astro';
import path from 'node:path';
import { getOgCards } from '../../build/og-cards.ts';
import { OgImages } from '../../build/og-images.ts';

/** Set in astro.config.ts: the project folder and where cached images live. */
declare const __PROJECT_ROOT__: string;
declare const __OG_CACHE_DIR__: string;

let images: OgImages | undefined;
const drawer = (): OgImages =>
  (images ??= new OgImages({
    root: __PROJECT_ROOT__,
    cacheDir: __OG_CACHE_DIR__,
    worker: path.join(__PROJECT_ROOT__, 'src/build/og-worker.ts'),
  }));

export const getStaticPaths = (async () => {
  const cards = await getOgCards();
  const images = drawer();
  // A failure is reported by the image's own request, which awaits the same drawing.
  for (const card of cards.values()) images.prepare(card).catch(() => undefined);
  return [...cards.keys()].map((image) => ({ params: { image: image.replace(/^\/og\//, '').replace(/\.png$/, '') } }));
}) satisfies GetStaticPaths;

let served = 0;

export async function GET({ params }: { params: { image: string } }) {
  const cards = await getOgCards();
  const card = cards.get(`/og/${params.image}.png`);
  if (!card) return new Response('Not found', { status: 404 });
  const png = await drawer().image(card);
  served += 1;
  if (served === cards.size) {
    const { drawn, cached, drawMs } = drawer().stats;
    const pruned = await drawer().prune();
    console.info(
      `og-images: ${cards.size} images, ${drawn} drawn (${drawMs} ms of drawing), ${cached} from the cache, ${pruned} stale removed`,
    );
  }
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
