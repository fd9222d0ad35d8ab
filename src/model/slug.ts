import { fold } from './text.ts';

/** A URL segment that names an essay: `content/essays/<slug>.md` → `/essays/<slug>/`. */
export type EssaySlug = string & { readonly __brand: 'EssaySlug' };
/** A URL segment that names a concept page. */
export type ConceptSlug = string & { readonly __brand: 'ConceptSlug' };
/** An aspect of comparison: `Risk & reward` → `risk-reward`. */
export type AspectSlug = string & { readonly __brand: 'AspectSlug' };
/** An element id inside a page (heading or contrast row). */
export type AnchorId = string & { readonly __brand: 'AnchorId' };

/**
 * Turns any text into a URL-safe slug: accent-folded, lower case, punctuation
 * dropped, one hyphen between words. Letters of every script are kept
 * (`見出し` stays `見出し`), so a heading in any language gets a readable id.
 * Returns an empty string when nothing is left (an emoji-only heading).
 */
export function slugify(text: string): string {
  return fold(text)
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export const essaySlug = (fileStem: string): EssaySlug => slugify(fileStem) as EssaySlug;
export const conceptSlug = (fileStem: string): ConceptSlug => slugify(fileStem) as ConceptSlug;
export const aspectSlug = (aspect: string): AspectSlug => slugify(aspect) as AspectSlug;

/** The id of a contrast row inside an essay: `contrast-<aspect-slug>`. */
export const contrastId = (aspect: AspectSlug): AnchorId => `contrast-${aspect}` as AnchorId;

/**
 * Hands out unique ids within one page: the first `Risk` is `risk`, the
 * second `risk-1`, and so on. Ids the page already uses (page chrome,
 * contrast rows) are reserved up front so a heading never takes them.
 */
export class Slugger {
  readonly #taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.#taken.add(id);
  }

  /** Reserves an id that something else on the page owns. */
  reserve(id: string): void {
    this.#taken.add(id);
  }

  /** Returns a unique id for `text`, falling back to `fallback` for text with no letters. */
  slug(text: string, fallback = 'section'): AnchorId {
    const base = slugify(text) || fallback;
    let id = base;
    for (let n = 1; this.#taken.has(id); n += 1) id = `${base}-${n}`;
    this.#taken.add(id);
    return id as AnchorId;
  }
}
