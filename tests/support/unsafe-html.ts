/**
 * Finds what could run in a piece of HTML, the way a browser would parse it:
 * script-capable elements, event-handler attributes, and URLs with a script
 * scheme. Escaped text such as `&lt;script&gt;` is harmless and not reported.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

const ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'frame', 'frameset', 'base', 'meta', 'link']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'poster', 'srcSet'];
const SCRIPT_SCHEME = /^\s*(javascript|vbscript|data):/i;

export function unsafeParts(html: string, { allowElements = [] as string[] } = {}): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (ELEMENTS.has(node.tagName) && !allowElements.includes(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${node.tagName}[${name}]`);
      // Browsers ignore control characters and spaces inside a URL's scheme (`java\0script:`), so the check does too.
      // eslint-disable-next-line no-control-regex
      if (URL_PROPERTIES.includes(name) && SCRIPT_SCHEME.test(String(value).replace(/[\u0000-\u0020]/g, '')))
        found.push(`${node.tagName}[${name}=${String(value)}]`);
    }
  });
  return found;
}
