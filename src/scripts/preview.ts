/**
 * Link previews (loaded on the first hover or keyboard focus of a link to an
 * essay, a section, a contrast row or a concept): after a short pause a card
 * shows what the link leads to. The card is a tooltip: it never takes focus,
 * Esc closes it (or stops it while it waits), leaving the link closes it (the
 * pointer may move onto the card and rest there), a touch never opens it, and
 * it floats above the page so nothing moves. Its content comes from the
 * page's small preview file (paths.preview), and for a section or row of a
 * long essay from the one part that holds it (paths.previewPart), and is
 * built from text nodes.
 */
import type { ConceptPreview, EssayPreview, EssayPreviewPart } from '../build/previews.ts';
import { PAGE_IDS, paths, previewPartOf } from '../routes.ts';
import { served } from './base.ts';
import { previewTarget, type PreviewTarget } from './preview-target.ts';

const DELAY_MS = 350;
/** How long a card stays once the pointer has left its link and the card: time to cross the gap between them. */
const GRACE_MS = 300;
const cache = new Map<string, Promise<unknown>>();
let card: HTMLElement | undefined;

/** What opened a card: the pointer resting on its link, or the keyboard's focus on it. */
type Trigger = 'pointer' | 'focus';
/** The link whose card is shown or on its way, and what asked for it. */
let current: { readonly link: HTMLAnchorElement; readonly by: Trigger } | undefined;
let opening: ReturnType<typeof setTimeout> | undefined;
/** The link whose card Esc closed or stopped: it opens none until the pointer or focus comes to it again. */
let dismissed: HTMLAnchorElement | undefined;
let closing: ReturnType<typeof setTimeout> | undefined;

/** A preview file's JSON, fetched once. */
function file<T>(path: string): Promise<T | undefined> {
  let found = cache.get(path);
  if (!found) {
    found = fetch(served(path))
      .then((response) => (response.ok ? (response.json() as Promise<T>) : undefined))
      .catch(() => undefined);
    cache.set(path, found);
  }
  return found as Promise<T | undefined>;
}

/** What the card needs of the target: its page's preview, with the sections and rows of the part holding its id for a long essay. */
async function data({ page, id }: PreviewTarget): Promise<EssayPreview | ConceptPreview | undefined> {
  const preview = await file<EssayPreview | ConceptPreview>(paths.preview(page));
  if (preview?.kind !== 'essay' || !preview.parts || !id) return preview;
  const row = preview.aliases?.find(([old]) => old === id)?.[1] ?? id;
  const part = await file<EssayPreviewPart>(paths.previewPart(page, previewPartOf(row, preview.parts)));
  return part ? { ...preview, ...part } : preview;
}

/**
 * A line of the card, after its English label if it has one. Text after a
 * label sits apart in its own direction (`dir="auto"`): an Arabic title in
 * `Contrast · <title>` keeps its own order.
 */
function line(className: string, text: string, label?: string, labelTag: 'strong' | 'span' = 'strong'): HTMLElement {
  const node = document.createElement('p');
  node.className = className;
  if (!label) {
    node.append(document.createTextNode(text));
    return node;
  }
  const own = Object.assign(document.createElement('span'), { dir: 'auto', textContent: text });
  node.append(Object.assign(document.createElement(labelTag), { textContent: label }), own);
  return node;
}

/** The card's lines for the link's target: a contrast row (by its id now or an old one), a section, or the page itself. */
function lines(preview: EssayPreview | ConceptPreview, id: string): HTMLElement[] {
  if (preview.kind === 'essay') {
    const row = preview.aliases?.find(([old]) => old === id)?.[1] ?? id;
    const contrast = preview.contrasts.find(([rowId]) => rowId === row);
    if (contrast) {
      const [, aspect, leadership, management] = contrast;
      return [
        line('preview-kind', preview.title, 'Contrast · ', 'span'),
        line('preview-title', aspect),
        line('preview-side lead', leadership, 'Leadership: '),
        line('preview-side manage', management, 'Management: '),
      ];
    }
    const section = preview.sections.find(([sectionId]) => sectionId === id);
    if (section)
      return [
        line('preview-kind', preview.title, 'Section · ', 'span'),
        line('preview-title', section[1]),
        line('preview-text', section[2]),
      ];
  }
  return [
    line('preview-kind', preview.kind === 'essay' ? 'Essay' : 'Concept'),
    line('preview-title', preview.title),
    line('preview-text', preview.description),
  ];
}

/** Space kept between the card and its link, and between the card and the window's edges. */
const GAP = 8;

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, max));

/** Below this much room on either side of its link, a card would show too little to be worth covering the page. */
const MIN_ROOM = 48;

/**
 * Puts the card below its link where it fits, else on the side with more
 * room, and always inside the window. It never covers its link, which keeps
 * a focused link in sight (WCAG 2.4.11,
 * https://www.w3.org/WAI/WCAG22/Understanding/focus-not-obscured-minimum):
 * where it fits on neither side, as at 400% zoom, it is cut to the room on
 * the larger one; its text is clamped to a few lines (share.css), and the
 * link's description stays whole for a screen reader. Returns false where
 * there is no room for a card at all.
 */
function place(link: HTMLAnchorElement, node: HTMLElement): boolean {
  const rect = link.getBoundingClientRect();
  // The window without its scroll bars.
  const { clientWidth, clientHeight } = document.documentElement;
  const width = Math.min(352, clientWidth - 2 * GAP);
  // The width first: the height follows from it.
  node.style.width = `${width}px`;
  node.style.maxHeight = '';
  node.classList.remove('preview-cut');
  const below = clientHeight - rect.bottom - 2 * GAP;
  const above = rect.top - 2 * GAP;
  const underneath = node.offsetHeight <= below || below >= above;
  const room = underneath ? below : above;
  if (room < MIN_ROOM) return false;
  const cut = node.offsetHeight > room;
  node.style.maxHeight = cut ? `${room}px` : '';
  node.classList.toggle('preview-cut', cut);
  const height = node.offsetHeight;
  const top = underneath ? rect.bottom + GAP : rect.top - GAP - height;
  const x = clamp(rect.left, GAP, clientWidth - width - GAP) + window.scrollX;
  const y = clamp(top, GAP, clientHeight - height - GAP) + window.scrollY;
  node.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  return true;
}

function hidePreview(): void {
  clearTimeout(opening);
  clearTimeout(closing);
  current?.link.removeAttribute('aria-describedby');
  current = undefined;
  if (card) card.hidden = true;
}

async function show(link: HTMLAnchorElement): Promise<void> {
  const target = previewTarget(link);
  const preview = target && (await data(target));
  if (!target || !preview || link !== current?.link) return;
  card ??= Object.assign(document.createElement('div'), { id: PAGE_IDS.preview, className: 'preview-card', hidden: true });
  card.setAttribute('role', 'tooltip');
  if (!card.isConnected) document.body.append(card);
  card.replaceChildren(...lines(preview, target.id));
  card.hidden = false;
  if (!place(link, card)) {
    card.hidden = true;
    return;
  }
  link.setAttribute('aria-describedby', PAGE_IDS.preview);
}

/** Schedules a preview of `link`, unless it is the one already shown or on its way, or Esc dismissed it. */
function previewSoon(link: HTMLAnchorElement, by: Trigger): void {
  clearTimeout(closing);
  if (link === current?.link || link === dismissed) return;
  hidePreview();
  current = { link, by };
  opening = setTimeout(() => void show(link), DELAY_MS);
}

/**
 * The pointer or focus has left what it opened: focus closes the card at
 * once, the pointer after a grace delay in which it may reach the card, which
 * then stays while the pointer rests on it (WCAG 1.4.13, "hoverable":
 * https://www.w3.org/WAI/WCAG22/Understanding/content-on-hover-or-focus).
 */
function leave(by: Trigger): void {
  if (current?.by !== by) return;
  clearTimeout(closing);
  if (by === 'focus' || card?.hidden !== false) hidePreview();
  else closing = setTimeout(hidePreview, GRACE_MS);
}

/** The pointer or focus has come to `link`, or to something that is not a link with a preview. */
function moveTo(link: HTMLAnchorElement | undefined, by: Trigger): void {
  // Moved on from the link Esc dismissed, they open its card again when they come back to it.
  if (link !== dismissed) dismissed = undefined;
  if (link) previewSoon(link, by);
  else if (by === 'pointer') leave(by);
}

/**
 * Scrolling closes a card that is shown, which would float away from its
 * link. A card still to open is kept: Tab scrolls the link it lands on into
 * view, and its card places itself once open.
 */
function scrolled(): void {
  if (card?.hidden === false) hidePreview();
}

/**
 * Wires the events that move the preview from link to link; called once, when
 * this code has loaded after the first hover or focus. `escaped`: Esc was
 * pressed while it loaded.
 */
export function initPreviews(first: HTMLAnchorElement, by: Trigger, escaped: boolean): void {
  const previewable = (event: Event): HTMLAnchorElement | undefined => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]');
    return link && previewTarget(link) ? link : undefined;
  };
  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    if (card?.contains(event.target as Node)) clearTimeout(closing);
    else moveTo(previewable(event), 'pointer');
  });
  document.addEventListener('focusin', (event) => {
    const keyboard = (event.target as Element | null)?.matches?.(':focus-visible') === true;
    const link = keyboard ? previewable(event) : undefined;
    moveTo(link, 'focus');
    // Keyboard focus gone on to anything else closes even a card the resting pointer opened: it may cover what has focus now (WCAG 2.4.11).
    if (keyboard && !link && current) hidePreview();
  });
  document.addEventListener('focusout', () => leave('focus'));
  // On a device with both, a tap outside closes a card the mouse opened: touch never hovers away from it.
  document.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'touch' && current && !card?.contains(event.target as Node)) hidePreview();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !current) return;
    dismissed = current.link;
    hidePreview();
  });
  window.addEventListener('scroll', scrolled, { passive: true });
  // The pointer or focus may have left the first link, or Esc dismissed it, while this code loaded.
  if (escaped) dismissed = first;
  else if (first.matches(by === 'pointer' ? ':hover' : ':focus-visible')) previewSoon(first, by);
}
