/**
 * Which pages have an Open Graph image, and what each shows: the home page,
 * every essay, every aspect page and every contrast's share page. Keyed by
 * the image's path (see `paths.ogImage`).
 */
import { contrastSummary } from '../model/contrast-row.ts';
import { truncate } from '../model/text.ts';
import { paths } from '../routes.ts';
import { siteConfig } from '../site.config.ts';
import { shareEyebrow, type OgCard } from './og-image.ts';
import { getAspectGroups, getEssays } from './queries.ts';

/** Longest alt text of a page's image. */
const ALT_LENGTH = 300;

/**
 * The alt text of a page's image: what it says, in words (both sides of a
 * contrast, however long either is, with a stop between them).
 */
export function ogAlt(card: OgCard): string {
  const room = Math.max(ALT_LENGTH - card.title.length - 2, ALT_LENGTH / 2);
  const sides = card.sides ? ` ${contrastSummary(card.sides[0], card.sides[1], room, '. ')}` : card.text ? ` ${card.text}` : '';
  return truncate(`${card.title}.${sides}`, ALT_LENGTH);
}

let cards: Promise<Map<string, OgCard>> | undefined;

/**
 * The image a page shows: its own, or (a share page drawn without one) its
 * aspect's, or else the site's own card, the home page's. Open Graph counts
 * og:image among the tags every page must have (https://ogp.me/#metadata),
 * and a link to a list or a concept page unfurls with no picture without it.
 * `undefined` only when no image is drawn at all (OG_IMAGES=off).
 */
export async function ogImageOf(page: string): Promise<{ path: string; card: OgCard } | undefined> {
  const cards = await getOgCards();
  for (const candidate of [page, page.replace(/[^/]+\/$/, '')]) {
    const card = cards.get(paths.ogImage(candidate));
    if (card && (candidate === page || candidate.startsWith(paths.compare))) return { path: paths.ogImage(candidate), card };
  }
  const site = cards.get(paths.ogImage(paths.home));
  return site && { path: paths.ogImage(paths.home), card: site };
}

export function getOgCards(): Promise<Map<string, OgCard>> {
  cards ??= (async () => {
    const site = siteConfig.name;
    const found = new Map<string, OgCard>();
    if (siteConfig.ogImages === 'off') return found;
    found.set(paths.ogImage(paths.home), { eyebrow: 'Essays', title: site, text: siteConfig.description, site });
    for (const essay of await getEssays()) {
      found.set(paths.ogImage(paths.essay(essay.slug)), { eyebrow: 'Essay', title: essay.title, text: essay.description, site });
    }
    for (const group of await getAspectGroups()) {
      const first = group.rows[0];
      const sides = first && ([first.leadershipText, first.managementText] as const);
      found.set(paths.ogImage(paths.aspect(group.slug)), {
        eyebrow: 'Compare',
        title: `${group.name}: leadership and management`,
        sides,
        site,
      });
      if (siteConfig.ogImages !== 'all') continue;
      for (const row of group.rows) {
        const card = {
          eyebrow: shareEyebrow(row.essayTitle),
          title: group.name,
          sides: [row.leadershipText, row.managementText] as const,
          site,
        };
        found.set(paths.ogImage(paths.share(group.slug, row.essay)), card);
      }
    }
    return found;
  })();
  return cards;
}
