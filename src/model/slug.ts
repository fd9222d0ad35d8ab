import { fold, joinApostrophes } from './text.ts';

/**
 * Turns any text into a URL-safe slug: accent-folded, lower case, punctuation
 * dropped, one hyphen between words. Letters of every script are kept
 * (`見出し` stays `見出し`), with the marks their words are spelt with
 * (`दृष्टि`), so a heading in any language gets a readable id.
 * Returns an empty string when nothing is left (an emoji-only heading).
 */
export function slugify(text: string): string {
  return joinApostrophes(fold(text))
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The most UTF-8 bytes an aspect slug or old slug may have. It names files,
 * the aspect's folder and its preview image (`og/compare/<slug>.png`), and a
 * file name holds 255 bytes: a longer slug stopped the build at the very end
 * with ENAMETOOLONG, naming no file. Bytes, not letters: Cyrillic takes two
 * a letter, Chinese three.
 */
export const MAX_SLUG_BYTES = 200;

/** A slug's length in UTF-8 bytes, as a file system counts it. */
export const slugBytes = (slug: string): number => new TextEncoder().encode(slug).length;

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

  /** Reserves an id that something else on the page owns; false when it was already taken. */
  reserve(id: string): boolean {
    if (this.#taken.has(id)) return false;
    this.#taken.add(id);
    return true;
  }

  /** Returns a unique id for `text`, falling back to `fallback` for text with no letters. */
  slug(text: string, fallback = 'section'): string {
    const base = slugify(text) || fallback;
    let id = base;
    for (let n = 1; this.#taken.has(id); n += 1) id = `${base}-${n}`;
    this.#taken.add(id);
    return id;
  }
}
