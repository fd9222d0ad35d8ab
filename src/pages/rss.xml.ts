import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getEssays } from '../build/queries.ts';
import { siteConfig } from '../site.config.ts';
import { paths } from '../routes.ts';

export async function GET(context: APIContext) {
  const essays = await getEssays();
  return rss({
    title: siteConfig.name,
    description: siteConfig.description,
    site: context.site ?? siteConfig.url,
    items: essays.map((essay) => ({
      title: essay.title,
      description: essay.description,
      link: paths.essay(essay.slug),
      ...(essay.date ? { pubDate: new Date(`${essay.date}T00:00:00Z`) } : {}),
      categories: essay.tags,
      ...(essay.author ? { author: essay.author } : {}),
    })),
    customData: `<language>${siteConfig.lang}</language>`,
  });
}
