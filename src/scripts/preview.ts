/**
 * Link previews (loaded on the first hover or keyboard focus of a link to an
 * essay, a section, a contrast row or a concept): after a short pause a card
 * shows what the link leads to. The card is a tooltip: it never takes focus,
 * Esc or leaving the link closes it, a touch never opens it, and it floats
 * above the page so nothing moves. Its content comes from the page's small
 * preview file (paths.preview) and is built from text nodes.
 */
import type { ConceptPreview, EssayPreview } from '../build/previews.ts';
import { PAGE_IDS, paths } from '../routes.ts';
import { served } from './base.ts';
import { previewTarget } from './preview-target.ts';

const DELAY_MS = 350;
const cache = new Map<string, Promise<EssayPreview | ConceptPreview | undefined>>();
let card: HTMLElement | undefined;
let shownFor: HTMLAnchorElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function data(page: string): Promise<EssayPreview | ConceptPreview | undefined> {
  let found = cache.get(page);
  if (!found) {
    found = fetch(served(paths.preview(page)))
      .then((response) => (response.ok ? (response.json() as Promise<EssayPreview | ConceptPreview>) : undefined))
      .catch(() => undefined);
    cache.set(page, found);
  }
  return found;
}

function line(className: string, text: string, label?: string): HTMLElement {
  const node = document.createElement('p');
  node.className = className;
  if (label) {
    const strong = document.createElement('strong');
    strong.textContent = `${label}: `;
    node.append(strong);
  }
  node.append(document.createTextNode(text));
  return node;
}

/** The card's lines for the link's target: a contrast row, a section, or the page itself. */
function lines(preview: EssayPreview | ConceptPreview, id: string): HTMLElement[] {
  if (preview.kind === 'essay') {
    const contrast = preview.contrasts.find(([rowId]) => rowId === id);
    if (contrast) {
      const [, aspect, leadership, management] = contrast;
      return [
        line('preview-kind', `Contrast · ${preview.title}`),
        line('preview-title', aspect),
        line('preview-side lead', leadership, 'Leadership'),
        line('preview-side manage', management, 'Management'),
      ];
    }
    const section = preview.sections.find(([sectionId]) => sectionId === id);
    if (section)
      return [line('preview-kind', `Section · ${preview.title}`), line('preview-title', section[1]), line('preview-text', section[2])];
  }
  return [
    line('preview-kind', preview.kind === 'essay' ? 'Essay' : 'Concept'),
    line('preview-title', preview.title),
    line('preview-text', preview.description),
  ];
}

function place(link: HTMLAnchorElement, node: HTMLElement): void {
  const rect = link.getBoundingClientRect();
  const width = Math.min(352, window.innerWidth - 16);
  const left = Math.min(Math.max(8, rect.left), window.innerWidth - width - 8);
  const below = window.innerHeight - rect.bottom > node.offsetHeight + 16;
  const top = below ? rect.bottom + 8 : rect.top - node.offsetHeight - 8;
  node.style.width = `${width}px`;
  node.style.transform = `translate(${Math.round(left + window.scrollX)}px, ${Math.round(top + window.scrollY)}px)`;
}

function hidePreview(): void {
  clearTimeout(timer);
  shownFor?.removeAttribute('aria-describedby');
  shownFor = undefined;
  if (card) card.hidden = true;
}

async function show(link: HTMLAnchorElement): Promise<void> {
  const target = previewTarget(link);
  const preview = target && (await data(target.page));
  if (!target || !preview || link !== pending) return;
  card ??= Object.assign(document.createElement('div'), { id: PAGE_IDS.preview, className: 'preview-card', hidden: true });
  card.setAttribute('role', 'tooltip');
  if (!card.isConnected) document.body.append(card);
  card.replaceChildren(...lines(preview, target.id));
  card.hidden = false;
  place(link, card);
  link.setAttribute('aria-describedby', PAGE_IDS.preview);
  shownFor = link;
}

let pending: HTMLAnchorElement | undefined;

/** Schedules a preview of `link`, or hides the current one when `link` is not previewable. */
function previewSoon(link: HTMLAnchorElement | null): void {
  if (link === pending && (shownFor === link || timer)) return;
  hidePreview();
  pending = link && previewTarget(link) ? link : undefined;
  if (!pending) return;
  const current = pending;
  timer = setTimeout(() => {
    timer = undefined;
    void show(current);
  }, DELAY_MS);
}

/** Wires the events that move the preview from link to link; called once, on the first hover or focus. */
export function initPreviews(first: HTMLAnchorElement): void {
  const linkOf = (event: Event): HTMLAnchorElement | null => (event.target as Element | null)?.closest?.('a[href]') ?? null;
  document.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'touch') previewSoon(linkOf(event));
  });
  document.addEventListener('focusin', (event) => {
    const link = linkOf(event);
    if (link?.matches(':focus-visible')) previewSoon(link);
  });
  document.addEventListener('focusout', () => previewSoon(null));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shownFor) hidePreview();
  });
  window.addEventListener('scroll', hidePreview, { passive: true });
  previewSoon(first);
}
