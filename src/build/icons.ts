/**
 * The site's icon for the places that do not read `favicon.svg`, drawn from
 * it at build time, so an author who replaces `public/favicon.svg` changes
 * every one of them:
 * - `/apple-touch-icon.png`, 180×180 and opaque, which iOS puts on a home
 *   screen and many chat apps and feed readers show beside a link (a
 *   transparent corner would turn black there);
 * - `/favicon.ico`, which feed readers, older browsers and crawlers fetch
 *   from the site's root whatever the page names: a 32×32 PNG in an ICO
 *   wrapper, which every browser since Windows Vista reads.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

/** The icon every page names (`paths.favicon`), as the author left it in `public/`. */
export const readIcon = (root: string): Promise<string> => readFile(path.join(root, 'public', 'favicon.svg'), 'utf8');

const draw = (svg: string, size: number): Buffer =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();

/** 180×180, the icon on white with a margin, as Apple's home screen and most link previews expect. */
export async function touchIcon(svg: string): Promise<Uint8Array> {
  const white = { r: 255, g: 255, b: 255, alpha: 1 };
  return sharp(draw(svg, 148))
    .resize(148, 148, { fit: 'contain', background: white })
    .extend({ top: 16, bottom: 16, left: 16, right: 16, background: white })
    .flatten({ background: white })
    .png()
    .toBuffer();
}

/** A one-image ICO file holding a 32×32 PNG: a 6-byte header, one 16-byte entry, then the PNG. */
export async function faviconIco(svg: string): Promise<Uint8Array> {
  const png = await sharp(draw(svg, 32))
    .resize(32, 32, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  const head = Buffer.alloc(22);
  head.writeUInt16LE(1, 2); // type: icon
  head.writeUInt16LE(1, 4); // one image
  head.writeUInt8(32, 6); // width
  head.writeUInt8(32, 7); // height
  head.writeUInt16LE(1, 10); // colour planes
  head.writeUInt16LE(32, 12); // bits per pixel
  head.writeUInt32LE(png.length, 14);
  head.writeUInt32LE(22, 18); // where the PNG starts
  return Buffer.concat([head, png]);
}
