/**
 * Builds result markup for the dialog and the results page with DOM calls
 * and text nodes only: no content string is ever parsed as HTML.
 */
import type { SearchResult } from '../search/engine.ts';
import type { Phrase } from '../search/highlight.ts';
import { quoted } from '../model/format.ts';
import { markedNodes } from './marks.ts';

export const KIND_LABELS = Object.freeze({ essay: 'Essay', section: 'Section', contrast: 'Contrast', concept: 'Concept' });

/** Appends `text` to `parent`, wrapping matched words (and every word of a quoted phrase where it stands) in <mark>. */
function appendMarked(parent: HTMLElement, text: string, terms: ReadonlySet<string>, phrases: readonly Phrase[]): void {
  parent.append(...markedNodes(text, terms, undefined, phrases).nodes);
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The inside of one result: kind, title, and the excerpt or a contrast's two sides, with matches marked. */
export function resultBody(result: SearchResult, container: HTMLElement): void {
  const terms = new Set(result.terms);
  const head = element('span', 'result-head');
  head.append(element('span', `result-kind kind-${result.kind}`, KIND_LABELS[result.kind]));
  const title = element('span', 'result-title');
  appendMarked(title, result.title, terms, result.phrases);
  head.append(title);
  container.append(head);
  if (result.sides) {
    for (const [label, side] of [
      ['Leadership', result.sides[0]],
      ['Management', result.sides[1]],
    ] as const) {
      const line = element('span', `result-side side-${label.toLowerCase()}`);
      line.append(element('span', 'side-label', `${label}: `));
      appendMarked(line, side, terms, result.phrases);
      container.append(line);
    }
  } else if (result.excerpt) {
    const excerpt = element('span', 'result-excerpt');
    appendMarked(excerpt, result.excerpt, terms, result.phrases);
    container.append(excerpt);
  }
}

/**
 * The status line when nothing matches: check the spelling, or try what is
 * offered below (`try a concept`, `browse the concepts and the contrasts`),
 * named only when there is something to offer: concepts and contrasts are
 * both optional.
 */
export function noResults(query: string, offer: string | undefined): string {
  return `No results for ${quoted(query)}. Check the spelling${offer ? `, or ${offer} below` : ''}.`;
}
