/**
 * Every page the build makes, with the ids on it, for the link gate: a
 * `#fragment` an author writes into any page (essays, concepts, the home
 * page, the lists, search, /compare/, aspect and share pages, the pages
 * that forward from an old aspect slug) is checked before anything renders.
 * The ids follow the templates, conditions included (a single essay has no
 * "more essays" links; an aspect argued alone has no "argued alongside"
 * list); tests/build/site-map.test.ts holds them to the built pages. Files
 * in public/ are pages too, whose fragments are not checked.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { AspectSettings } from '../model/aspects.ts';
import type { PageIds, SiteMap } from '../model/links.ts';
import type { Concept, Essay } from '../model/schemas.ts';
import { aspectTitleId, CHROME_ID_LIST, contrastId, PAGE_IDS, paths } from '../routes.ts';
import { groupByAspect, oldContrastIds, relatedAspects, type AspectGroup } from './aspect-groups.ts';
import { mentionsByConcept } from './mentions.ts';

/** What the site map is made from: what compiled, and the ids of each page's Markdown (`undefined` where its file failed). */
export interface SiteMapInput {
  readonly essays: readonly Essay[];
  readonly concepts: readonly Concept[];
  readonly bodyIds: ReadonlyMap<string, readonly string[] | undefined>;
  /** Ids of the home page's introduction (`home.md`), if there is one. */
  readonly homeIds: readonly string[];
  readonly settings: AspectSettings;
  readonly publicDir: string;
}

/** The ids of a page: the chrome every page has (header, main, search dialog), and its own. */
const page = (...ids: readonly string[]): ReadonlySet<string> => new Set([...CHROME_ID_LIST, ...ids]);

function essayIds(essay: Essay, body: readonly string[], essayCount: number, settings: AspectSettings): ReadonlySet<string> {
  const contrasts = essay.contrasts.flatMap(({ aspectSlug }) => [contrastId(aspectSlug), ...oldContrastIds(settings, aspectSlug)]);
  return page(
    ...body,
    ...contrasts,
    PAGE_IDS.essayTitle,
    // The table of contents always lists "Cite this essay".
    PAGE_IDS.toc,
    PAGE_IDS.tocHeading,
    PAGE_IDS.cite,
    ...(essay.sources.length > 0 ? [PAGE_IDS.sources] : []),
    ...(essayCount > 1 ? [PAGE_IDS.prevNext] : []),
  );
}

/** Concept pages list their essays and mentions only when there are some; mentions are found only if a link asks. */
function conceptPages(input: SiteMapInput, site: Map<string, PageIds>): void {
  let mentions: ReturnType<typeof mentionsByConcept> | undefined;
  input.concepts.forEach((concept, index) => {
    const url = paths.concept(concept.slug);
    const body = input.bodyIds.get(url);
    if (!body) return;
    let ids: ReadonlySet<string> | undefined;
    site.set(url, () => {
      if (ids) return ids;
      mentions ??= mentionsByConcept(input.concepts, input.essays);
      const found = mentions[index] ?? [];
      return (ids = page(
        ...body,
        ...(input.essays.some((essay) => essay.tags.includes(concept.slug)) ? [PAGE_IDS.tagged] : []),
        ...(found.some((mention) => mention.kind === 'contrast') ? [PAGE_IDS.contrasts] : []),
        ...(found.some((mention) => mention.kind === 'section') ? [PAGE_IDS.sections] : []),
      ));
    });
  });
}

/** /compare/, each aspect's page and each contrast's share page, under the current slug and every old one (which forward). */
function comparePages(groups: readonly AspectGroup[], site: Map<string, PageIds>): void {
  const compare: string[] = [];
  for (const group of groups) {
    compare.push(group.slug, aspectTitleId(group.slug), ...group.aliases);
    site.set(paths.aspect(group.slug), page(...(relatedAspects(group, groups).length > 0 ? [PAGE_IDS.relatedAspects] : [])));
    for (const row of group.rows) {
      site.set(paths.share(group.slug, row.essay), page(PAGE_IDS.shareTitle, ...(group.rows.length > 1 ? [PAGE_IDS.otherViews] : [])));
      for (const alias of group.aliases) site.set(paths.share(alias, row.essay), page());
    }
    for (const alias of group.aliases) site.set(paths.aspect(alias), page());
  }
  site.set(paths.compare, page(...compare));
}

async function publicFiles(publicDir: string, site: Map<string, PageIds>): Promise<void> {
  const files = await readdir(publicDir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const file of files) {
    if (file.isFile()) site.set(`/${path.relative(publicDir, path.join(file.parentPath, file.name)).split(path.sep).join('/')}`, undefined);
  }
}

export async function siteMap(input: SiteMapInput): Promise<SiteMap> {
  const site = new Map<string, PageIds>();
  const essays = new Map(input.essays.map((essay) => [paths.essay(essay.slug), essay]));
  for (const [url, body] of input.bodyIds) {
    const essay = essays.get(url);
    site.set(url, essay && body ? essayIds(essay, body, input.essays.length, input.settings) : undefined);
  }
  conceptPages(input, site);
  const groups = groupByAspect(input.essays, input.settings);
  comparePages(groups, site);
  site.set(paths.home, page(...input.homeIds, PAGE_IDS.essays, ...(groups.length > 0 ? [PAGE_IDS.headline] : [])));
  for (const list of [paths.essays, paths.concepts, paths.notFound]) site.set(list, page());
  // The search page lists the concepts and the aspects only when there are some.
  site.set(
    paths.search,
    page(
      PAGE_IDS.searchPageInput,
      PAGE_IDS.searchPageStatus,
      PAGE_IDS.searchPageResults,
      ...(input.concepts.length > 0 ? [PAGE_IDS.browseConcepts] : []),
      ...(groups.length > 0 ? [PAGE_IDS.browseAspects] : []),
    ),
  );
  // Not HTML: no fragments to check.
  for (const feed of [paths.rss, paths.sitemap]) site.set(feed, undefined);
  await publicFiles(input.publicDir, site);
  return site;
}
