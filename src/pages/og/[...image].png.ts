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

/** Prints what the images cost once every one is ready, and removes cached images no page uses any more. */
async function report(images: OgImages, count: number): Promise<void> {
  const { drawn, cached, drawMs } = images.stats;
  const pruned = await images.prune();
  console.info(`og-images: ${count} images, ${drawn} drawn (${drawMs} ms of drawing), ${cached} from the cache, ${pruned} stale removed`);
}

export const getStaticPaths = (async () => {
  const cards = await getOgCards();
  const images = drawer();
  // A failure is reported by the image's own request, which awaits the same drawing.
  const ready = [...cards.values()].map((card) => images.prepare(card));
  // Not from the last request: Astro's incremental build copies unchanged images from the last build without requesting them.
  // With no images (OG_IMAGES=off) there is nothing to report, and pruning would empty the cache for the next build.
  if (cards.size > 0) void Promise.allSettled(ready).then(() => report(images, cards.size));
  // An image's cache key lets Astro's incremental build reuse last build's file while the card and drawing are unchanged.
  return [...cards].map(([image, card]) => ({
    params: { image: image.replace(/^\/og\//, '').replace(/\.png$/, '') },
    cacheKey: images.key(card),
  }));
}) satisfies GetStaticPaths;

export async function GET({ params }: { params: { image: string } }) {
  const cards = await getOgCards();
  const card = cards.get(`/og/${params.image}.png`);
  if (!card) return new Response('Not found', { status: 404 });
  const png = await drawer().image(card);
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
