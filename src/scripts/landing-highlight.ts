/**
 * A search result opens its page with `?h=<terms>`: the matching words in the
 * target (or the page's main text) are marked once, the parameter is removed
 * from the address bar, and a notice offers to clear the marks. The terms are
 * only compared against the page's own text; nothing from the URL is inserted.
 */
import { fragmentId, PAGE_IDS } from '../routes.ts';
import { announce } from './announce.ts';
import { phrasesFromParam, termsFromParam, type Phrase } from '../search/highlight.ts';
import { keepHeightIn } from './header-room.ts';
import { markedNodes } from './marks.ts';

/**
 * Where to mark: the row or section linked to, else the essay's text. A
 * concept page has no essay text: its name, aliases and definition stand in
 * its intro, and a reader who searched an alias looks for it there.
 */
function scope(): Element | null {
  const target = window.location.hash ? document.getElementById(fragmentId(window.location.hash)) : null;
  if (target?.matches('tr, section')) return target;
  const text =
    document.querySelector('.essay-body') ?? document.querySelector('.page-intro, .prose') ?? document.getElementById(PAGE_IDS.main);
  if (target?.matches('h2, h3')) return target.closest('.essay-body, .prose') ?? text;
  return text;
}

/** Marks added in one task at most, and how long one task may go on marking: a long essay is marked a slice at a time. */
const SLICE = Object.freeze({ marks: 500, ms: 30 });

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Marks the terms in `nodes`, yielding to the page between slices: in one
 * task, a 1 MB essay took 350 ms to mark one word and 800 ms to mark 14,000
 * (https://web.dev/articles/optimize-long-tasks).
 */
async function markSliced(nodes: readonly Text[], terms: ReadonlySet<string>, phrases: readonly Phrase[]): Promise<HTMLElement[]> {
  const marks: HTMLElement[] = [];
  let started = performance.now();
  let inSlice = 0;
  for (const node of nodes) {
    const marked = markedNodes(node.data, terms, 'landing-mark', phrases);
    if (marked.marks.length > 0) {
      node.replaceWith(...marked.nodes);
      marks.push(...marked.marks);
      inSlice += marked.marks.length;
    }
    if (inSlice >= SLICE.marks || performance.now() - started > SLICE.ms) {
      await nextTask();
      started = performance.now();
      inSlice = 0;
    }
  }
  return marks;
}

/**
 * A result for a whole essay (its introduction, its notes) opens the page at
 * its top, where the matched words may not be: 450 words into an essay with
 * no headings, or in a footnote. When no mark is in view and the reader has
 * not scrolled yet, the first one they can see is brought to the middle of
 * the window (clear of the sticky header). A link to a row or heading is
 * left where it landed.
 */
function revealFirst(marks: readonly HTMLElement[]): void {
  if (window.location.hash || window.scrollY > 0) return;
  const shown = marks.filter((mark) => mark.getClientRects().length > 0);
  const inView = (mark: HTMLElement): boolean => {
    const { top, bottom } = mark.getBoundingClientRect();
    return bottom > 0 && top < window.innerHeight;
  };
  if (shown.length > 0 && !shown.some(inView)) shown[0]!.scrollIntoView({ block: 'center' });
}

export async function highlightOnArrival(): Promise<void> {
  const url = new URL(window.location.href);
  const terms = termsFromParam(url.searchParams.get('h'));
  const phrases = phrasesFromParam(url.searchParams.get('h'));
  url.searchParams.delete('h');
  history.replaceState(history.state, '', url);
  const root = scope();
  if ((terms.size === 0 && phrases.length === 0) || !root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Only words a reader sees: not a link control, a cell's label, or screen-reader-only text such as a table's caption.
    if (!node.parentElement?.closest('mark, script, style, .copy-link, .cell-label, .sr-only')) nodes.push(node as Text);
  }
  const marks = await markSliced(nodes, terms, phrases);
  if (marks.length === 0) return;
  revealFirst(marks);
  const notice = document.createElement('div');
  notice.className = 'highlight-notice';
  const text = document.createElement('span');
  text.textContent = `${marks.length} ${marks.length === 1 ? 'match' : 'matches'} highlighted`;
  // Said through the page's live region, there since the page loaded: a live region added with its words in place
  // (as this notice was) may say nothing at all.
  announce(text.textContent);
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'small-button';
  clear.textContent = 'Clear highlights';
  notice.append(text, clear);
  document.body.append(notice);
  // The page keeps clear of the notice, fixed at the window's foot: what keyboard focus scrolls to stops above it and
  // the page's end scrolls above it (`--notice-room` in search-page.css), so it never hides a focused control (WCAG
  // 2.4.11). At 400% zoom it covers a third of the window.
  const unmakeRoom = keepHeightIn('--notice-room', notice);
  // What had focus before it came to the notice: clearing takes away the button that has it, and focus left on
  // nothing falls to the page's start, where a screen reader starts over (WCAG 2.4.3).
  let before: HTMLElement | null = null;
  notice.addEventListener('focusin', (event) => {
    if (!notice.contains(event.relatedTarget as Node | null)) before = event.relatedTarget as HTMLElement | null;
  });
  clear.addEventListener('click', () => {
    const hadFocus = notice.contains(document.activeElement);
    for (const mark of marks) mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
    root.normalize();
    notice.remove();
    unmakeRoom();
    if (hadFocus) (before?.isConnected ? before : document.getElementById(PAGE_IDS.main))?.focus({ preventScroll: true });
    announce('Highlights cleared');
  });
}
