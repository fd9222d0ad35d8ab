/**
 * GitHub alerts: a quote that opens with `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
 * `[!WARNING]` or `[!CAUTION]` becomes a callout, through the maintained
 * rehype-github-alerts, in GitHub's markup: `div.markdown-alert.markdown-alert-note`
 * whose first line holds a decorative icon (an SVG with `aria-hidden`) and the
 * label as text (Note, Tip, Important, Warning, Caution). Adds no `file.data`.
 *
 * It runs after the sanitiser, so the alert's classes and SVG never have to be
 * on the allow-list, and no author can write one in raw HTML. Only a quote
 * written in Markdown (`>`) becomes an alert, as on GitHub; a `<blockquote>`
 * written in raw HTML stays a quote.
 * https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#alerts
 */
import type { Element, Root } from 'hast';
import { rehypeGithubAlerts } from 'rehype-github-alerts';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** True for a quote written with `>`: its source starts there (raw HTML starts with `<`, or has no position). */
function writtenInMarkdown(node: Element, source: string): boolean {
  const offset = node.position?.start.offset;
  return offset !== undefined && source[offset] === '>';
}

/** A tag name rehype-github-alerts does not look at, for quotes it must leave alone. */
const HIDDEN = 'x-raw-blockquote';

export default function rehypeAlerts() {
  // The plugin's defaults are GitHub's five alerts, labels and Octicons.
  const transform = rehypeGithubAlerts({});
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    const raw: Element[] = [];
    visit(tree, 'element', (node) => {
      if (node.tagName === 'blockquote' && !writtenInMarkdown(node, source)) raw.push(node);
    });
    for (const node of raw) node.tagName = HIDDEN;
    transform(tree);
    for (const node of raw) node.tagName = 'blockquote';
  };
}
