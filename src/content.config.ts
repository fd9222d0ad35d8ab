import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { conceptsLoader, essaysLoader, siteDataLoader } from './content/loader.ts';
import { ConceptSchema, EssaySchema } from './model/schemas.ts';

export const collections = {
  essays: defineCollection({ loader: essaysLoader(), schema: EssaySchema }),
  concepts: defineCollection({ loader: conceptsLoader(), schema: ConceptSchema }),
  /** A single entry with what belongs to the whole corpus rather than one file. */
  site: defineCollection({
    loader: siteDataLoader(),
    schema: z.object({
      /** `home.md` as HTML. */
      intro: z.string().optional(),
      /** `aspects.yml`: display names and old slugs. */
      aspects: z.record(z.string(), z.object({ name: z.string().optional(), aliases: z.array(z.string()) })),
    }),
  }),
};
