/**
 * What the pipeline's plugins compute, typed for the others and for the
 * loader by module augmentation of vfile's data map.
 */
import type { Problem } from '../model/errors.ts';
import type { Contrast, Heading, Section } from '../model/schemas.ts';

/** A contrast row as the remark stage finds it, before its cells are rendered. */
export type PendingContrast = Omit<Contrast, 'leadership' | 'management'>;

declare module 'vfile' {
  interface DataMap {
    /** The page title: the frontmatter's, or the first `# heading`'s (set by remark-title). */
    title: string;
    /** Plain text of the first paragraph (remark-excerpt). */
    excerpt: string;
    /** The whole body as plain text (remark-excerpt). */
    text: string;
    /** Number of words in the body (remark-excerpt). */
    wordCount: number;
    /** Every heading with its id (rehype-heading-ids). */
    headings: Heading[];
    /** Plain text before the first h2/h3 (rehype-sections). */
    intro: string;
    /** The text under each h2/h3 (rehype-sections). */
    sections: Section[];
    /** Contrast rows in document order (remark-contrast-tables, cells filled by rehype-contrast-slots). */
    contrasts: Contrast[];
    /** For each contrast table, the indexes of its rows in `contrasts`. */
    tables: number[][];
    /** Problems plugins found, reported with the file's other errors. */
    problems: Problem[];
  }
}

export {};
