/**
 * Every page the build makes, with the ids on the pages whose ids are known
 * (essays, concepts, /compare/), for the link gate. Files in public/ are
 * pages too.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { AspectSettings } from '../model/aspects.ts';
import type { SiteMap } from '../model/links.ts';
import type { Essay } from '../model/schemas.ts';
import { aspectTitleId, contrastId, PAGE_IDS, paths } from '../routes.ts';

/** Ids the essay page's own template adds around the body. */
export function essayPageIds(essay: Essay, bodyIds: readonly string[]): Set<string> {
  const chrome = [
    PAGE_IDS.main,
    PAGE_IDS.essayTitle,
    PAGE_IDS.toc,
    PAGE_IDS.tocHeading,
    PAGE_IDS.prevNext,
    PAGE_IDS.cite,
    ...(essay.sources.length ? [PAGE_IDS.sources] : []),
  ];
  return new Set([...bodyIds, ...chrome, ...essay.contrasts.map((contrast) => contrastId(contrast.aspectSlug))]);
}

/** Ids on a concept page: its definition's, and the lists its template adds. */
export function conceptPageIds(bodyIds: readonly string[]): Set<string> {
  return new Set([...bodyIds, PAGE_IDS.main, PAGE_IDS.tagged, PAGE_IDS.contrasts, PAGE_IDS.sections]);
}

/** The pages every site has, whose ids are not checked. */
const FIXED_PAGES = [paths.home, paths.essays, paths.concepts, paths.search, paths.rss, paths.sitemap, paths.notFound];

export async function siteMap(
  pageIds: ReadonlyMap<string, ReadonlySet<string> | undefined>,
  essays: readonly Essay[],
  settings: AspectSettings,
  publicDir: string,
): Promise<SiteMap> {
  const site = new Map<string, ReadonlySet<string> | undefined>(pageIds);
  for (const fixed of FIXED_PAGES) site.set(fixed, undefined);
  const compareIds = new Set<string>([PAGE_IDS.main]);
  for (const essay of essays) {
    for (const { aspectSlug: slug } of essay.contrasts) {
      compareIds.add(slug).add(aspectTitleId(slug));
      for (const aspect of [slug, ...(settings[slug]?.aliases ?? [])]) {
        site.set(paths.aspect(aspect), undefined);
        site.set(paths.share(aspect, essay.slug), undefined);
        compareIds.add(aspect);
      }
    }
  }
  site.set(paths.compare, compareIds);
  const files = await readdir(publicDir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const file of files) {
    if (file.isFile()) site.set(`/${path.relative(publicDir, path.join(file.parentPath, file.name)).split(path.sep).join('/')}`, undefined);
  }
  return site;
}
