/**
 * The images an author put beside a Markdown file: each must exist inside
 * the content folder, in a format Astro's image pipeline processes, and an
 * SVG must hold no script, before anything renders. And every image without
 * alt text becomes a warning. Both name the file and line.
 */
import { open, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { problems, type Problem } from '../model/errors.ts';
import type { ImageWithoutAlt, LocalImage } from '../pipeline/rehype-images.ts';
import { isFile } from './source-files.ts';
import { scriptsInSvg } from './svg-scripts.ts';

/** One Markdown file's images. */
export interface ImageSource {
  /** The file as shown in messages. */
  readonly file: string;
  /** Its folder, absolute: local images are relative to it. */
  readonly dir: string;
  readonly images: readonly LocalImage[];
  readonly withoutAlt: readonly ImageWithoutAlt[];
}

/** What Astro's image pipeline takes (astro/src/assets/consts.ts, VALID_INPUT_FORMATS). */
const FORMATS = new Set(['.jpeg', '.jpg', '.png', '.tiff', '.webp', '.gif', '.svg', '.avif']);

/**
 * Whether a file, its symbolic links followed, is inside `folder` (itself resolved). An image is published as it is
 * found, so one reached by `../../` or through a link from the content folder would publish any picture the
 * build's machine can read.
 */
async function isInside(absolute: string, folder: string): Promise<boolean> {
  const relative = path.relative(await realpath(folder), await realpath(absolute));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * What could run in an image that is an SVG, by its name or by what it holds: Astro reads a file's format from its
 * bytes, so an SVG named `mark.png` was published as `/_astro/mark.<hash>.svg`, its scripts unchecked. XML text
 * (an SVG) starts with `<` once a byte order mark and white space are skipped; PNG, JPEG, GIF, WebP, AVIF and TIFF
 * start with their binary signatures.
 */
async function scriptsInImage(absolute: string): Promise<string[]> {
  let svg = path.extname(absolute).toLowerCase() === '.svg';
  if (!svg) {
    // Only the start of a photo is read: it says what the file is.
    const handle = await open(absolute);
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1024), 0, 1024, 0).finally(() => handle.close());
    svg = /^\uFEFF?\s*</.test(buffer.subarray(0, bytesRead).toString('utf8'));
  }
  return svg ? scriptsInSvg(await readFile(absolute, 'utf8')) : [];
}

/** A problem for each local image that is missing, outside `contentDir`, in a format the build cannot process, or an SVG with scripts. */
export async function checkImages(
  sources: readonly ImageSource[],
  show: (absolute: string) => string,
  contentDir: string,
): Promise<Problem[]> {
  const found: Problem[] = [];
  for (const { file, dir, images } of sources) {
    for (const { src, line } of images) {
      const absolute = path.resolve(dir, src);
      if (!(await isFile(absolute))) found.push(problems['missing-image']({ file, line, src, looked: show(absolute) }));
      else if (!(await isInside(absolute, contentDir))) found.push(problems['image-outside-content']({ file, line, src }));
      else if (!FORMATS.has(path.extname(absolute).toLowerCase())) found.push(problems['unsupported-image']({ file, line, src }));
      else {
        // Copied as it is, an SVG is a page of this site when opened at its own address: see svg-scripts.ts.
        const scripts = await scriptsInImage(absolute);
        if (scripts.length > 0) found.push(problems['scripted-image']({ file, line, src, scripts: scripts.join(', ') }));
      }
    }
  }
  return found;
}

/** A warning for each image without alt text. */
export function imageWarnings(sources: readonly ImageSource[]): Problem[] {
  return sources.flatMap(({ file, withoutAlt }) => withoutAlt.map(({ src, line }) => problems['missing-alt']({ file, line, src })));
}
