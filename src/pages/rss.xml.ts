import rss from '@astrojs/rss';
import { getEssays } from '../build/queries.ts';
import { served, siteConfig } from '../site.config.ts';
import { paths } from '../routes.ts';
import { publishedOn } from '../model/format.ts';

/** Text with `&`, `<` and `>` escaped, as HTML and XML read it. */
const escaped = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Text with only the characters XML can hold (https://www.w3.org/TR/xml/#charsets): one control character in one
 * essay's title (Word writes a line break as U+000B) made the whole feed ill-formed, and a feed reader refuses such a
 * feed. A vertical tab or a form feed reads as a space; other control characters, U+FFFE, U+FFFF and lone surrogates
 * mean nothing and go.
 */
const xmlText = (text: string): string =>
  text.replace(/[\v\f]/g, ' ').replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

/** An item's date (`publishedOn`, as in the sitemap); readers order items by it. */
const published = (essay: Parameters<typeof publishedOn>[0]): { pubDate?: Date } => {
  const day = publishedOn(essay);
  return day ? { pubDate: new Date(`${day}T00:00:00Z`) } : {};
};

export async function GET() {
  const essays = await getEssays();
  return rss({
    title: siteConfig.name,
    description: siteConfig.description,
    // The home page's address, base path included: the channel's link, and what item links resolve against.
    site: siteConfig.url,
    items: essays.map((essay) => ({
      title: xmlText(essay.title),
      // Feed readers read a description as HTML (https://www.rssboard.org/rss-profile#element-channel-item-description):
      // escaped here, a `<b>` or `&amp;` in it shows as written, as on the site's pages. The feed escapes it again as XML.
      description: escaped(xmlText(essay.description)),
      link: served(paths.essay(essay.slug)),
      ...published(essay),
      categories: essay.tagNames,
      // RSS's <author> is an email address (https://www.rssboard.org/rss-specification#ltauthorgtSubelementOfLtitemgt);
      // a name is Dublin Core's creator. customData is read as XML, so the name is escaped.
      ...(essay.author ? { customData: `<dc:creator>${escaped(xmlText(essay.author))}</dc:creator>` } : {}),
    })),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    // The feed's own address (https://www.rssboard.org/rss-profile#namespace-elements-atom-link): how a reader
    // handed the feed's contents finds where to fetch it again; feed validators ask for it.
    customData: `<language>${siteConfig.lang}</language><atom:link href="${escaped(new URL(served(paths.rss), siteConfig.origin).href)}" rel="self" type="application/rss+xml"/>`,
  });
}
