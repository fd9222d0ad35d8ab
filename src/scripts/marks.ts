/**
 * Turns text into DOM nodes with matched words wrapped in <mark>, from text
 * nodes only (never HTML). Shared by search results and the landing highlight.
 */
import { highlightSegments, type Phrase } from '../search/highlight.ts';

/** Nodes for `text`, and the <mark> elements among them (empty when nothing matched). */
export function markedNodes(
  text: string,
  terms: ReadonlySet<string>,
  className?: string,
  phrases: readonly Phrase[] = [],
): { nodes: Node[]; marks: HTMLElement[] } {
  const marks: HTMLElement[] = [];
  const nodes = highlightSegments(text, terms, phrases).map((segment) => {
    if (!segment.mark) return document.createTextNode(segment.text);
    const mark = document.createElement('mark');
    if (className) mark.className = className;
    mark.textContent = segment.text;
    marks.push(mark);
    return mark;
  });
  return { nodes, marks };
}
