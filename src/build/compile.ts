/**
 * One essay or concept file, compiled: frontmatter split and validated, the
 * body rendered by the Markdown pipeline, and the typed record the pages use.
 * Problems go to `found`; a draft, or a file with a problem, gives nothing.
 */
import type { z } from 'astro/zod';
import { problems, type Problem } from '../model/errors.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import type { LinkSource } from '../model/links.ts';
import { ConceptFrontmatterSchema, EssayFrontmatterSchema, type Concept, type Essay } from '../model/schemas.ts';
import { slugify } from '../model/slug.ts';
import { truncate } from '../model/text.ts';
import { parseWithFriendlyErrors } from '../model/validate.ts';
import { splitAtMarkers } from '../pipeline/contrast-marker.ts';
import { cutBody } from './section-text.ts';
import { renderMarkdown, type MarkdownProcessor, type RenderInput } from '../pipeline/index.ts';
import type { ImageWithoutAlt, LocalImage } from '../pipeline/rehype-images.ts';
import { paths } from '../routes.ts';
import type { SourceFile } from './source-files.ts';

/** Words per minute used for reading time. */
const READING_SPEED = 230;
/** Longest description taken from a first paragraph. */
const DESCRIPTION_LENGTH = 160;

/** What the checks need of a compiled file: the links and images its author wrote, the ids on its page, its images without alt text. */
export interface Compiled {
  readonly links: LinkSource['links'];
  readonly ids: readonly string[];
  readonly images: readonly LocalImage[];
  readonly imageWarnings: readonly ImageWithoutAlt[];
}

/** `img/a.png` → `./img/a.png`: how Astro's image pipeline takes an address relative to the file. */
export const relativeImage = ({ src }: LocalImage): string => (src.startsWith('.') ? src : `./${src}`);

/**
 * The body rendered, or `undefined` with a problem naming the file where it
 * nests too deeply to be read. The Markdown and HTML readers walk their trees
 * recursively (mdast-util-from-markdown's transforms, hast-util-from-parse5),
 * so a few thousand levels of `>`, `- ` or `<div>` overflowed the call stack
 * and stopped the build with a trace into node_modules that named no file.
 */
export async function renderBody(
  processor: MarkdownProcessor,
  input: RenderInput,
  found: Problem[],
): Promise<Awaited<ReturnType<typeof renderMarkdown>> | undefined> {
  try {
    return await renderMarkdown(processor, input);
  } catch (error) {
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error;
    found.push(problems['too-deep']({ file: input.path }));
    return undefined;
  }
}

/** A draft is skipped before validation, so work in progress never blocks a build. */
function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

/**
 * Whether a file that compiled to nothing, with no problem, is a draft. A
 * draft has no page, unlike a file that failed (whose page exists but could
 * not be read), so a link to it leads nowhere and is reported.
 */
export function isDraftSource(source: SourceFile): boolean {
  return isDraft(splitFrontmatter(source.raw, source.file).data);
}

/** What essays and concepts share: frontmatter against `schema`, the body rendered on `page`, a title found. */
async function compile<S extends typeof EssayFrontmatterSchema | typeof ConceptFrontmatterSchema>(
  source: SourceFile,
  schema: S,
  processor: MarkdownProcessor,
  found: Problem[],
  page: string,
) {
  const split = splitFrontmatter(source.raw, source.file);
  found.push(...split.problems);
  if (isDraft(split.data)) return undefined;
  // Frontmatter that never closes leaves no body to read.
  if (split.problems.some((problem) => problem.code === 'unclosed-frontmatter')) return undefined;
  const frontmatter = split.problems.length > 0 ? undefined : parseWithFriendlyErrors(schema, split.data, source.file, split.lineOf);
  found.push(...(frontmatter?.problems ?? []));
  const meta = frontmatter?.value as z.output<S> | undefined;
  // The body is read even when its frontmatter failed, so that its own problems are reported in the same round.
  const rendered = await renderBody(processor, { path: source.file, markdown: split.body, title: meta?.title, page }, found);
  if (!rendered) return undefined;
  const { html, data } = rendered;
  found.push(...(data.problems ?? []));
  if (!meta) return undefined;
  if (!data.title) {
    found.push(problems['missing-title']({ file: source.file, line: 1, kind: schema === EssayFrontmatterSchema ? 'essay' : 'concept' }));
    return undefined;
  }
  const checks: Compiled = {
    links: data.links ?? [],
    ids: data.ids ?? [],
    images: data.images ?? [],
    imageWarnings: data.imageWarnings ?? [],
  };
  return { meta, html, data, title: data.title, ...checks };
}

type Compile = NonNullable<Awaited<ReturnType<typeof compile<typeof EssayFrontmatterSchema>>>>;

/** An essay's tags as slugs, once each, with what each was written as first (`führung` for `fuhrung`). */
function tagsOf(written: readonly string[]): Pick<Essay, 'tags' | 'tagNames'> {
  const names = new Map<string, string>();
  for (const tag of written) {
    const slug = slugify(tag);
    if (slug && !names.has(slug)) names.set(slug, tag);
  }
  return { tags: [...names.keys()], tagNames: [...names.values()] };
}

function essayOf(source: SourceFile, { meta, html, data, title }: Compile): Essay {
  const wordCount = data.wordCount ?? 0;
  const body = splitAtMarkers(html);
  const { sections, intro, notes } = cutBody(body);
  return {
    slug: source.slug,
    file: source.file,
    title,
    description: meta.description ?? truncate(data.excerpt || title, DESCRIPTION_LENGTH),
    lede: meta.description,
    date: meta.date,
    updated: meta.updated,
    author: meta.author,
    ...tagsOf(meta.tags ?? []),
    sources: meta.sources ?? [],
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / READING_SPEED)),
    headings: data.headings ?? [],
    intro,
    notes,
    sections,
    contrasts: (data.contrasts ?? []).map((contrast) => ({ ...contrast, essay: source.slug })),
    tables: data.tables ?? [],
    body,
    images: (data.images ?? []).map(relativeImage),
  };
}

const checksOf = ({ links, ids, images, imageWarnings }: Compiled): Compiled => ({ links, ids, images, imageWarnings });

/** Compiles one file; problems go to `found`. */
type CompileFile<T> = (source: SourceFile, processor: MarkdownProcessor, found: Problem[]) => Promise<(Compiled & T) | undefined>;

export const compileEssay: CompileFile<{ essay: Essay }> = async (source, processor, found) => {
  const compiled = await compile(source, EssayFrontmatterSchema, processor, found, paths.essay(source.slug));
  return compiled && { essay: essayOf(source, compiled), ...checksOf(compiled) };
};

export const compileConcept: CompileFile<{ concept: Concept }> = async (source, processor, found) => {
  const compiled = await compile(source, ConceptFrontmatterSchema, processor, found, paths.concept(source.slug));
  if (!compiled) return undefined;
  const concept: Concept = {
    slug: source.slug,
    file: source.file,
    title: compiled.title,
    aliases: [...new Set(compiled.meta.aliases ?? [])],
    html: compiled.html,
    text: compiled.data.text ?? '',
    images: compiled.images.map(relativeImage),
  };
  return { concept, ...checksOf(compiled) };
};
