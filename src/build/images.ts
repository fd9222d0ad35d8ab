/**
 * Gives each image beside a Markdown file its place in Astro's image
 * pipeline. The pipeline marked such an image `<img data-image="<index>">`
 * (src/pipeline/rehype-images.ts); here, at render time, the mark becomes
 * Astro's processed image: a hashed, optimised file, with the width and
 * height that reserve its space before it loads (no layout shift), and lazy
 * loading. The marked tags are found by a pattern (they are our own
 * pipeline's output, rehype-stringify's); each is parsed and written again
 * as HTML, so its attributes are read and escaped as everywhere else.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** The widest image a page asks for: twice the text column, sharp on dense screens. */
const MAX_WIDTH = 1440;

const MARKED = /<img\s[^>]*?\bdata-image="(\d+)"[^>]*>/g;

/** The size to ask for: the author's `width` or `height` if they gave a number, else the file's, at most `MAX_WIDTH` wide. */
function sizeOf(authored: { width?: unknown; height?: unknown }, image: ImageMetadata): { width?: number; height?: number } {
  const width = Number(authored.width);
  const height = Number(authored.height);
  if (width > 0) return { width: Math.min(width, MAX_WIDTH) };
  if (height > 0) return { height };
  return image.width > MAX_WIDTH ? { width: MAX_WIDTH } : {};
}

/** The marked tag as Astro's processed image: its file, srcset and size first, then the author's other attributes. */
async function processed(tag: string, image: ImageMetadata): Promise<string> {
  const img = fromHtml(tag, { fragment: true }).children[0] as Element;
  const { width, height, ...kept } = img.properties;
  delete kept['dataImage'];
  delete kept['src'];
  const result = await getImage({ src: image, alt: String(kept['alt'] ?? ''), ...sizeOf({ width, height }, image) });
  const own = {
    src: result.src,
    ...(result.srcSet.values.length > 0 ? { srcSet: result.srcSet.attribute } : {}),
    width: result.attributes['width'] as number | undefined,
    height: result.attributes['height'] as number | undefined,
  };
  return toHtml({ ...img, properties: { ...own, ...kept } });
}

/** `html` with every marked image swapped for its processed version (`images[index]`). */
export async function withImages(html: string, images: readonly ImageMetadata[]): Promise<string> {
  if (images.length === 0 || !html.includes('data-image="')) return html;
  const done = new Map<string, string>();
  for (const [tag, index] of html.matchAll(MARKED)) {
    const image = images[Number(index)];
    if (image && !done.has(tag)) done.set(tag, await processed(tag, image));
  }
  return html.replace(MARKED, (tag) => done.get(tag) ?? tag);
}
