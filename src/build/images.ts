/**
 * Gives each image beside a Markdown file its place in Astro's image
 * pipeline. The pipeline marked such an image `<img data-image="<index>">`
 * (src/pipeline/rehype-images.ts); here, at render time, the mark becomes
 * Astro's processed image: a hashed, optimised file, with the width and
 * height that reserve its space before it loads (no layout shift), and lazy
 * loading. The tag is our own pipeline's output (rehype-stringify: double
 * quotes, escaped values), which is why a pattern can read it.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/** The widest image a page asks for: twice the text column, sharp on dense screens. */
const MAX_WIDTH = 1440;

const MARKED = /<img\s[^>]*?\bdata-image="(\d+)"[^>]*>/g;
const ATTRIBUTE = /\s([^\s="'>/]+)(?:="([^"]*)")?/g;

const escape = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const unescape = (value: string): string =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The size to ask for: the author's `width` or `height` if they gave a number, else the file's, at most `MAX_WIDTH` wide. */
function sizeOf(attributes: ReadonlyMap<string, string | undefined>, image: ImageMetadata): { width?: number; height?: number } {
  const width = Number(attributes.get('width'));
  const height = Number(attributes.get('height'));
  if (width > 0) return { width: Math.min(width, MAX_WIDTH) };
  if (height > 0) return { height };
  return image.width > MAX_WIDTH ? { width: MAX_WIDTH } : {};
}

async function processed(tag: string, image: ImageMetadata): Promise<string> {
  const attributes = new Map([...tag.slice('<img'.length, -1).matchAll(ATTRIBUTE)].map(([, name, value]) => [name!, value]));
  const result = await getImage({ src: image, alt: unescape(attributes.get('alt') ?? ''), ...sizeOf(attributes, image) });
  for (const name of ['data-image', 'src', 'width', 'height']) attributes.delete(name);
  const chosen: Record<string, unknown> = {
    src: result.src,
    ...(result.srcSet.values.length > 0 ? { srcset: result.srcSet.attribute } : {}),
    width: result.attributes['width'],
    height: result.attributes['height'],
  };
  const own = Object.entries(chosen).flatMap(([name, value]) => (value === undefined ? [] : [`${name}="${escape(String(value))}"`]));
  const kept = [...attributes].map(([name, value]) => (value === undefined ? name : `${name}="${value}"`));
  return `<img ${[...own, ...kept].join(' ')}>`;
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
