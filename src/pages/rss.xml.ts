import rss from '@astrojs/rss';
import { getEssays } from '../build/queries.ts';
import { served, siteConfig } from '../site.config.ts';
import { paths } from '../routes.ts';

/**
 * A description as HTML that shows it as written. Feed readers read an
 * item's description as HTML (https://www.rssboard.org/rss-profile#element-channel-item-description),
 * so a description's `<b>` or `&amp;` must reach them escaped, as on the
 * site's pages, where it is text. The feed then escapes it once more as XML.
 */
const asHtmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function GET() {
  const essays = await getEssays();
  return rss({
    title: siteConfig.name,
    description: siteConfig.description,
    // The home page's address, base path included: the channel's link, and what item links resolve against.
    site: siteConfig.url,
    items: essays.map((essay) => ({
      title: essay.title,
      description: asHtmlText(essay.description),
      link: served(paths.essay(essay.slug)),
      ...(essay.date ? { pubDate: new Date(`${essay.date}T00:00:00Z`) } : {}),
      categories: essay.tags,
      ...(essay.author ? { author: essay.author } : {}),
    })),
    customData: `<language>${siteConfig.lang}</language>`,
  });
}
