/**
 * Text folding shared by slugs and search: one definition, so that an aspect
 * slug, a heading id and a search term agree on what "the same word" is.
 */

/** Letters that Unicode decomposition (NFKD) leaves alone but readers type in ASCII. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = Object.freeze({
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
});

const EXTRA_FOLD_PATTERN = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'g');

/**
 * Combining marks that are accents, which readers leave out and search
 * forgives: those on Latin (Vietnamese's stacked ones too), Greek and
 * Cyrillic letters, Arabic, Hebrew and Syriac vowel marks, and any on a
 * digit or a symbol (a keycap, a variation selector). In other scripts a
 * mark is a letter of the word: a Devanagari, Thai or Tamil vowel sign or
 * virama (stripped, `दृष्टि` read `दषट`, and `नेता` found `नीति`), or
 * Japanese voicing (`ジ` is not `シ`).
 */
// The mark comes first, so that text without marks is passed over as fast as before.
const ACCENTS = /\p{M}(?<=(?:^|[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Syriac}\p{sc=Common}])\p{M}+)/gu;

/**
 * What a word may hold that does not show, or shows only at a line's end:
 * a soft hyphen (pasted from a word processor), a zero-width non-joiner or
 * joiner (Persian `می‌خواهم`, an emoji sequence), a word joiner. Read as a
 * break, `organi­sation` was two words that a search for `organisation`
 * never found; folded away, the word is the word a reader sees.
 */
const INVISIBLE = String.raw`\u00AD|\u200C|\u200D|\u2060`;
const INVISIBLE_IN_WORDS = new RegExp(INVISIBLE, 'g');

/**
 * Lower-cases and strips accents: `Zürich` → `zurich`, `Straße` → `strasse`.
 * Compatibility forms are folded too (full-width `Ａ` → `a`, half-width
 * `ﾊﾟ` → `パ`). Marks that make another letter rather than accent one stay
 * (see `ACCENTS`). The result is composed (NFC), so a Korean syllable stays
 * one letter, as an author types it in a link.
 */
export function fold(text: string): string {
  return (
    text
      .replace(INVISIBLE_IN_WORDS, '')
      .normalize('NFKD')
      .replace(ACCENTS, '')
      .normalize('NFC')
      // Thai and Lao am (ำ, ຳ) are letters that NFKD splits and NFC leaves apart: keep them as typed.
      .replace(/\u0E4D\u0E32/g, '\u0E33')
      .replace(/\u0ECD\u0EB2/g, '\u0EB3')
      .replace(EXTRA_FOLD_PATTERN, (letter) => EXTRA_FOLDS[letter] ?? letter)
      .toLowerCase()
  );
}

/** Drops apostrophes inside a word, so that `leader's` is one word, `leaders`, in terms and in slugs alike. */
export function joinApostrophes(text: string): string {
  return text.replace(/([\p{L}\p{M}])['’](\p{L})/gu, '$1$2');
}

/**
 * Letters of scripts that put no space between words: Chinese and Japanese
 * (Han, hiragana, katakana and the marks they share, such as `ー` and `々`),
 * and Thai, Lao, Khmer and Burmese. Each of these letters, with the marks on
 * it, is a word of its own: `领导力与管理` is six, and `管理` inside it can be
 * found as two in a row, as `ทีม` (ที, ม) inside `ทีมงาน`; read as one word,
 * a Thai sentence could be found only by its start. Korean spaces its words.
 */
const UNSPACED = String.raw`(?=[\p{L}\p{N}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]\p{M}*`;
/**
 * A run of letters and digits, with the combining marks on them and what
 * `INVISIBLE` names inside: text as written may carry marks apart (Arabic
 * vowel marks, Hebrew points, a decomposed `é`), and a mark read as a break
 * cut `يَقُودُ` into four words that no folded term matched, so search marked
 * nothing in such text.
 */
const SPACED = String.raw`(?:(?!${UNSPACED})[\p{L}\p{N}])(?:(?!${UNSPACED})[\p{L}\p{N}]|\p{M}|${INVISIBLE})*`;

const SPACED_WORD = String.raw`${SPACED}(?:['’]${SPACED})*`;

/** A word as search reads it: a run of letters and digits with apostrophes inside (`leader's`), or one letter of a script without spaces (see `UNSPACED`). */
export const WORD = new RegExp(`${UNSPACED}|${SPACED_WORD}`, 'gu');

/** What joins the words of a compound: a hyphen-minus, a hyphen or a non-breaking hyphen. */
export const HYPHENS = '-‐‑';

/**
 * Words joined by hyphens (`well-being`, `co-operate`), which readers also
 * write as one word. It starts only where a word does, so a long word
 * without a hyphen is read once, not again from each of its letters.
 */
export const COMPOUND = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])${SPACED_WORD}(?:[${HYPHENS}]${SPACED_WORD})+`, 'gu');

/** Two or more letters of a script without spaces in a row (see `UNSPACED`): what a reader types as one word, to be found as those letters in that order. */
export const UNSPACED_RUN = new RegExp(`(?:${UNSPACED}){2,}`, 'gu');

/** Splits folded text into words (see `WORD`), apostrophes inside a word dropped. */
export function words(text: string): string[] {
  return joinApostrophes(fold(text)).match(WORD) ?? [];
}

/**
 * A name as it reads inside a sentence: words written with only a capital
 * first letter are lower-cased (`Risk and Reward` → `risk and reward`), while
 * acronyms and inner capitals stay (`URL cell`, `Plain ASCII aspect` →
 * `plain ASCII aspect`, `DevOps`).
 */
export function inSentence(name: string): string {
  return name.replace(/[\p{L}\p{M}]+/gu, (word) => (/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(word) ? word.toLowerCase() : word));
}

/** Collapses runs of white space to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text to at most `max` characters at a word boundary, adding `…`.
 * Used for descriptions taken from a first paragraph.
 */
export function truncate(text: string, max: number): string {
  const flat = squash(text);
  if (flat.length <= max) return flat;
  // Not between the two halves of a character beyond the BMP (an emoji): alone, the first shows as `�`.
  const cut = flat.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  const lastSpace = cut.lastIndexOf(' ');
  const head = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** Thai, Lao, Khmer and Burmese words, which a dictionary tells apart (a Chinese letter counts as a word, as a reader's pace goes). */
const SEGMENTED = /[\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]+/gu;

/** Counts words the way a reader would: runs of letters or digits, and the words of a Thai run rather than its letters. */
export function countWords(text: string): number {
  const runs = text.match(SEGMENTED) ?? [];
  // Made only when needed: the build counts, and a browser that loads this file for search need not have Intl.Segmenter.
  const segmenter = runs.length > 0 ? new Intl.Segmenter(undefined, { granularity: 'word' }) : undefined;
  const inRuns = runs.reduce((sum, run) => sum + [...segmenter!.segment(run)].filter((part) => part.isWordLike).length, 0);
  return words(text.replace(SEGMENTED, ' ')).length + inRuns;
}

/** A plural that adds `es` to a root ending in ss, x, ch, sh or zz (`processes`, `approaches`, `taxes`). */
const ES_PLURAL = /(?:ss|x|ch|sh|zz)es$/;
/** A singular with a silent `e` after those endings (`niche`, `finesse`), whose plural the rule above also cuts to the root. */
const SILENT_E = /(?:ss|x|ch|sh|zz)e$/;

/**
 * A light stem so that singular and plural meet: `goals` → `goal`,
 * `risks` → `risk`, `processes` → `process`. Applied to both sides of every
 * comparison, so it only has to be consistent, not linguistically right
 * (`niche` and `niches` both become `nich`).
 */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && ES_PLURAL.test(word)) return word.slice(0, -2);
  if (word.length > 3 && SILENT_E.test(word)) return word.slice(0, -1);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Folded, stemmed words: the form in which phrases are matched. */
export function terms(text: string): string[] {
  return words(text).map(stem);
}

/** A hyphenated compound as one term (`Well-beings` → `wellbeing`), or undefined when it holds no letter (`2020-21`). */
export function compoundTerm(compound: string): string | undefined {
  return /\p{L}/u.test(compound) ? stem(words(compound).join('')) : undefined;
}

/**
 * The one-word form of each hyphenated compound in the text, indexed beside
 * its parts: `wellbeing` then finds `Well-being`, and `cooperate` finds
 * `co-operate`.
 */
export function compoundTerms(text: string): string[] {
  return (text.match(COMPOUND) ?? []).flatMap((compound) => compoundTerm(compound) ?? []);
}

/**
 * True when `run` occurs in `haystack` as consecutive terms (a quoted phrase,
 * a concept's name). With `lastBegun`, the run's last term need only begin a
 * term (`"road ma` in `… road map …`): a phrase still being typed.
 */
export function containsRun(haystack: readonly string[], run: readonly string[], lastBegun = false): boolean {
  return run.length === 0 || !runStarts(haystack, run, lastBegun).next().done;
}

/** Each index of `haystack` where `run` begins as consecutive terms (see `containsRun`); none for an empty run. */
export function* runStarts(haystack: readonly string[], run: readonly string[], lastBegun = false): Generator<number> {
  if (run.length === 0) return;
  const matches = (term: string, offset: number, word: string): boolean =>
    lastBegun && offset === run.length - 1 ? word.startsWith(term) : word === term;
  for (let start = 0; start + run.length <= haystack.length; start += 1) {
    if (run.every((term, offset) => matches(term, offset, haystack[start + offset]!))) yield start;
  }
}
