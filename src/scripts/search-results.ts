/**
 * Lays out ranked results for the dialog and the results page: one group per
 * essay, a concept on its own. Every result gets a placeholder of its final
 * size at once; a group's details (one fragment file) are fetched only when
 * it scrolls into view, so a first screen costs a couple of small requests.
 */
import type { SearchEngine, SearchResult } from '../search/engine.ts';
import type { HitGroup } from './search-groups.ts';
import { element } from './search-render.ts';

/** One result's element, and how to fill it once its details arrive. */
export interface Slot {
  readonly element: HTMLElement;
  fill(result: SearchResult): void;
}

export interface ResultLayout {
  /** The element that scrolls the results (null: the page). */
  readonly scroller: HTMLElement | null;
  /** Role of a group element (`group` inside a listbox), if any. */
  readonly groupRole?: string;
  /** Tag of a group's title. */
  readonly titleTag: 'p' | 'h2';
  slot(index: number): Slot;
  /** Under a group whose essay matches in more places than it shows, a way to them all (the results page). */
  more?(): MoreLink;
}

/** The element under a group that leads to every match in its essay, and how to point it there once the group's details arrive. */
export interface MoreLink {
  readonly element: HTMLElement;
  fill(results: readonly SearchResult[]): void;
}

/** Renders `groups` into `list` and returns a function that stops filling them. */
export function layoutResults(list: HTMLElement, groups: readonly HitGroup[], engine: SearchEngine, layout: ResultLayout): () => void {
  let index = 0;
  const pending = new Map<Element, () => void>();
  // A group's details load once it is on screen: half of it, or enough to read (a tall group may never be half in view).
  const onScreen = (entry: IntersectionObserverEntry): boolean =>
    entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= (entry.rootBounds?.height ?? Infinity) * 0.4;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!onScreen(entry)) continue;
        observer.unobserve(entry.target);
        pending.get(entry.target)?.();
        pending.delete(entry.target);
      }
    },
    { root: layout.scroller, threshold: [0, 0.25, 0.5, 0.75, 1] },
  );
  const items = groups.map((group, g) => {
    const slots = group.hits.map(() => layout.slot(index++));
    const isConcept = engine.isConcept(group.doc);
    let container: HTMLElement;
    let title: HTMLElement | undefined;
    if (isConcept) {
      container = slots[0]!.element;
    } else {
      container = element('li', 'result-group');
      title = element(layout.titleTag, 'result-group-title');
      title.id = `_result-group-${g}`;
      // The group is busy, not its title: inside a listbox only options and groups may carry ARIA.
      container.setAttribute('aria-busy', 'true');
      const inner = element('ul', 'result-group-items');
      inner.setAttribute('role', 'none');
      inner.append(...slots.map((slot) => slot.element));
      if (layout.groupRole) container.setAttribute('role', layout.groupRole);
      container.setAttribute('aria-labelledby', title.id);
      container.append(title, inner);
    }
    const more = group.more && !isConcept ? layout.more?.() : undefined;
    if (more) container.append(more.element);
    pending.set(container, () => {
      void Promise.all(group.hits.map((hit) => engine.resolve(hit))).then((results) => {
        if (title) {
          title.textContent = results[0]?.parent ?? results[0]?.title ?? '';
          container.removeAttribute('aria-busy');
        }
        results.forEach((result, i) => slots[i]!.fill(result));
        more?.fill(results);
      });
    });
    observer.observe(container);
    return container;
  });
  list.replaceChildren(...items);
  return () => observer.disconnect();
}
