/**
 * Citations of an essay or of one contrast, as text to copy: a Markdown link
 * (a contrast quoted), plain text with the URL, and for essays an APA-style
 * reference and BibTeX. Pure, so the essay page renders the same text
 * without JavaScript that the cite control copies with it.
 */
import { fullStop, laterUpdate, quoted } from '../model/format.ts';
import { apaAuthors, authorsOf, bibtexAuthors } from './author-names.ts';

export interface EssayToCite {
  readonly title: string;
  readonly author?: string | undefined;
  /** `YYYY-MM-DD`. */
  readonly date?: string | undefined;
  /** `YYYY-MM-DD`: the last update, which dates the version cited. */
  readonly updated?: string | undefined;
  readonly slug: string;
  /** Absolute URL of the essay. */
  readonly url: string;
  readonly site: string;
}

export interface ContrastToCite {
  readonly aspect: string;
  readonly essayTitle: string;
  /** Who wrote the essay, and so the words quoted. */
  readonly author?: string | undefined;
  /** The essay's dates, `YYYY-MM-DD`, which date the contrast. */
  readonly date?: string | undefined;
  readonly updated?: string | undefined;
  readonly leadership: string;
  readonly management: string;
  /** Absolute URL of the row in its essay. */
  readonly url: string;
  readonly site: string;
}

export interface Citation {
  readonly label: string;
  readonly text: string;
  /** Where `text` is set in italics when pasted as rich text, `[start, end)`: APA's title. */
  readonly italic?: readonly [number, number];
}

/** A citation as the text before its italic part, that part and the text after it (both empty when it has none). */
export function italicParts(citation: Citation): [string, string, string] {
  const [start, end] = citation.italic ?? [citation.text.length, citation.text.length];
  return [citation.text.slice(0, start), citation.text.slice(start, end), citation.text.slice(end)];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-11-02` → `2026, November 2` (APA's order), and the parts BibTeX wants. */
function dateParts(date: string | undefined) {
  const [year, month, day] = (date ?? '').split('-').map(Number);
  if (!year) return undefined;
  const monthName = month ? MONTHS[month - 1] : undefined;
  return {
    year,
    monthName,
    day,
    long: `${day} ${monthName} ${year}`,
    apa: `${year}${monthName ? `, ${monthName}${day ? ` ${day}` : ''}` : ''}`,
  };
}

/** An element closed with a period, unless it ends in its own (`Smith, Jr.`, `Why lead?`): see fullStop. */
const closed = (text: string): string => `${text}${fullStop(text)}`;

/**
 * Text as Markdown that renders as that text: the ASCII punctuation CommonMark
 * or GFM reads as markup within a line (code, emphasis, links, HTML,
 * strikethrough, tables) is backslash-escaped, `&` only where it would start
 * an entity (https://spec.commonmark.org/0.31.2/#backslash-escapes), and a
 * line break, which would end the line it is quoted on, is a space. GitHub
 * also reads `$` as the start of maths and `:word:` as an emoji, so `$` is
 * escaped and so is the `:` that would open a shortcode. Other punctuation
 * means something only at the start of a line, which a value never is here.
 */
const markdownText = (text: string): string =>
  text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>~|$]|&(?=#?[a-z0-9]+;)|:(?=[\w+-]+:)/gi, (char) => `\\${char}`);

/** A link destination: spaces, parentheses, angle brackets and backslashes, which would end or change it, are percent-encoded. */
const markdownUrl = (url: string): string =>
  url.replace(/[\s()<>\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** Characters TeX reads as commands, written as text: `\~` and `\^` would be accents on the next letter. */
const TEX_WORDS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // BibTeX counts every brace, `\{` too: one written alone would leave the entry unclosed.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
};

/** A BibTeX value: braces and the characters TeX treats specially are escaped. */
const bib = (text: string): string => text.replace(/[\\{}&%$#_^~]/g, (char) => TEX_WORDS[char] ?? `\\${char}`);

/** FNV-1a over the text's UTF-16 units, as 8 hex digits: a short, stable mark of a slug. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A BibTeX citation key: the slug's ASCII letters, digits and hyphens, since
 * classic BibTeX refuses any other character in a key (`руководство` would
 * stop it), accents folded (`řízení` → `rizeni`); `essay` when none are left.
 * Where letters had to go, a hash of the whole slug follows, or `руководство`
 * and `управление` would share `essay` and BibTeX stops at a repeated key.
 */
function bibKey(slug: string): string {
  const folded = slug.normalize('NFKD').replace(/\p{M}+/gu, '');
  const ascii = folded.replace(/[^a-z0-9-]+/gi, '').replace(/^-+|-+$/g, '') || 'essay';
  return /^[a-z0-9-]*$/i.test(folded) ? ascii : `${ascii}-${fnv1a(slug)}`;
}

/** `, 2 November 2026, updated 24 November 2026`: the dates a citation for people gives, either of them left out when absent. */
function whenOf(dates: { readonly date?: string | undefined; readonly updated?: string | undefined }): string {
  const first = dateParts(dates.date);
  const updated = dateParts(laterUpdate(dates));
  return `${first ? `, ${first.long}` : ''}${updated ? `, updated ${updated.long}` : ''}`;
}

export function essayCitations(essay: EssayToCite): Citation[] {
  // The version cited is the latest: of a web page's dates APA takes the most recent on which its content changed,
  // in place of the first, and so does BibTeX here. The Markdown and the plain text, read by people, say both.
  const cited = essay.updated ?? essay.date;
  const date = dateParts(cited);
  const when = whenOf(essay);
  const apaDate = date ? `(${date.apa})` : '(n.d.)';
  // APA sets a web page's title in italics, in the author's place when there is no author.
  const authors = essay.author ? authorsOf(essay.author) : [];
  const beforeTitle = essay.author ? `${closed(apaAuthors(authors))} ${apaDate}. ` : '';
  const afterTitle = essay.author ? ` ${closed(essay.site)} ${essay.url}` : ` ${apaDate}. ${closed(essay.site)} ${essay.url}`;
  const fields = [
    ...(essay.author ? [`  author = {${bibtexAuthors(authors, bib)}},`] : []),
    `  title = {{${bib(essay.title)}}},`,
    ...(date ? [`  year = {${date.year}},`] : []),
    ...(cited ? [`  date = {${cited}},`] : []),
    `  organization = {${bib(essay.site)}},`,
    `  url = {${essay.url}},`,
  ];
  return [
    {
      label: 'Markdown',
      text: `[${markdownText(essay.title)}](${markdownUrl(essay.url)})${essay.author ? ` by ${markdownText(essay.author)}` : ''}, ${markdownText(essay.site)}${when}`,
    },
    {
      label: 'Plain text',
      text: `${essay.author ? `${essay.author}, ` : ''}${quoted(essay.title)}, ${closed(`${essay.site}${when}`)} ${essay.url}`,
    },
    {
      label: 'APA',
      text: `${beforeTitle}${closed(essay.title)}${afterTitle}`,
      italic: [beforeTitle.length, beforeTitle.length + essay.title.length],
    },
    { label: 'BibTeX', text: `@online{${bibKey(essay.slug)}${date ? `-${date.year}` : ''},\n${fields.join('\n')}\n}` },
  ];
}

/** A contrast quoted, credited to the essay's author where it has one, then named by its aspect and essay. */
export function contrastCitations(contrast: ContrastToCite): Citation[] {
  const name = `${contrast.aspect}, in ${quoted(contrast.essayTitle)}`;
  const by = contrast.author ? `${contrast.author}, ` : '';
  const when = whenOf(contrast);
  return [
    {
      label: 'Markdown',
      text: `> **Leadership:** ${markdownText(contrast.leadership)}\n> **Management:** ${markdownText(contrast.management)}\n>\n> — ${markdownText(by)}[${markdownText(name)}](${markdownUrl(contrast.url)}), ${markdownText(contrast.site)}${when}`,
    },
    {
      label: 'Plain text',
      text: `${by}${name} (${contrast.site}${when}): Leadership: ${contrast.leadership.replace(/(?<!\.)\.$/, '')}; Management: ${closed(contrast.management)} ${contrast.url}`,
    },
  ];
}
