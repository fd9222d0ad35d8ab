import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { conceptsLoader, essaysLoader, siteDataLoader } from './build/astro-loader.ts';
import type { Problem } from './model/errors.ts';
import { AspectSettingSchema, ConceptSchema, StoredEssaySchema } from './model/schemas.ts';

/*
 * `images` are the files beside a Markdown file that it shows. Astro's
 * `image()` resolves each from that file, so the build processes them (size,
 * format, hashed name), and pages receive their metadata (src/build/images.ts).
 */
export const collections = {
  essays: defineCollection({ loader: essaysLoader(), schema: ({ image }) => StoredEssaySchema.extend({ images: z.array(image()) }) }),
  concepts: defineCollection({ loader: conceptsLoader(), schema: ({ image }) => ConceptSchema.extend({ images: z.array(image()) }) }),
  /** A single entry with what belongs to the whole corpus rather than one file. */
  site: defineCollection({
    loader: siteDataLoader(),
    schema: ({ image }) =>
      z.object({
        /** `home.md` as HTML. */
        intro: z.string().optional(),
        /** The images beside `home.md` that it shows. */
        introImages: z.array(image()),
        /** `aspects.yml`: display names, definitions and old slugs. */
        aspects: z.record(z.string(), AspectSettingSchema),
        /** What is wrong with the content: always empty in a build (it stops instead); in `astro dev`, shown on every page. */
        problems: z.array(z.custom<Problem>()),
        /** Changes whenever an essay's or a concept's record does, so what is computed from all of them is computed again. */
        version: z.string(),
        /** How many essay and concept files the other collections hold (`storedCounts`): an empty one is not asked for (Astro would warn). */
        counts: z.object({ essays: z.number(), concepts: z.number() }),
      }),
  }),
};
