/**
 * The Markdown pipeline, in order. Essays, concepts and the home page's
 * introduction all go through this one processor.
 *
 *   parse → GFM → title → excerpt → contrast tables
 *   → to HTML → parse raw HTML (unless stripped) → sanitise → heading levels → alerts → footnote links
 *   → images (lazy; files beside the Markdown marked for Astro) → collect links (for the link gate)
 *   → base links → contrast slots → heading ids
 *   → heading links → collect ids (for the link gate) → stringify
 *
 * The text of each section is cut from the finished HTML, as a browser
 * parses it (src/build/section-text.ts).
 *
 * Sanitising sits after raw HTML is parsed (so it sees what the author wrote)
 * and before our own plugins add ids, controls and alerts (so it never strips
 * them, and no author can forge them).
 */
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import rehypeAlerts from './rehype-alerts.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeCollectIds from './rehype-collect-ids.ts';
import rehypeCollectLinks from './rehype-collect-links.ts';
import rehypeContrastSlots from './rehype-contrast-slots.ts';
import rehypeFootnoteLinks from './rehype-footnote-links.ts';
import rehypeHeadingIds from './rehype-heading-ids.ts';
import rehypeHeadingLevels from './rehype-heading-levels.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeImages from './rehype-images.ts';
import remarkBrSpaces from './remark-br-spaces.ts';
import remarkContrastTables from './remark-contrast-tables.ts';
import remarkExcerpt from './remark-excerpt.ts';
import remarkTitle from './remark-title.ts';
import { sanitizeSchema } from './sanitize.ts';

export interface PipelineOptions {
  /**
   * Keep the raw HTML written in Markdown that GitHub keeps, sanitised to its
   * allow-list (default: `true`); `false` drops all raw HTML (`RAW_HTML=strip`).
   */
  readonly trustedHtml?: boolean | null | undefined;
  /** Old aspect slug → current slug, from `aspects.yml` (default: none). */
  readonly aspectAliases?: ReadonlyMap<string, string> | null | undefined;
  /**
   * The path the site is served under (`/sub/` for a site at
   * https://example.org/sub/): root-relative links and images an author
   * wrote, and the links contrast cells make to their essay, are served
   * under it (default: `'/'`).
   */
  readonly base?: string | null | undefined;
}

const defaultPipelineOptions = Object.freeze({ trustedHtml: true, base: '/' });

/** The frozen processor: Markdown in, HTML out, with what every plugin recorded in `file.data`. */
export type MarkdownProcessor = Processor<any, any, any, any, string>;

export function createMarkdownProcessor(options?: Readonly<PipelineOptions> | null): MarkdownProcessor {
  const trustedHtml = options?.trustedHtml ?? defaultPipelineOptions.trustedHtml;
  const base = options?.base ?? defaultPipelineOptions.base;
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkTitle)
    .use(remarkExcerpt)
    .use(remarkContrastTables, { aspectAliases: options?.aspectAliases })
    // Without raw HTML, a `<br>` reads as a space rather than joining two words.
    .use(trustedHtml ? [] : [remarkBrSpaces])
    // Footnote ids come out bare (`fn-1`) and get `user-content-` from the sanitiser, like every other id.
    .use(remarkRehype, { allowDangerousHtml: trustedHtml, clobberPrefix: '' });
  if (trustedHtml) processor.use(rehypeRaw);
  return processor
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeHeadingLevels)
    .use(rehypeAlerts)
    .use(rehypeFootnoteLinks)
    .use(rehypeImages)
    .use(rehypeCollectLinks)
    .use(rehypeBaseLinks, { base })
    .use(rehypeContrastSlots, { base })
    .use(rehypeHeadingIds)
    .use(rehypeHeadingLinks)
    .use(rehypeCollectIds)
    .use(rehypeStringify)
    .freeze() as unknown as MarkdownProcessor;
}

export interface RenderInput {
  /** File path, for error messages. */
  readonly path: string;
  /** Markdown, with frontmatter already replaced by blank lines. */
  readonly markdown: string;
  /** Title from the frontmatter, if any. */
  readonly title?: string | undefined;
  /** The page it is rendered on (`/essays/<slug>/`), if it has one: contrast cells link back to it. */
  readonly page?: string | undefined;
}

/** Runs the processor on one document and returns its HTML and everything the plugins recorded. */
export async function renderMarkdown(processor: MarkdownProcessor, input: RenderInput) {
  const file = new VFile({ path: input.path, value: input.markdown });
  file.data.problems = [];
  if (input.title) file.data.title = input.title;
  if (input.page) file.data.page = input.page;
  const result = await processor.process(file);
  return { html: String(result), data: file.data };
}
