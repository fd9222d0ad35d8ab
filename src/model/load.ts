/**
 * Reads a content folder (`essays/`, optional `concepts/`, `home.md`,
 * `aspects.yml`), validates every file, renders it through the Markdown
 * pipeline and returns the typed site model. Every problem in every file is
 * collected; if there is any, one `ContentError` lists them all.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createMarkdownProcessor, renderMarkdown, type PipelineOptions } from '../pipeline/index.ts';
import { aliasMap, readAspectSettings, type AspectSettings } from './aspects.ts';
import { ContentError, problems, type Problem } from './errors.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkLinks, type LinkSource } from './links.ts';
import { PAGE_IDS } from './page-ids.ts';
import {
  ConceptFrontmatterSchema,
  EssayFrontmatterSchema,
  type BodyBlock,
  type Concept,
  type Essay,
} from './schemas.ts';
import { conceptSlug, contrastId, essaySlug, slugify, type AspectSlug } from './slug.ts';
import { truncate } from './text.ts';
import { parseWithFriendlyErrors } from './validate.ts';
import type { z } from 'astro/zod';

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
  /** Display names and old slugs of aspects (`aspects.yml`). */
  readonly aspects: AspectSettings;
}

/** Words per minute used for reading time. */
const READING_SPEED = 230;
/** Longest description taken from a first paragraph. */
const DESCRIPTION_LENGTH = 160;
const MARKDOWN = new Set(['.md', '.markdown']);
const UNSUPPORTED = new Set(['.mdx', '.mdoc']);
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export interface SourceFile {
  readonly absolute: string;
  /** Path shown in messages. */
  readonly file: string;
  readonly slug: string;
  readonly raw: string;
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
  const pipelineOptions: PipelineOptions = { trustedHtml: options.trustedHtml ?? false, aspectAliases: aliasMap(aspects.settings) };
  const processor = createMarkdownProcessor(pipelineOptions);

  const essaysDir = path.join(contentDir, 'essays');
  if (!(await isDirectory(essaysDir))) throw new ContentError([problems['missing-essays-folder']({ file: show(essaysDir) })]);

  const essayFiles = await collectFiles(essaysDir, '/essays/', show, essaySlug, found);
  const essays: Essay[] = [];
  const linkSources: LinkSource[] = [];
  const pageIds = new Map<string, Set<string> | undefined>();
  const rendered = await renderEssays(essayFiles, processor, pipelineOptions, options.parallel);
  for (const [index, source] of essayFiles.entries()) {
    const page = `/essays/${source.slug}/`;
    const { loaded, found: problemsOfFile } = rendered[index]!;
    found.push(...problemsOfFile);
    // A page that failed still exists for links; its ids are unknown, so anchors into it are not checked.
    pageIds.set(page, loaded && new Set([...loaded.ids, ...essayChromeIds(loaded.essay), ...loaded.essay.contrasts.map((c) => contrastId(c.aspectSlug as AspectSlug))]));
    if (!loaded) continue;
    essays.push(loaded.essay);
    linkSources.push({ file: source.file, page, links: loaded.links });
  }
  if (essays.length === 0 && found.length === 0) found.push(problems['empty-essays-folder']({ file: show(essaysDir) }));

  const conceptsDir = path.join(contentDir, 'concepts');
  const concepts: Concept[] = [];
  if (await isDirectory(conceptsDir)) {
    for (const source of await collectFiles(conceptsDir, '/concepts/', show, conceptSlug, found)) {
      const page = `/concepts/${source.slug}/`;
      const loaded = await loadConcept(source, processor, found);
      pageIds.set(page, loaded && new Set([...loaded.ids, PAGE_IDS.main, 'tagged', 'contrasts', 'sections']));
      if (!loaded) continue;
      concepts.push(loaded.concept);
      linkSources.push({ file: source.file, page, links: loaded.links });
    }
  }

  const homeFile = path.join(contentDir, 'home.md');
  let intro: string | undefined;
  if (await isFile(homeFile)) {
    const split = splitFrontmatter(await readFile(homeFile, 'utf8'), show(homeFile));
    found.push(...split.problems);
    intro = (await renderMarkdown(processor, { path: show(homeFile), markdown: split.body, title: 'Home' })).html;
  }

  found.push(...checkLinks(linkSources, await siteMap(pageIds, essays, aspects.settings, path.join(root, 'public'))));
  if (found.length > 0) throw new ContentError(found);
  essays.sort(compareEssays);
  concepts.sort((a, b) => collator.compare(a.title, b.title) || a.slug.localeCompare(b.slug));
  return { essays, concepts, intro, aspects: aspects.settings };
}

/** Newest first; undated essays last; then A–Z by title; then by slug. */
export function compareEssays(a: Pick<Essay, 'date' | 'title' | 'slug'>, b: Pick<Essay, 'date' | 'title' | 'slug'>): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * Lists the Markdown files of one folder in a stable order, reporting files
 * we do not build and files whose names map to the same URL.
 */
async function collectFiles(
  dir: string,
  urlPrefix: string,
  show: (absolute: string) => string,
  toSlug: (stem: string) => string,
  found: Problem[],
): Promise<SourceFile[]> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const bySlug = new Map<string, string>();
  const files: SourceFile[] = [];
  for (const name of entries) {
    const ext = path.extname(name).toLowerCase();
    if (!MARKDOWN.has(ext) && !UNSUPPORTED.has(ext)) continue;
    const absolute = path.join(dir, name);
    const slug = toSlug(path.basename(name, path.extname(name)));
    const other = bySlug.get(slug);
    if (other !== undefined) {
      found.push(problems['duplicate-slug']({ file: show(absolute), url: `${urlPrefix}${slug}/`, other }));
      continue;
    }
    bySlug.set(slug, show(absolute));
    if (UNSUPPORTED.has(ext)) {
      found.push(problems['unsupported-file']({ file: show(absolute), ext }));
      continue;
    }
    if (!slug) {
      found.push(problems['bad-file-name']({ file: show(absolute) }));
      continue;
    }
    files.push({ absolute, file: show(absolute), slug, raw: await readFile(absolute, 'utf8') });
  }
  return files;
}

type Processor = ReturnType<typeof createMarkdownProcessor>;
export type Rendered = { loaded: Awaited<ReturnType<typeof loadEssay>>; found: Problem[] };

/** Renders essays one after another; each worker thread runs this on its slice. */
export async function renderInOrder(sources: readonly SourceFile[], processor: Processor): Promise<Rendered[]> {
  const results: Rendered[] = [];
  for (const source of sources) {
    const found: Problem[] = [];
    results.push({ loaded: await loadEssay(source, processor, found), found });
  }
  return results;
}

/** Below this many essays, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 150;

/**
 * Renders essays in file order. Large corpora are split across worker
 * threads (the Markdown pipeline is the build's largest single cost); the
 * results come back in the same order, so output never depends on timing.
 */
async function renderEssays(sources: readonly SourceFile[], processor: Processor, options: PipelineOptions, parallel?: boolean): Promise<Rendered[]> {
  const threads = Math.max(2, Math.min(availableParallelism(), 4));
  if (!(parallel ?? (sources.length >= PARALLEL_FROM && availableParallelism() >= 2))) return renderInOrder(sources, processor);
  const size = Math.ceil(sources.length / threads);
  const slices = Array.from({ length: threads }, (_, i) => sources.slice(i * size, (i + 1) * size)).filter((slice) => slice.length > 0);
  const parts = await Promise.all(
    slices.map(
      (slice) =>
        new Promise<Rendered[]>((resolve, reject) => {
          const worker = new Worker(new URL('./essay-worker.ts', import.meta.url), { workerData: { sources: slice, options } });
          worker.once('message', (results: Rendered[]) => resolve(results));
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`An essay worker stopped with code ${code}.`)));
        }),
    ),
  );
  return parts.flat();
}

interface Loaded {
  readonly links: NonNullable<LinkSource['links']>;
  readonly ids: readonly string[];
}

/**
 * What essays and concepts share: frontmatter split and validated against
 * `schema`, the body rendered, and a title found. Problems go to `found`;
 * a draft, or a file with a problem, gives `undefined`.
 */
async function compile<S extends typeof EssayFrontmatterSchema | typeof ConceptFrontmatterSchema>(
  source: SourceFile,
  schema: S,
  processor: Processor,
  found: Problem[],
) {
  const split = splitFrontmatter(source.raw, source.file);
  found.push(...split.problems);
  if (split.problems.length > 0 || isDraft(split.data)) return undefined;
  const frontmatter = parseWithFriendlyErrors(schema, split.data, source.file, split.lineOf);
  found.push(...frontmatter.problems);
  if (!frontmatter.value) return undefined;
  const meta = frontmatter.value as z.output<S>;
  const { html, data } = await renderMarkdown(processor, { path: source.file, markdown: split.body, title: meta.title });
  found.push(...(data.problems ?? []));
  if (!data.title) {
    found.push(problems['missing-title']({ file: source.file, line: 1 }));
    return undefined;
  }
  return { meta, html, data, title: data.title };
}

export async function loadEssay(source: SourceFile, processor: Processor, found: Problem[]): Promise<(Loaded & { essay: Essay }) | undefined> {
  const compiled = await compile(source, EssayFrontmatterSchema, processor, found);
  if (!compiled) return undefined;
  const { meta, html, data } = compiled;
  const wordCount = data.wordCount ?? 0;
  const essay: Essay = {
    slug: source.slug,
    file: source.file,
    title: compiled.title,
    description: meta.description ?? truncate(data.excerpt || compiled.title, DESCRIPTION_LENGTH),
    date: meta.date,
    updated: meta.updated,
    author: meta.author,
    tags: [...new Set((meta.tags ?? []).map(slugify).filter(Boolean))],
    sources: meta.sources ?? [],
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / READING_SPEED)),
    headings: data.headings ?? [],
    intro: data.intro ?? '',
    sections: data.sections ?? [],
    contrasts: (data.contrasts ?? []).map((contrast) => ({ ...contrast, essay: source.slug })),
    tables: data.tables ?? [],
    body: splitBody(html),
  };
  return { essay, links: data.links ?? [], ids: data.ids ?? [] };
}

async function loadConcept(source: SourceFile, processor: Processor, found: Problem[]): Promise<(Loaded & { concept: Concept }) | undefined> {
  const compiled = await compile(source, ConceptFrontmatterSchema, processor, found);
  if (!compiled) return undefined;
  const { meta, html, data } = compiled;
  const concept: Concept = {
    slug: source.slug,
    file: source.file,
    title: compiled.title,
    aliases: [...new Set(meta.aliases ?? [])],
    html,
    text: data.text ?? '',
  };
  return { concept, links: data.links ?? [], ids: data.ids ?? [] };
}

/** Ids the essay page's own chrome adds around the body. */
function essayChromeIds(essay: Essay): string[] {
  return [PAGE_IDS.main, PAGE_IDS.essayTitle, PAGE_IDS.toc, PAGE_IDS.tocHeading, PAGE_IDS.prevNext, ...(essay.sources.length ? [PAGE_IDS.sources] : [])];
}

/**
 * Every page the build makes, with the ids on the pages whose ids are known
 * (essays, concepts, /compare/); files in public/ are pages too.
 */
async function siteMap(
  pageIds: Map<string, Set<string> | undefined>,
  essays: readonly Essay[],
  settings: AspectSettings,
  publicDir: string,
): Promise<Map<string, ReadonlySet<string> | undefined>> {
  const site = new Map<string, ReadonlySet<string> | undefined>(pageIds);
  for (const fixed of ['/', '/essays/', '/concepts/', '/search/', '/rss.xml', '/sitemap-index.xml', '/404.html']) site.set(fixed, undefined);
  const aspects = new Set(essays.flatMap((essay) => essay.contrasts.map((contrast) => contrast.aspectSlug)));
  const compareIds = new Set<string>([PAGE_IDS.main]);
  for (const slug of aspects) {
    site.set(`/compare/${slug}/`, undefined);
    compareIds.add(slug).add(`${slug}--title`);
    for (const alias of settings[slug]?.aliases ?? []) {
      site.set(`/compare/${alias}/`, undefined);
      compareIds.add(alias);
    }
  }
  site.set('/compare/', compareIds);
  const files = await readdir(publicDir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const file of files) {
    if (file.isFile()) site.set(`/${path.relative(publicDir, path.join(file.parentPath, file.name)).split(path.sep).join('/')}`, undefined);
  }
  return site;
}

/** A draft is skipped before validation, so work in progress never blocks a build. */
function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

/** Cuts rendered HTML at the markers rehype-contrast-slots leaves where contrast tables stood. */
export function splitBody(html: string): BodyBlock[] {
  const parts = html.split(/<!--contrast-table:(\d+)-->/);
  const blocks: BodyBlock[] = [];
  parts.forEach((part, index) => {
    if (index % 2 === 1) blocks.push({ type: 'contrasts', table: Number(part) });
    else if (part.trim()) blocks.push({ type: 'html', html: part });
  });
  return blocks;
}

async function isDirectory(target: string): Promise<boolean> {
  return (await stat(target).catch(() => undefined))?.isDirectory() ?? false;
}

async function isFile(target: string): Promise<boolean> {
  return (await stat(target).catch(() => undefined))?.isFile() ?? false;
}
