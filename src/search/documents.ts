/**
 * The site model as search sees it: documents (an essay, a concept), each a
 * list of records (the document itself, its sections, its contrasts), each
 * record with the text of its fields and what a result shows of it.
 */
import type { Concept, Essay } from '../model/schemas.ts';
import { terms } from '../model/text.ts';
import { contrastId } from '../routes.ts';
import { KINDS, type Field, type Kind } from './config.ts';
import type { FragmentDocument, StoredRecord } from './format.ts';

export interface IndexRecord {
  readonly kind: Kind;
  /** The text of each field, indexed word by word. */
  readonly fields: Readonly<Record<Field, string>>;
  /** The names the record goes by (a concept has its aliases too); their words get the title focus. */
  readonly names: readonly string[];
  /** What a result shows: title, anchor, the text its excerpt comes from. */
  readonly stored: StoredRecord;
}

export interface IndexDocument {
  readonly slug: string;
  readonly kind: 'essay' | 'concept';
  readonly records: readonly IndexRecord[];
}

const code = (kind: Kind): number => KINDS.indexOf(kind);

/**
 * The names a contrast goes by: its aspect as the essay writes it, and the
 * name the site shows its aspect under (`aspectNames`, by slug) when that
 * says something else. A row written `Gamble` of an aspect renamed `Risk
 * appetite` is shown under that name on /compare/ and on its share page, so
 * a search for it must find the row too.
 */
function contrastNames(aspect: string, aspectSlug: string, aspectNames: ReadonlyMap<string, string>): string[] {
  const shown = aspectNames.get(aspectSlug);
  return shown && terms(shown).join(' ') !== terms(aspect).join(' ') ? [aspect, shown] : [aspect];
}

function essayDocument(essay: Essay, aspectNames: ReadonlyMap<string, string>): IndexDocument {
  const sources = essay.sources.map((source) => [source.title, source.author ?? '', source.venue ?? ''].join(' ')).join(' ');
  const records: IndexRecord[] = [
    {
      kind: 'essay',
      fields: {
        title: essay.title,
        // The author too: the page shows "By …" under the title, so a reader may search for the name.
        summary: [essay.description, essay.author ?? '', essay.tags.join(' '), sources].join(' '),
        body: `${essay.intro} ${essay.notes}`,
      },
      names: [essay.title],
      stored: [code('essay'), essay.title, '', [essay.lede, essay.intro, essay.notes].filter(Boolean).join('\n')],
    },
    ...essay.sections.map((section): IndexRecord => ({
      kind: 'section',
      fields: { title: section.heading, summary: '', body: section.text },
      names: [section.heading],
      stored: [code('section'), section.heading, section.id, section.text],
    })),
    ...essay.contrasts.map((contrast): IndexRecord => {
      const names = contrastNames(contrast.aspect, contrast.aspectSlug, aspectNames);
      return {
        kind: 'contrast',
        fields: { title: names.join(' '), summary: `${contrast.leadershipText} ${contrast.managementText}`, body: '' },
        names,
        stored: [code('contrast'), contrast.aspect, contrastId(contrast.aspectSlug), contrast.leadershipText, contrast.managementText],
      };
    }),
  ];
  return { slug: essay.slug, kind: 'essay', records };
}

function conceptDocument(concept: Concept): IndexDocument {
  const record: IndexRecord = {
    kind: 'concept',
    fields: { title: [concept.title, ...concept.aliases].join(' '), summary: concept.text, body: '' },
    names: [concept.title, ...concept.aliases],
    stored: [code('concept'), concept.title, '', concept.text, concept.aliases.join(', ')],
  };
  return { slug: concept.slug, kind: 'concept', records: [record] };
}

/**
 * Every essay, then every concept, in the site's order: record numbers
 * follow it. `aspectNames` holds the name each aspect is shown under, by
 * slug (default: none, each contrast goes by what its essay writes).
 */
export function indexDocuments(
  essays: readonly Essay[],
  concepts: readonly Concept[],
  aspectNames: ReadonlyMap<string, string> = new Map(),
): IndexDocument[] {
  return [...essays.map((essay) => essayDocument(essay, aspectNames)), ...concepts.map(conceptDocument)];
}

/** A document's records from `from` up to `to`: the whole of it, or one part of a long essay (see `fragmentGroups`). */
export interface DocumentPart {
  readonly document: IndexDocument;
  readonly from: number;
  readonly to: number;
}

/** What a fragment file stores of a document's part; a part after the first carries the title its first record holds. */
export function fragmentDocument({ document, from, to }: DocumentPart): FragmentDocument {
  const records = document.records.slice(from, to).map((record) => record.stored);
  return { slug: document.slug, ...(from > 0 ? { title: document.records[0]!.stored[1] } : {}), records };
}
