/**
 * Records the plain text of the first paragraph (the description when the
 * frontmatter has none), the body's plain text and its word count.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { countWords, squash } from '../model/text.ts';

export default function remarkExcerpt() {
  return (tree: Root, file: VFile): undefined => {
    const paragraph = tree.children.find((node) => node.type === 'paragraph');
    const text = squash(toString(tree, { includeHtml: false }));
    file.data.excerpt = paragraph ? squash(toString(paragraph, { includeHtml: false })) : '';
    file.data.text = text;
    file.data.wordCount = countWords(text);
  };
}
