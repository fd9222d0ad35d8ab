/**
 * Images an author wrote, in Markdown (`![alt](src)`) or raw HTML (`<img>`):
 *
 * - every one loads lazily and decodes off the main thread;
 * - one with a relative address (`./diagram.png`, `img/chart.jpg`, beside
 *   the Markdown file or in a folder next to it) is recorded in
 *   `file.data.images` and marked `data-image="<index>"`: the loader checks
 *   the file exists, and Astro's image pipeline later gives it its final
 *   address, width and height (src/build/images.ts);
 * - one with no alt text is recorded in `file.data.imageWarnings`, for a
 *   warning that names the file and line.
 *
 * Site paths (`/images/x.png`, from `public/`) and `https:` images are left
 * to the link gate and the browser. Runs after the sanitiser, so it sees
 * only images that survive it; our own markup has no images.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { decoded } from '../model/uri.ts';

/** An image beside the Markdown file. */
export interface LocalImage {
  /** The address as written, without query or fragment, percent-decoded (`./my diagram.png`). */
  readonly src: string;
  /** 1-based line of its first use. */
  readonly line: number | undefined;
}

/** An image written without alt text. */
export interface ImageWithoutAlt {
  readonly src: string;
  readonly line: number | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** Each image file beside the Markdown file, once, in order of first use; `data-image` is the index here. */
    images: LocalImage[];
    imageWarnings: ImageWithoutAlt[];
  }
}

/** True for an address relative to the Markdown file: no scheme, not `//host`, not a site path, not a bare fragment or query. */
export function isRelativeImage(src: string): boolean {
  return src !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^[/\\#?]/.test(src);
}

/** `./a%20b.png?x#y` → `./a b.png` (kept as written when the escapes are malformed). */
function filePart(src: string): string {
  return decoded(src.replace(/[?#].*$/, ''));
}

function isAuthoredImage(node: Element): node is Element & { properties: { src: string } } {
  return node.tagName === 'img' && node.position !== undefined && typeof node.properties.src === 'string';
}

export default function rehypeImages() {
  return (tree: Root, file: VFile): undefined => {
    const images: LocalImage[] = [];
    const index = new Map<string, number>();
    const warnings: ImageWithoutAlt[] = [];
    visit(tree, 'element', (node) => {
      if (!isAuthoredImage(node)) return;
      const { src, alt } = node.properties;
      const line = node.position?.start.line;
      node.properties.loading ??= 'lazy';
      node.properties.decoding ??= 'async';
      if (typeof alt !== 'string' || alt.trim() === '') warnings.push({ src, line });
      if (!isRelativeImage(src)) return;
      const local = filePart(src);
      if (!index.has(local)) {
        index.set(local, images.length);
        images.push({ src: local, line });
      }
      node.properties.dataImage = String(index.get(local));
    });
    file.data.images = images;
    file.data.imageWarnings = warnings;
  };
}
