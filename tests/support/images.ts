/** Small real images for test corpora, drawn with resvg (already a dependency, for the Open Graph images). */
import { Resvg } from '@resvg/resvg-js';

/** An SVG of `width` × `height`: a filled rectangle with a white disc, so a shrunk or cropped copy looks different. */
export function svgOf(width: number, height: number, fill: string): string {
  const r = Math.min(width, height) / 3;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${fill}"/><circle cx="${width / 2}" cy="${height / 2}" r="${r}" fill="#fff"/></svg>`;
}

/** The same drawing as a PNG file. */
export function pngOf(width: number, height: number, fill: string): Uint8Array {
  return new Resvg(svgOf(width, height, fill)).render().asPng();
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}
