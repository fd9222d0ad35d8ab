import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { conceptsLoader, essaysLoader, introLoader } from './content/loader.ts';
import { ConceptSchema, EssaySchema } from './model/schemas.ts';

export const collections = {
  essays: defineCollection({ loader: essaysLoader(), schema: EssaySchema }),
  concepts: defineCollection({ loader: conceptsLoader(), schema: ConceptSchema }),
  intro: defineCollection({ loader: introLoader(), schema: z.object({ html: z.string() }) }),
};
