/**
 * An Astro integration that puts the Open Graph images in dist/ when a build
 * is done (see `placeImages`), says what they cost, and removes cached images
 * no page uses any more. It runs before the link gate, which checks that
 * every page's image is there.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { placeImages, takeOver } from './og-images.ts';

export default function ogImages(): AstroIntegration {
  return {
    name: 'og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const build = takeOver();
        // With OG_IMAGES=off there are no images, and pruning would empty the cache for the next build.
        if (!build) return;
        const started = performance.now();
        const count = await placeImages(build, fileURLToPath(dir));
        const { drawn, cached, drawMs } = build.images.stats;
        const pruned = await build.images.prune();
        logger.info(
          `${count} images: ${drawn} drawn (${drawMs} ms of drawing), ${cached} from the cache, ${pruned} stale removed; placed in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
