/**
 * Builds result markup for the dialog and the results page with DOM calls
 * and text nodes only: no content string is ever parsed as HTML.
 */
import type { SearchResult } from '../search/engine.ts';
import { markedNodes } from './marks.ts';

export const KIND_LABELS = Object.freeze({ essay: 'Essay', section: 'Section', contrast: 'Contrast', concept: 'Concept' });

/** Appends `text` to `parent`, wrapping matched words in <mark>. */
export function appendMarked(parent: HTMLElement, text: string, terms: ReadonlySet<string>): void {
  parent.append(...markedNodes(text, terms).nodes);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

/** The inside of one result: kind, breadcrumb, title and snippet, with matches marked. */
export function resultBody(result: SearchResult, container: HTMLElement): void {
  const terms = new Set(result.terms);
  const head = element('span', 'result-head');
  const kind = element('span', `result-kind kind-${result.kind}`);
  kind.textContent = KIND_LABELS[result.kind];
  head.append(kind);
  if (result.parent) {
    const crumb = element('span', 'result-crumb');
    crumb.textContent = `${result.parent} ›`;
    head.append(crumb);
  }
  const title = element('span', 'result-title');
  appendMarked(title, result.title, terms);
  head.append(title);
  container.append(head);
  if (result.sides) {
    for (const [label, side] of [['Leadership', result.sides[0]], ['Management', result.sides[1]]] as const) {
      const line = element('span', `result-side side-${label.toLowerCase()}`);
      const name = element('span', 'side-label');
      name.textContent = `${label}: `;
      line.append(name);
      appendMarked(line, side, terms);
      container.append(line);
    }
  } else if (result.snippet) {
    const snippet = element('span', 'result-snippet');
    appendMarked(snippet, result.snippet, terms);
    container.append(snippet);
  }
}
