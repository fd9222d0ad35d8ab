/**
 * Records the plain text of the first paragraph (the description when the
 * frontmatter has none), the body's plain text and its word count.
 */
import type { Nodes, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { countWords, squash } from '../model/text.ts';
import { textOf } from './mdast-text.ts';

declare module 'vfile' {
  interface DataMap {
    /** Plain text of the first paragraph. */
    excerpt: string;
    /** The whole body as plain text. */
    text: string;
    /** Number of words in the body. */
    wordCount: number;
  }
}

/** Blocks whose text is one run; blocks are joined with spaces so words never fuse. */
const TEXT_BLOCKS = new Set<Nodes['type']>(['paragraph', 'heading', 'tableCell', 'code']);

/** Plain text of a Markdown tree, one space between blocks and at line breaks, raw HTML left out. */
function plainText(tree: Nodes): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (!TEXT_BLOCKS.has(node.type)) return undefined;
    parts.push(textOf(node));
    return SKIP;
  });
  return squash(parts.join(' '));
}

export default function remarkExcerpt() {
  return (tree: Root, file: VFile): undefined => {
    const paragraph = tree.children.find((node) => node.type === 'paragraph');
    const text = plainText(tree);
    file.data.excerpt = paragraph ? plainText(paragraph) : '';
    file.data.text = text;
    file.data.wordCount = countWords(text);
  };
}
