/**
 * Finds the page title. When the frontmatter has none, the first `# heading`
 * becomes the title and leaves the body (the page prints the title itself).
 * When the body opens with a `# heading` equal to the frontmatter title, that
 * repeat is dropped too.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { fold, squash } from '../model/text.ts';
import { textOf } from './mdast-text.ts';

declare module 'vfile' {
  interface DataMap {
    /** The page title: the frontmatter's, or the first `# heading`'s. */
    title: string;
  }
}

export default function remarkTitle() {
  return (tree: Root, file: VFile): undefined => {
    const index = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
    const heading = tree.children[index];
    if (!heading) return;
    const text = squash(textOf(heading));
    if (!file.data.title) {
      if (!text) return;
      file.data.title = text;
      tree.children.splice(index, 1);
    } else if (index === firstContentIndex(tree) && fold(text) === fold(file.data.title)) {
      tree.children.splice(index, 1);
    }
  };
}

function firstContentIndex(tree: Root): number {
  return tree.children.findIndex((node) => node.type !== 'html' && node.type !== 'definition');
}
