/**
 * Open Graph preview images: a card (what it shows) drawn as 1200×630 PNG.
 * satori lays the card out and turns it into SVG (every string is text, never
 * markup); resvg paints the SVG and sharp encodes the PNG. The colours are the light palette's,
 * read from src/styles/tokens.css so they have one owner; the font ships as an
 * npm package (Inter, in every script it covers: Latin with its extensions,
 * Cyrillic, Greek and Vietnamese). Characters no font covers (Chinese,
 * Japanese, Korean, emoji…) are left out of the picture, never drawn as
 * empty boxes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { quoted } from '../model/format.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What an image shows. */
export interface OgCard {
  /** Small line at the top: what kind of page, and where it belongs. */
  readonly eyebrow: string;
  readonly title: string;
  /** A description (essays, the home page). */
  readonly text?: string | undefined;
  /** A contrast's two sides (aspect and share pages). */
  readonly sides?: readonly [leadership: string, management: string] | undefined;
  /** The site's name, at the foot. */
  readonly site: string;
}

type Palette = Record<'bg' | 'surface' | 'text' | 'muted' | 'border' | 'lead' | 'lead-bg' | 'manage' | 'manage-bg' | 'accent', string>;

/** The light value of each colour in tokens.css (`--x: light-dark(light, dark)`). */
export function lightPalette(tokensCss: string): Palette {
  const colours = Object.fromEntries(
    [...tokensCss.matchAll(/--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,/gi)].map(([, name, light]) => [name!, light!]),
  );
  const wanted = ['bg', 'surface', 'text', 'muted', 'border', 'lead', 'lead-bg', 'manage', 'manage-bg', 'accent'] as const;
  for (const name of wanted) if (!colours[name]) throw new Error(`tokens.css has no light value for --${name}.`);
  return colours as Palette;
}

const require = createRequire(import.meta.url);
const fontFile = (subset: string, weight: 400 | 700): Buffer =>
  readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`));

/** `U+0100-02BA,U+2113` → the ranges of code points it names. */
export function unicodeRanges(list: string): Array<readonly [number, number]> {
  return list.split(',').map((range) => {
    const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)] as const;
  });
}

/** The font's subsets (fontsource's `unicode.json`: subset → unicode-range), Latin first. */
function fontSubsets(): Array<[subset: string, ranges: Array<readonly [number, number]>]> {
  const subsets = JSON.parse(readFileSync(require.resolve('@fontsource/inter/unicode.json'), 'utf8')) as Record<string, string>;
  return Object.entries(subsets)
    .sort(([a], [b]) => Number(b === 'latin') - Number(a === 'latin') || a.localeCompare(b))
    .map(([subset, list]) => [subset, unicodeRanges(list)]);
}

/** Each subset is a font of its own name: satori looks for a glyph along the family list, not among fonts of one name. */
const fontName = (subset: string): string => (subset === 'latin' ? 'Inter' : `Inter ${subset}`);

interface Assets {
  readonly palette: Palette;
  readonly fonts: Array<{ name: string; data: Buffer; weight: 400 | 700 }>;
  /** The fonts' names, in the order satori is to look in them. */
  readonly families: readonly string[];
  /** Whether some font draws this code point. */
  readonly covers: (codePoint: number) => boolean;
}

let assets: Assets | undefined;

/** Fonts and palette, read once per process. `root` is the project folder (for tokens.css). */
function load(root: string): Assets {
  if (assets) return assets;
  const subsets = fontSubsets();
  assets = {
    palette: lightPalette(readFileSync(path.join(root, 'src/styles/tokens.css'), 'utf8')),
    fonts: subsets.flatMap(([subset]) =>
      ([400, 700] as const).map((weight) => ({ name: fontName(subset), data: fontFile(subset, weight), weight })),
    ),
    families: subsets.map(([subset]) => fontName(subset)),
    covers: coverage(),
  };
  return assets;
}

let covered: ((codePoint: number) => boolean) | undefined;

/** Whether some font draws this code point. */
function coverage(): (codePoint: number) => boolean {
  if (covered) return covered;
  const ranges = fontSubsets().flatMap(([, list]) => list);
  covered = (codePoint) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
  return covered;
}

/** How many letters and digits a text has: what it says, without its punctuation. */
const letters = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * Whether what the fonts draw of a text still says it: at least half its
 * letters and digits. A title wholly in Chinese draws nothing, and an Arabic
 * one draws only its `AI 2030`, a fragment that would stand for the title.
 */
const saysMostOf = (text: string, drawn: string): boolean => letters(drawn) > 0 && 2 * letters(drawn) >= letters(text);

/** Whether most of `text` would be drawn (see saysMostOf). */
export const drawsMost = (text: string): boolean => saysMostOf(text, drawable(text, coverage()));

/**
 * A share card's eyebrow, `From “Who draws the map”`: the essay, since the
 * aspect is the card's title (named here too, a long aspect filled the one
 * line and cut the essay off). `From “”` would say nothing, so an essay title
 * the fonts mostly cannot draw gives the aspect page's eyebrow instead.
 */
export function shareEyebrow(essayTitle: string): string {
  return drawsMost(essayTitle) ? `From ${quoted(essayTitle)}` : 'Compare';
}

/** Brackets and quotes that enclosed only dropped characters: `Risk (領導)` must not draw `Risk ()`. */
const EMPTIED = /\(\s*\)|\[\s*\]|\{\s*\}|“\s*”|‘\s*’|"\s*"|«\s*»|‹\s*›|„\s*“/g;
/** Separators left at an end once what they separated was dropped: `Risk — 領導` must not draw `Risk —`. */
const DANGLING = /^[\s\p{Cf},;:·|/—–-]+|[\s\p{Cf},;:·|/—–-]+$/gu;

/**
 * `text` without the characters no font draws, so none shows as an empty box,
 * and without the doubled spaces, empty brackets and dangling separators they
 * leave. A character with a plain form some font draws is drawn in that form.
 */
export function drawable(text: string, covers: (codePoint: number) => boolean): string {
  // A character no font has may have a plain form one has: `₂` is drawn `2`, full-width `Ａ` is drawn `A`.
  let dropped = false;
  const plain = (char: string): string => {
    if (covers(char.codePointAt(0)!)) return char;
    const folded = char.normalize('NFKD');
    if (folded !== char && [...folded].every((part) => covers(part.codePointAt(0)!))) return folded;
    dropped = true;
    return '';
  };
  const kept = [...text].map(plain).join('');
  const tidy = kept.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:!?])/g, '$1');
  if (!dropped) return tidy.trim();
  // Again until none is left: `“(領導)”` leaves `“()”`, then `“”`.
  let emptied = tidy;
  let before: string;
  do {
    before = emptied;
    emptied = emptied.replace(EMPTIED, '');
  } while (emptied !== before);
  return emptied
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/[,;:]+\s*([)\]}”’»"])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(DANGLING, '');
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const box = (style: Record<string, unknown>, children?: unknown): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Text shortened to `max` characters at a word: satori lays out all it is given, and a card shows a few lines. */
const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1) > max / 2 ? text.lastIndexOf(' ', max - 1) : max - 1)}…`;

/** A text box of at most `lines` lines, ending in `…` when cut; a word longer than a line breaks, never overflows. */
const lines = (count: number): Record<string, unknown> => ({
  display: 'block',
  width: '100%',
  lineClamp: count,
  overflowWrap: 'anywhere',
  // No `overflow: hidden`: each one becomes a clip path that resvg paints at ~4 ms a card, and the clamp already cuts.
});

/** About how many characters of a bold 56 px title fit the card's width, erring short: a title that may wrap leaves its sides a line less. */
const TITLE_LINE = 30;

function side(label: string, text: string, colour: string, background: string, textLines: number): Node {
  const card = {
    width: '50%',
    flexDirection: 'column',
    gap: 12,
    padding: '28px 32px',
    borderRadius: 16,
    background,
    borderTop: `8px solid ${colour}`,
  };
  return box(card, [
    box({ fontSize: 26, fontWeight: 700, color: colour, textTransform: 'uppercase', letterSpacing: 2 }, label),
    box({ ...lines(textLines), fontSize: 34, lineHeight: 1.25 }, clip(text, 240)),
  ]);
}

/**
 * The card as satori's element tree. Text boxes are given a width, or satori
 * would not wrap them. Every text has a number of lines it may take, so that
 * the site's name at the foot always shows: the eyebrow one, the title two
 * (three without sides), a side four or five (five under a one-line title),
 * a description three.
 */
export function cardTree(card: OgCard, palette: Palette, families: readonly string[] = ['Inter']): Node {
  const sideLines = card.title.length > TITLE_LINE ? 4 : 5;
  const body = card.sides
    ? box({ width: '100%', gap: 28, marginTop: 32 }, [
        side('Leadership', card.sides[0], palette.lead, palette['lead-bg'], sideLines),
        side('Management', card.sides[1], palette.manage, palette['manage-bg'], sideLines),
      ])
    : box({ ...lines(3), fontSize: 34, lineHeight: 1.4, color: palette.muted, marginTop: 28 }, clip(card.text ?? '', 400));
  // The canvas is exactly 1200×630: the text column stretches inside it, and an accent bar closes it.
  const column = box({ flexGrow: 1, flexDirection: 'column', padding: '56px 64px 36px' }, [
    box({ ...lines(1), fontSize: 26, fontWeight: 700, color: palette.accent, letterSpacing: 1 }, clip(card.eyebrow, 160)),
    box(
      { ...lines(card.sides ? 2 : 3), fontSize: card.sides ? 56 : 64, fontWeight: 700, lineHeight: 1.15, marginTop: 18 },
      clip(card.title, 200),
    ),
    body,
    box({ marginTop: 'auto', fontSize: 26, color: palette.muted }, card.site),
  ]);
  const frame = {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    flexDirection: 'column',
    background: palette.bg,
    color: palette.text,
    fontFamily: families.map((family) => JSON.stringify(family)).join(', '),
  };
  return box(frame, [column, box({ height: 14, background: palette.accent })]);
}

/**
 * The card with only what its fonts draw, and never an empty or misleading
 * heading or side: a title the fonts mostly cannot draw (see saysMostOf)
 * gives way to the description (or to what the card compares), and a contrast
 * with such a side is drawn without its sides. The page's alt text says it all.
 */
function drawableCard(card: OgCard, covers: (codePoint: number) => boolean): OgCard {
  const text = (value: string): string => drawable(value, covers);
  const [eyebrow, title, site] = [text(card.eyebrow), text(card.title), text(card.site)];
  const description = card.text === undefined ? undefined : text(card.text);
  const sides = card.sides && ([text(card.sides[0]), text(card.sides[1])] as const);
  const shownSides = card.sides && sides && saysMostOf(card.sides[0], sides[0]) && saysMostOf(card.sides[1], sides[1]) ? sides : undefined;
  if (saysMostOf(card.title, title)) return { eyebrow, title, text: description, sides: shownSides, site };
  if (!card.sides && card.text && description && saysMostOf(card.text, description)) return { eyebrow, title: description, site };
  return { eyebrow, title: card.sides ? 'Leadership and management' : site, sides: shownSides, site };
}

/** The card as a 1200×630 PNG. */
export async function renderCard(card: OgCard, root: string): Promise<Uint8Array> {
  const { palette, fonts, families, covers } = load(root);
  const svg = await satori(cardTree(drawableCard(card, covers), palette, families) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  // satori draws text as paths, so resvg needs no fonts of its own.
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
  // sharp (Astro's own image library) encodes the opaque card as RGB PNG in about 7 ms, 44 KB; resvg's encoder takes 10 ms, 55 KB.
  const raw = { width: image.width, height: image.height, channels: 4 } as const;
  return sharp(image.pixels, { raw }).removeAlpha().png({ compressionLevel: 6 }).toBuffer();
}
