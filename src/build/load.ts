/**
 * Reads a content folder (`essays/`, optional `concepts/`, `home.md`,
 * `aspects.yml`), validates every file, renders it through the Markdown
 * pipeline and returns the typed site model, in the site's order. Every
 * problem in every file is collected; if there is any, one `ContentError`
 * lists them all.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { aliasMap, readAspectSettings, type AspectSettings } from '../model/aspects.ts';
import { ContentError, problems, type Problem } from '../model/errors.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { checkLinks, type LinkSource } from '../model/links.ts';
import type { Concept, Essay } from '../model/schemas.ts';
import { slugify } from '../model/slug.ts';
import { createMarkdownProcessor, renderMarkdown, type MarkdownProcessor, type PipelineOptions } from '../pipeline/index.ts';
import { paths } from '../routes.ts';
import { compileConcept } from './compile.ts';
import { compareConcepts, compareEssays } from './order.ts';
import { renderEssays } from './render-pool.ts';
import { conceptPageIds, essayPageIds, siteMap } from './site-map.ts';
import { collectFiles, isDirectory, isFile } from './source-files.ts';

export interface LoadOptions {
  /** The content folder: holds `essays/` and optionally `concepts/`. */
  readonly contentDir: string;
  /** Project root; file names in errors are shown relative to it. */
  readonly root?: string | undefined;
  /** Keep harmless raw HTML from Markdown (default: `false`). */
  readonly trustedHtml?: boolean | undefined;
  /** Render essays in worker threads (default: when there are 150 or more, on a machine with 2+ cores). */
  readonly parallel?: boolean | undefined;
}

export interface SiteContent {
  /** Published essays, newest first (then by title, then by slug). */
  readonly essays: readonly Essay[];
  /** Concepts, A–Z by title. */
  readonly concepts: readonly Concept[];
  /** The home page's introduction as HTML (`home.md`), if there is one. */
  readonly intro: string | undefined;
  /** Display names, definitions and old slugs of aspects (`aspects.yml`). */
  readonly aspects: AspectSettings;
}

/** What one kind of page contributed: its records, their links, and the ids on each page (unknown for a page that failed). */
interface Loaded<T> {
  readonly items: T[];
  readonly links: LinkSource[];
  readonly pageIds: Map<string, ReadonlySet<string> | undefined>;
}

interface Context {
  readonly contentDir: string;
  readonly show: (absolute: string) => string;
  readonly processor: MarkdownProcessor;
  readonly pipeline: PipelineOptions;
  readonly found: Problem[];
}

async function loadEssays(context: Context, parallel: boolean | undefined): Promise<Loaded<Essay>> {
  const dir = path.join(context.contentDir, 'essays');
  if (!(await isDirectory(dir))) throw new ContentError([problems['missing-essays-folder']({ file: context.show(dir) })]);
  const files = await collectFiles({ dir, pageOf: (slug) => paths.essay(slug), toSlug: slugify, show: context.show }, context.found);
  const rendered = await renderEssays(files, context.processor, context.pipeline, parallel);
  const loaded: Loaded<Essay> = { items: [], links: [], pageIds: new Map() };
  files.forEach((source, index) => {
    const page = paths.essay(source.slug);
    const { loaded: essay, found } = rendered[index]!;
    context.found.push(...found);
    loaded.pageIds.set(page, essay && essayPageIds(essay.essay, essay.ids));
    if (!essay) return;
    loaded.items.push(essay.essay);
    loaded.links.push({ file: source.file, page, links: essay.links });
  });
  if (loaded.items.length === 0 && context.found.length === 0)
    context.found.push(problems['empty-essays-folder']({ file: context.show(dir) }));
  return loaded;
}

async function loadConcepts(context: Context): Promise<Loaded<Concept>> {
  const dir = path.join(context.contentDir, 'concepts');
  const loaded: Loaded<Concept> = { items: [], links: [], pageIds: new Map() };
  if (!(await isDirectory(dir))) return loaded;
  for (const source of await collectFiles({ dir, pageOf: paths.concept, toSlug: slugify, show: context.show }, context.found)) {
    const page = paths.concept(source.slug);
    const concept = await compileConcept(source, context.processor, context.found);
    loaded.pageIds.set(page, concept && conceptPageIds(concept.ids));
    if (!concept) continue;
    loaded.items.push(concept.concept);
    loaded.links.push({ file: source.file, page, links: concept.links });
  }
  return loaded;
}

/** `home.md`, the home page's introduction, as HTML. */
async function loadHome(context: Context): Promise<string | undefined> {
  const file = path.join(context.contentDir, 'home.md');
  if (!(await isFile(file))) return undefined;
  const split = splitFrontmatter(await readFile(file, 'utf8'), context.show(file));
  context.found.push(...split.problems);
  return (await renderMarkdown(context.processor, { path: context.show(file), markdown: split.body, title: 'Home' })).html;
}

export async function loadContent(options: LoadOptions): Promise<SiteContent> {
  const root = options.root ?? process.cwd();
  const contentDir = path.resolve(root, options.contentDir);
  const show = (absolute: string): string => {
    const relative = path.relative(root, absolute);
    return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
  };
  const found: Problem[] = [];
  const aspects = await readAspectSettings(contentDir, show);
  found.push(...aspects.problems);
  const pipeline: PipelineOptions = { trustedHtml: options.trustedHtml ?? false, aspectAliases: aliasMap(aspects.settings) };
  const context: Context = { contentDir, show, processor: createMarkdownProcessor(pipeline), pipeline, found };
  const essays = await loadEssays(context, options.parallel);
  const concepts = await loadConcepts(context);
  const intro = await loadHome(context);
  const pageIds = new Map([...essays.pageIds, ...concepts.pageIds]);
  found.push(
    ...checkLinks([...essays.links, ...concepts.links], await siteMap(pageIds, essays.items, aspects.settings, path.join(root, 'public'))),
  );
  if (found.length > 0) throw new ContentError(found);
  return { essays: essays.items.sort(compareEssays), concepts: concepts.items.sort(compareConcepts), intro, aspects: aspects.settings };
}
