/**
 * Reads a content folder (`essays/`, optional `concepts/`, `home.md`,
 * `aspects.yml`), validates every file, renders it through the Markdown
 * pipeline and returns the typed site model, in the site's order. Every
 * problem in every file is collected; if there is any, one `ContentError`
 * lists them all.
 *
 * Files are compiled through a `CompileCache`: given the cache of the last
 * load (in memory in dev, on disk between builds), only files whose text
 * changed are rendered again, while the checks
 * that span the site (links and anchors, file names that share a URL,
 * `aspects.yml`) always run again over every file's compiled result.
 */
import path from 'node:path';
import { aspectVariants } from '../model/aspect-variants.ts';
import { aliasMap, readAspectSettings, type AspectSettings } from '../model/aspects.ts';
import { ContentError, problems, type Problem } from '../model/errors.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { checkLinks, type LinkSource, type SiteMap } from '../model/links.ts';
import { HomeFrontmatterSchema, type Concept, type Essay } from '../model/schemas.ts';
import { slugify } from '../model/slug.ts';
import { parseWithFriendlyErrors } from '../model/validate.ts';
import { createMarkdownProcessor, type MarkdownProcessor, type PipelineOptions } from '../pipeline/index.ts';
import { aspectNamedBy, paths } from '../routes.ts';
import { CompileCache } from './compile-cache.ts';
import { compileConcept, isDraftSource, relativeImage, renderBody, type Compiled } from './compile.ts';
import { checkImages, imageWarnings, type ImageSource } from './local-images.ts';
import { compareConcepts, compareEssays } from './order.ts';
import { renderEssays, type Rendered } from './render-pool.ts';
import { siteMap } from './site-map.ts';
import { collectFiles, isDirectory, isFile, readText, type SourceFile } from './source-files.ts';

export interface LoadOptions {
  /** The content folder: holds `essays/` and optionally `concepts/`. */
  readonly contentDir: string;
  /** Project root; file names in errors are shown relative to it. */
  readonly root?: string | undefined;
  /** Keep the raw HTML in Markdown that GitHub keeps, sanitised (default: `true`, as the site does); `false` drops all raw HTML. */
  readonly trustedHtml?: boolean | undefined;
  /** The path the site is served under: links authors write are served below it (default: `'/'`). */
  readonly base?: string | undefined;
  /** The site's public address (`SITE_URL`): an author's link to a page at it is checked like a link within the site (default: none). */
  readonly siteUrl?: string | undefined;
  /** Render essays in worker threads (default: when 150 or more need rendering, on a machine with 2+ cores). */
  readonly parallel?: boolean | undefined;
  /** The compiles of the last load, reused where a file has not changed (default: none, every file is rendered). */
  readonly cache?: CompileCache | undefined;
  /** Reads a content file's text (default: from the disk). */
  readonly read?: ((absolute: string) => Promise<string>) | undefined;
}

export interface SiteContent {
  /** Published essays, newest first (then by title, then by slug). */
  readonly essays: readonly Essay[];
  /** Concepts, A–Z by title. */
  readonly concepts: readonly Concept[];
  /** The home page's introduction as HTML (`home.md`), if there is one. */
  readonly intro: string | undefined;
  /** The image files beside `home.md` that the introduction shows (see `images` of an essay). */
  readonly introImages: readonly string[];
  /** Display names, definitions and old slugs of aspects (`aspects.yml`). */
  readonly aspects: AspectSettings;
}

/** A load that reports its problems instead of throwing them, with what `astro dev` needs to update only what changed. */
export interface SiteBuild {
  /** The model of every file that compiled. */
  readonly content: SiteContent;
  /** Every problem in every file; the content is publishable when there is none. */
  readonly problems: readonly Problem[];
  /** Every page the site will have, and the ids on it: what the link gate checked against. */
  readonly pages: SiteMap;
  /** What is worth saying but stops nothing (an image without alt text). */
  readonly warnings: readonly Problem[];
  /**
   * Each collection's files, failing ones included, by slug: the key of what
   * the file's record was compiled from, which changes whenever the record can.
   * A draft is not among them: it has no page, and `astro dev` removes the
   * entry of a file that turns into one.
   */
  readonly sources: { readonly essays: ReadonlyMap<string, string>; readonly concepts: ReadonlyMap<string, string> };
}

/** What one kind of page contributed: its records, their links, the ids on each page (unknown for a page that failed), and its files' keys. */
interface Loaded<T> {
  readonly items: T[];
  readonly links: LinkSource[];
  readonly images: ImageSource[];
  /** The ids of each page's Markdown (`undefined` where its file failed). */
  readonly bodyIds: Map<string, readonly string[] | undefined>;
  /** The page each draft would have, and its file: no page, so links to it are reported. */
  readonly drafts: Map<string, string>;
  readonly keys: Map<string, string>;
}

interface Context {
  readonly contentDir: string;
  readonly show: (absolute: string) => string;
  readonly processor: MarkdownProcessor;
  readonly pipeline: PipelineOptions;
  /** The pipeline options as part of a cache key. */
  readonly optionsKey: string;
  readonly cache: CompileCache;
  readonly read: (absolute: string) => Promise<string>;
  readonly found: Problem[];
}

const emptyLoad = <T>(): Loaded<T> => ({ items: [], links: [], images: [], bodyIds: new Map(), drafts: new Map(), keys: new Map() });

/** Where a compiled file's links and images go to be checked. */
function check(loaded: Pick<Loaded<unknown>, 'links' | 'images'>, source: SourceFile, page: string, compiled: Compiled): void {
  loaded.links.push({ file: source.file, page, links: compiled.links });
  loaded.images.push({
    file: source.file,
    dir: path.dirname(source.absolute),
    images: compiled.images,
    withoutAlt: compiled.imageWarnings,
  });
}

/** Each essay with its key: from the cache where its text is unchanged, else rendered (in worker threads when many are). */
async function renderChanged(
  files: readonly SourceFile[],
  context: Context,
  parallel: boolean | undefined,
): Promise<Array<{ key: string; rendered: Rendered }>> {
  const keys = files.map((source) => context.cache.key('essay', source.file, source.raw, context.optionsKey));
  await context.cache.recall(keys);
  const changed = files.flatMap((source, index) => (context.cache.has(keys[index]!) ? [] : [{ source, key: keys[index]! }]));
  const sources = changed.map(({ source }) => source);
  const rendered = await renderEssays(sources, context.processor, context.pipeline, parallel);
  changed.forEach(({ key }, index) => context.cache.set(key, rendered[index]));
  return keys.map((key) => ({ key, rendered: context.cache.get<Rendered>(key) }));
}

async function loadEssays(context: Context, parallel: boolean | undefined): Promise<Loaded<Essay>> {
  const dir = path.join(context.contentDir, 'essays');
  const files = await collectFiles(
    { dir, pageOf: (slug) => paths.essay(slug), toSlug: slugify, show: context.show, read: context.read },
    context.found,
  );
  const compiled = await renderChanged(files, context, parallel);
  const loaded = emptyLoad<Essay>();
  files.forEach((source, index) => {
    const page = paths.essay(source.slug);
    const { key, rendered } = compiled[index]!;
    const { loaded: essay, found } = rendered;
    context.found.push(...found);
    if (!essay && found.length === 0 && isDraftSource(source)) return void loaded.drafts.set(page, source.file);
    loaded.keys.set(source.slug, key);
    loaded.bodyIds.set(page, essay?.ids);
    if (!essay) return;
    loaded.items.push(essay.essay);
    check(loaded, source, page, essay);
  });
  if (loaded.items.length === 0 && context.found.length === 0)
    context.found.push(problems['empty-essays-folder']({ file: context.show(dir) }));
  return loaded;
}

async function loadConcepts(context: Context): Promise<Loaded<Concept>> {
  const dir = path.join(context.contentDir, 'concepts');
  const loaded = emptyLoad<Concept>();
  if (!(await isDirectory(dir))) return loaded;
  const files = await collectFiles({ dir, pageOf: paths.concept, toSlug: slugify, show: context.show, read: context.read }, context.found);
  for (const source of files) {
    const page = paths.concept(source.slug);
    const key = context.cache.key('concept', source.file, source.raw, context.optionsKey);
    const { loaded: concept, found } = await context.cache.remember(key, async () => {
      const inFile: Problem[] = [];
      return { loaded: await compileConcept(source, context.processor, inFile), found: inFile };
    });
    context.found.push(...found);
    if (!concept && found.length === 0 && isDraftSource(source)) {
      loaded.drafts.set(page, source.file);
      continue;
    }
    loaded.keys.set(source.slug, key);
    loaded.bodyIds.set(page, concept?.ids);
    if (!concept) continue;
    loaded.items.push(concept.concept);
    check(loaded, source, page, concept);
  }
  return loaded;
}

/** `home.md`, the home page's introduction: its HTML and images, the ids in it, and its links and images to check. */
type Home = Omit<Loaded<never>, 'items' | 'bodyIds' | 'drafts' | 'keys'> & {
  html: string | undefined;
  ids: readonly string[];
  introImages: string[];
};

async function loadHome(context: Context): Promise<Home> {
  const home: Home = { html: undefined, ids: [], introImages: [], links: [], images: [] };
  const file = path.join(context.contentDir, 'home.md');
  if (!(await isFile(file))) return home;
  const source: SourceFile = { absolute: file, file: context.show(file), slug: 'home', raw: await context.read(file) };
  const rendered = await context.cache.remember(context.cache.key('home', source.file, source.raw, context.optionsKey), async () => {
    const split = splitFrontmatter(source.raw, source.file);
    const settings = parseWithFriendlyErrors(HomeFrontmatterSchema, split.data, source.file, split.lineOf);
    const found = [...split.problems, ...settings.problems];
    const rendered = await renderBody(context.processor, { path: source.file, markdown: split.body, title: 'Home' }, found);
    const data = rendered?.data ?? {};
    const compiled: Compiled = {
      links: data.links ?? [],
      ids: data.ids ?? [],
      images: data.images ?? [],
      imageWarnings: data.imageWarnings ?? [],
    };
    return { html: rendered?.html, compiled, found };
  });
  context.found.push(...rendered.found);
  check(home, source, paths.home, rendered.compiled);
  return { ...home, html: rendered.html, ids: rendered.compiled.ids, introImages: rendered.compiled.images.map(relativeImage) };
}

/** Loads the content folder, and throws one `ContentError` listing every problem if there is any. */
export async function loadContent(options: LoadOptions): Promise<SiteContent> {
  const site = await compileSite(options);
  if (site.problems.length > 0) throw new ContentError(site.problems);
  return site.content;
}

/** Loads the content folder and returns its problems beside the model of what compiled. */
export async function compileSite(options: LoadOptions): Promise<SiteBuild> {
  const root = options.root ?? process.cwd();
  const contentDir = path.resolve(root, options.contentDir);
  const show = (absolute: string): string => {
    const relative = path.relative(root, absolute);
    return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
  };
  const aspects = await readAspectSettings(contentDir, show);
  const essaysDir = path.join(contentDir, 'essays');
  if (!(await isDirectory(essaysDir))) {
    return {
      content: { essays: [], concepts: [], intro: undefined, introImages: [], aspects: aspects.settings },
      problems: [problems['missing-essays-folder']({ file: show(essaysDir) })],
      pages: new Map(),
      warnings: [],
      sources: { essays: new Map(), concepts: new Map() },
    };
  }
  const found: Problem[] = [...aspects.problems];
  const aspectAliases = aliasMap(aspects.settings);
  const pipeline: PipelineOptions = { trustedHtml: options.trustedHtml ?? true, aspectAliases, base: options.base ?? '/' };
  const optionsKey = JSON.stringify([pipeline.trustedHtml, [...aspectAliases].sort(), pipeline.base]);
  const cache = options.cache ?? new CompileCache();
  cache.nextLoad();
  const processor = createMarkdownProcessor(pipeline);
  const context: Context = { contentDir, show, processor, pipeline, optionsKey, cache, read: options.read ?? readText, found };
  const essays = await loadEssays(context, options.parallel);
  const concepts = await loadConcepts(context);
  const home = await loadHome(context);
  const pages = await siteMap({
    essays: essays.items,
    concepts: concepts.items,
    bodyIds: new Map([...essays.bodyIds, ...concepts.bodyIds]),
    homeIds: home.ids,
    settings: aspects.settings,
    publicDir: path.join(root, 'public'),
  });
  const drafts = new Map([...essays.drafts, ...concepts.drafts]);
  found.push(...checkLinks([...essays.links, ...concepts.links, ...home.links], pages, drafts, aspectNamedBy, options.siteUrl));
  const images = [...essays.images, ...concepts.images, ...home.images];
  found.push(...(await checkImages(images, show, contentDir)));
  await cache.save();
  essays.items.sort(compareEssays);
  return {
    content: {
      essays: essays.items,
      concepts: concepts.items.sort(compareConcepts),
      intro: home.html,
      introImages: home.introImages,
      aspects: aspects.settings,
    },
    pages,
    warnings: [...imageWarnings(images), ...aspectVariants(essays.items)],
    problems: found,
    sources: { essays: essays.keys, concepts: concepts.keys },
  };
}
