/**
 * The cite control (loaded on first use): a dialog with the citations of an
 * essay or a contrast (citation.ts), each with a Copy button that says
 * "Copied". Where the clipboard is refused, the text is selected in its field
 * to copy by hand. Everything is built from text nodes.
 */
import { speak } from './announce.ts';
import { quoted } from '../model/format.ts';
import { contrastCitations, essayCitations, italicParts, type Citation } from './citation.ts';

let dialog: HTMLDialogElement | undefined;
/** The dialog's own live region: while a modal dialog is open, the page's is out of reach. */
let status: HTMLElement | undefined;

/** Speaks through the dialog's own region (see `speak`). */
const announce = (message: string): void => {
  if (status) speak(status, message);
};

/** The page's canonical address: citations carry the site's public URL, not the one the reader happens to use. */
function absolute(href: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? window.location.href;
  return new URL(href, canonical).href;
}

const siteName = (): string => document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? document.title;

function citationsOf(button: HTMLElement): { heading: string; citations: Citation[] } {
  const data = button.dataset;
  if (data.cite === 'essay') {
    const essay = {
      title: data.citeTitle ?? '',
      author: data.citeAuthor,
      date: data.citeDate,
      updated: data.citeUpdated,
      slug: data.citeSlug ?? 'essay',
      url: absolute(data.citeHref ?? ''),
      site: siteName(),
    };
    return { heading: `Cite ${quoted(essay.title)}`, citations: essayCitations(essay) };
  }
  const contrast = {
    aspect: data.citeAspect ?? '',
    essayTitle: data.citeEssay ?? '',
    author: data.citeAuthor,
    date: data.citeDate,
    updated: data.citeUpdated,
    leadership: data.citeLeadership ?? '',
    management: data.citeManagement ?? '',
    url: absolute(data.citeHref ?? ''),
    site: siteName(),
  };
  return { heading: `Cite ${contrast.aspect} in ${quoted(contrast.essayTitle)}`, citations: contrastCitations(contrast) };
}

/**
 * Puts a citation on the clipboard: as plain text, and where part of it is
 * italic (APA's title) also as HTML, so a word processor keeps the italics.
 * The HTML is serialised from text nodes, so the citation's text stays text.
 */
async function write(citation: Citation): Promise<void> {
  const [before, italic, after] = italicParts(citation);
  if (!italic || typeof ClipboardItem !== 'function') return navigator.clipboard.writeText(citation.text);
  const title = document.createElement('i');
  title.textContent = italic;
  const html = document.createElement('p');
  html.append(before, title, after);
  const blob = (type: string, text: string) => new Blob([text], { type });
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/plain': blob('text/plain', citation.text), 'text/html': blob('text/html', html.innerHTML) }),
  ]);
}

async function copy(citation: Citation, field: HTMLTextAreaElement, button: HTMLButtonElement): Promise<void> {
  try {
    await write(citation);
    button.textContent = 'Copied';
    announce('Citation copied');
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  } catch {
    field.focus();
    field.select();
    // Focus scrolls a field to its caret, which may be at the end: the whole citation is selected, so show where it starts.
    field.scrollTop = 0;
    announce('Copying is blocked here: the citation is selected, press Ctrl+C or ⌘C to copy it');
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function format(citation: Citation, index: number): HTMLElement {
  const block = element('div', 'cite-format');
  const label = element('label', 'cite-label', citation.label);
  const field = element('textarea', 'cite-text');
  field.id = `_cite-${index}`;
  label.htmlFor = field.id;
  field.readOnly = true;
  field.rows = Math.min(8, citation.text.split('\n').length + 1);
  field.value = citation.text;
  // Setting the value puts the caret at the end, and a focused field scrolls to its caret: keep it at the start.
  field.setSelectionRange(0, 0);
  const button = element('button', 'small-button', 'Copy');
  button.type = 'button';
  button.setAttribute('aria-label', `Copy the ${citation.label} citation`);
  button.addEventListener('click', () => void copy(citation, field, button));
  block.append(label, field, button);
  return block;
}

/** Opens the cite dialog for a `[data-cite]` control. */
export function openCite(button: HTMLElement): void {
  if (!dialog) {
    dialog = element('dialog', 'cite-dialog');
    dialog.setAttribute('aria-labelledby', '_cite-title');
    document.body.append(dialog);
  }
  const { heading, citations } = citationsOf(button);
  const title = element('h2', 'cite-title', heading);
  title.id = '_cite-title';
  const close = element('button', 'small-button cite-close', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => dialog?.close());
  status = element('p', 'cite-status');
  status.setAttribute('role', 'status');
  const blocks = citations.map(format);
  // Open on the first Copy button: showModal focuses an autofocus element, else the first field, which scrolled to its caret.
  const first = blocks[0]?.querySelector('button');
  if (first) first.autofocus = true;
  dialog.replaceChildren(title, ...blocks, status, close);
  dialog.showModal();
}
