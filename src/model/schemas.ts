/**
 * Zod schemas for every entity the site knows. Types are derived from these
 * (`z.output<typeof X>`) and never written twice. Frontmatter schemas are
 * strict: an unknown key is an error with a suggestion, not silently ignored.
 */
import { z } from 'astro/zod';
import { missingDay } from './format.ts';

/**
 * A `YYYY-MM-DD` calendar date that exists (no 2026-02-30). A date not written
 * that way stops at the pattern (`abort`), so it is reported once, not once
 * more as a day the calendar lacks.
 */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { abort: true })
  .refine((value) => missingDay(value) === undefined, { params: { problem: 'impossible-date' } });

/**
 * An absolute http(s) URL; anything else (`javascript:`, `data:`, relative)
 * is refused. Stored in canonical form (`new URL().href`: spaces and angle
 * brackets percent-encoded).
 */
const httpUrl = z
  .string()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { params: { problem: 'bad-source-url' } },
  )
  .transform((value) => new URL(value).href);

/**
 * One value or a list of them: `tags: vision` reads as `tags: [vision]`, and
 * `tags: vision, strategy` as `[vision, strategy]`. YAML reads that line as
 * one text, which would become the single tag `vision-strategy`; a slug or a
 * word a reader types has no comma, so the commas can only be separators.
 */
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => {
    if (Array.isArray(value) || value === undefined) return value;
    if (typeof value !== 'string' || !value.includes(',')) return [value];
    return value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  }, z.array(item));

/**
 * A line of text from frontmatter, trimmed and not empty. A line break of any
 * kind (Word writes one as U+000B), a tab or a form feed reads as a space;
 * other control characters go: HTML reads them as errors, and a reader who
 * copies a name or a citation would copy them unseen.
 */
const line = () =>
  z
    .string()
    .overwrite((text) => text.replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/g, ' ').replace(/\p{Cc}/gu, ''))
    .trim()
    .min(1);

/** A published work an essay rests on. */
const SourceSchema = z.strictObject({
  /** Title of the work. */
  title: line(),
  /** Who wrote it. */
  author: line().optional(),
  /** Year of publication (a number, or text such as `n.d.`). */
  year: z.union([z.number().int(), line()]).optional(),
  /** Where the work appeared: a journal, a publisher or a site (`Harvard Business Review`). */
  venue: line().optional(),
  /** A short remark on the version cited (`reprinted 2004`, `5th edition`). */
  note: line().optional(),
  /** Where to read it; http(s) only. */
  url: httpUrl.optional(),
});

/** The frontmatter contract of an essay (`content/essays/<slug>.md`). */
export const EssayFrontmatterSchema = z
  .strictObject({
    /** Page title; falls back to the body's first `# heading`. */
    title: line().optional(),
    /** Summary and meta description; falls back to the first paragraph, trimmed. */
    description: line().optional(),
    /** Publication date, `YYYY-MM-DD`. */
    date: isoDate.optional(),
    /** Date of the last substantive change, `YYYY-MM-DD`. */
    updated: isoDate.optional(),
    /** Who wrote the essay. */
    author: line().optional(),
    /** Concept slugs the essay is about; a tag with no concept page is shown plain. */
    tags: oneOrMany(line()).optional(),
    /** Published works the essay credits. */
    sources: z.array(SourceSchema).optional(),
    /** `true` leaves the essay out of the build. */
    draft: z.boolean().optional(),
  })
  .superRefine((value, context) => {
    // ISO dates compare as text. An update before publication is two dates swapped, or a typo in one.
    if (value.date && value.updated && value.updated < value.date)
      context.addIssue({ code: 'custom', path: ['updated'], message: 'before date', params: { problem: 'updated-before-date' } });
  });

/** The frontmatter contract of a concept (`content/concepts/<slug>.md`). */
export const ConceptFrontmatterSchema = z.strictObject({
  /** Display name; falls back to the body's first `# heading`. */
  title: line().optional(),
  /** Other words readers type for the concept; search treats them as synonyms. */
  aliases: oneOrMany(line()).optional(),
  /** `true` leaves the concept out of the build. */
  draft: z.boolean().optional(),
});

/**
 * The frontmatter of `home.md`, the home page's introduction: it has no
 * settings, so any key is reported rather than silently ignored.
 */
export const HomeFrontmatterSchema = z.strictObject({});

/** A heading inside an essay, as listed in its table of contents. */
const HeadingSchema = z.object({
  /** 1–6. */
  depth: z.number().int(),
  /** The heading's unique id on the page. */
  id: z.string(),
  /** The heading as plain text. */
  text: z.string(),
});

/** The text under one heading (until the next h2/h3), for search and concept pages. */
const SectionSchema = z.object({
  /** Id of the heading the section starts at. */
  id: z.string(),
  /** The heading as plain text. */
  heading: z.string(),
  /** Plain text of the section's paragraphs, lists and tables. */
  text: z.string(),
});

/** One side-by-side comparison: a row of a contrast table. */
const ContrastSchema = z.object({
  /** The essay the row belongs to. */
  essay: z.string(),
  /** The aspect as written in the table (`Risk & reward`). */
  aspect: z.string(),
  /** Its slug (`risk-reward`); the row's id in the essay is `contrast-<aspectSlug>`. */
  aspectSlug: z.string(),
  /** Leadership side, as sanitised inline HTML. */
  leadership: z.string(),
  /** Management side, as sanitised inline HTML. */
  management: z.string(),
  /** Leadership side as plain text (search, meta descriptions). */
  leadershipText: z.string(),
  /** Management side as plain text. */
  managementText: z.string(),
  /** 1-based line of the row in the essay's file. */
  line: z.number().int(),
});

/**
 * The essay body, cut where contrast tables stand so that the page renders
 * each table with `ComparisonTable.astro`.
 */
const BodyBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('html'), html: z.string() }),
  z.object({ type: z.literal('contrasts'), table: z.number().int() }),
]);

/** An essay as pages use it: validated frontmatter plus everything derived from the body. */
const EssaySchema = z.object({
  /** URL segment, from the file name: `/essays/<slug>/`. */
  slug: z.string(),
  /** Path of the source file relative to the project root, for error messages. */
  file: z.string(),
  /** From the frontmatter, or the first `# heading`. */
  title: z.string(),
  /** From the frontmatter, or the first paragraph trimmed to ~160 characters. */
  description: z.string(),
  /**
   * The description as its author wrote it, shown under the title. Absent when
   * the description was taken from the first paragraph: the page and a search
   * result show that paragraph already, and would show it twice.
   */
  lede: z.string().optional(),
  /** Publication date, `YYYY-MM-DD`. */
  date: z.string().optional(),
  /** Date of the last substantive change, `YYYY-MM-DD`. */
  updated: z.string().optional(),
  /** Who wrote it. */
  author: z.string().optional(),
  /** Tags as slugs. */
  tags: z.array(z.string()),
  /** Each tag as its author first wrote it (`führung`, where its slug is `fuhrung`), in the order of `tags`: what a plain tag shows. */
  tagNames: z.array(z.string()),
  /** Works credited, shown as the page's Sources section. */
  sources: z.array(SourceSchema),
  /** Words in the body, tables included. */
  wordCount: z.number().int(),
  /** Reading time at 230 words a minute, at least 1. */
  readingMinutes: z.number().int(),
  /** Every heading with its id, for the table of contents. */
  headings: z.array(HeadingSchema),
  /** Plain text before the first section heading. */
  intro: z.string(),
  /** Plain text of the footnotes, searched with the essay itself. */
  notes: z.string(),
  /** The text under each h2/h3. */
  sections: z.array(SectionSchema),
  /** Every contrast row, in document order. */
  contrasts: z.array(ContrastSchema),
  /** For each contrast table, the indexes of its rows in `contrasts`. */
  tables: z.array(z.array(z.number().int())),
  /** The rendered body, cut where contrast tables stand. */
  body: z.array(BodyBlockSchema),
  /**
   * The image files beside the essay that its body shows, as `./`-relative
   * paths; the body's `<img data-image="<index>">` points here, and the page
   * swaps each for Astro's processed image (src/build/images.ts).
   */
  images: z.array(z.string()),
});

/** A concept page: a short definition and the words readers use for it. */
export const ConceptSchema = z.object({
  /** URL segment, from the file name: `/concepts/<slug>/`. */
  slug: z.string(),
  /** Path of the source file, for error messages. */
  file: z.string(),
  /** Display name. */
  title: z.string(),
  /** Other words readers type for it; search treats them as synonyms. */
  aliases: z.array(z.string()),
  /** The definition as sanitised HTML. */
  html: z.string(),
  /** The definition as plain text. */
  text: z.string(),
  /** The image files beside the concept that its definition shows (see `images` of an essay). */
  images: z.array(z.string()),
});

/** An aspect's display name, definition and the old slugs that still lead to it (`content/aspects.yml`). */
const AspectEntrySchema = z.strictObject({
  /** Display name (`Time horizon`). */
  name: line().optional(),
  /** One sentence saying what the aspect compares; shown under its name on the compare pages. */
  definition: line().optional(),
  /** Former slugs whose links keep working. */
  aliases: oneOrMany(line()).optional(),
});

export const AspectsFileSchema = z.record(z.string(), AspectEntrySchema.nullable());

/** One aspect's settings once `aspects.yml` is read: aliases are slugs, and every aspect has a list. */
export const AspectSettingSchema = z.object({
  /** Display name, if the file gives one. */
  name: z.string().optional(),
  /** One sentence saying what the aspect compares, if the file gives one. */
  definition: z.string().optional(),
  /** Former slugs whose links keep working. */
  aliases: z.array(z.string()),
});

export type Source = z.output<typeof SourceSchema>;
export type Heading = z.output<typeof HeadingSchema>;
export type Section = z.output<typeof SectionSchema>;
export type Contrast = z.output<typeof ContrastSchema>;
/** A contrast as the Markdown pipeline finishes it: everything but the essay it belongs to. */
export type ContrastRow = Omit<Contrast, 'essay'>;
/**
 * A contrast row as the remark stage finds it: each side as written in
 * Markdown, before it is sanitised and rendered (what survives decides its
 * HTML and text).
 */
export type PendingContrast = Omit<ContrastRow, 'leadership' | 'management' | 'leadershipText' | 'managementText'> & {
  /** Each side's Markdown as written, for messages. */
  readonly written: { readonly leadership: string; readonly management: string };
};
export type Essay = z.output<typeof EssaySchema>;
export type BodyBlock = z.output<typeof BodyBlockSchema>;

/**
 * An essay as the content store keeps it: sections without their text, and no
 * footnotes' text, which pages read back from the body
 * (src/build/section-text.ts). The text is a third of the store, and
 * `astro dev` rewrites and reloads the whole store after every edit.
 */
export const StoredEssaySchema = EssaySchema.omit({ notes: true }).extend({ sections: z.array(SectionSchema.omit({ text: true })) });
export type StoredEssay = z.output<typeof StoredEssaySchema>;
export type Concept = z.output<typeof ConceptSchema>;
export type AspectSetting = z.output<typeof AspectSettingSchema>;
