/**
 * Build time: turns the site model into the search index that ships to the
 * browser. Records are short (title, breadcrumb, anchor, snippet); words reach
 * them through postings (term → records, with the field each was found in),
 * sharded by first letter so a query fetches only what it needs; fuse.js gets
 * only each shard's vocabulary of distinct terms, for typo correction.
 */
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js';
import { conceptPhrases } from '../model/concepts.ts';
import type { Concept, Essay } from '../model/schemas.ts';
import { contrastId, slugify, type AspectSlug } from '../model/slug.ts';
import { terms, truncate } from '../model/text.ts';
import { FIELD_WEIGHT, KINDS, SEARCH_CONFIG, STOP_WORDS, type Kind } from './config.ts';
import { encodePostings, frontCode, restoreFuseIndex, shardKey, type CoreIndex, type Shard, type StoredRecord } from './format.ts';

type Weight = (typeof FIELD_WEIGHT)[keyof typeof FIELD_WEIGHT];

interface Draft {
  readonly kind: Kind;
  readonly title: string;
  /** Index of the essay record this one belongs to, or -1. */
  readonly parent: number;
  /** Essay or concept slug, or the anchor id inside the parent essay. */
  readonly path: string;
  readonly snippet: string;
  /** Term → the strongest field it was found in. */
  readonly terms: Map<string, Weight>;
}

const indexable = (text: string): string[] => terms(text).filter((term) => term.length > 1 && !STOP_WORDS.has(term));

function addTerms(target: Map<string, Weight>, text: string, weight: Weight): void {
  for (const term of indexable(text)) if ((target.get(term) ?? 0) < weight) target.set(term, weight);
}

/** The `count` most distinctive of a text's terms by tf-idf, given each term's idf. */
function distinctive(textTerms: readonly string[], count: number, idf: ReadonlyMap<string, number>): string[] {
  const tf = new Map<string, number>();
  for (const term of textTerms) tf.set(term, (tf.get(term) ?? 0) + 1);
  return [...tf]
    .map(([term, n]) => [term, n * (idf.get(term) ?? 0)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([term]) => term);
}

/** How much body text is indexed (defaults from SEARCH_CONFIG; the benchmark varies them). */
export interface IndexOptions {
  readonly bodyTermsPerSection: number;
  readonly bodyTermsPerIntro: number;
}

/** Records for every essay, section, contrast and concept, in a stable order. */
export function searchRecords(essays: readonly Essay[], concepts: readonly Concept[], options: IndexOptions = SEARCH_CONFIG): Draft[] {
  // Each body is folded once: its terms serve both document frequency and tf-idf.
  const bodyTerms = new Map<string, string[]>();
  for (const essay of essays) for (const body of [essay.intro, ...essay.sections.map((section) => section.text)]) bodyTerms.set(body, indexable(body));
  const df = new Map<string, number>();
  for (const list of bodyTerms.values()) for (const term of new Set(list)) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map([...df].map(([term, count]) => [term, Math.log(1 + bodyTerms.size / count)]));
  const top = (body: string, count: number): string => distinctive(bodyTerms.get(body) ?? [], count, idf).join(' ');

  const drafts: Draft[] = [];
  for (const essay of essays) {
    const parent = drafts.length;
    const essayTerms = new Map<string, Weight>();
    addTerms(essayTerms, essay.title, FIELD_WEIGHT.title);
    addTerms(essayTerms, `${essay.description} ${essay.tags.join(' ')}`, FIELD_WEIGHT.summary);
    addTerms(essayTerms, top(essay.intro, options.bodyTermsPerIntro), FIELD_WEIGHT.body);
    drafts.push({ kind: 'essay', title: essay.title, parent: -1, path: essay.slug, snippet: essay.description, terms: essayTerms });
    for (const section of essay.sections) {
      const sectionTerms = new Map<string, Weight>();
      addTerms(sectionTerms, section.heading, FIELD_WEIGHT.title);
      addTerms(sectionTerms, top(section.text, options.bodyTermsPerSection), FIELD_WEIGHT.body);
      drafts.push({ kind: 'section', title: section.heading, parent, path: section.id, snippet: '', terms: sectionTerms });
    }
    for (const contrast of essay.contrasts) {
      const contrastTerms = new Map<string, Weight>();
      addTerms(contrastTerms, contrast.aspect, FIELD_WEIGHT.title);
      addTerms(contrastTerms, `${contrast.leadershipText} ${contrast.managementText}`, FIELD_WEIGHT.summary);
      drafts.push({
        kind: 'contrast',
        title: contrast.aspect,
        parent,
        path: contrastId(contrast.aspectSlug as AspectSlug),
        snippet: `${contrast.leadershipText}\n${contrast.managementText}`,
        terms: contrastTerms,
      });
    }
  }
  for (const concept of concepts) {
    const conceptTerms = new Map<string, Weight>();
    addTerms(conceptTerms, [concept.title, ...concept.aliases].join(' '), FIELD_WEIGHT.title);
    addTerms(conceptTerms, concept.text, FIELD_WEIGHT.summary);
    drafts.push({ kind: 'concept', title: concept.title, parent: -1, path: concept.slug, snippet: truncate(concept.text, 140), terms: conceptTerms });
  }
  return drafts;
}

/**
 * The prebuilt fuse.js index of a shard is exactly restorable from its terms
 * (see `restoreFuseIndex`), so only the terms are stored. Each index record
 * depends on its own term alone, and only on the term being one token; that
 * is checked for every term, and the whole format against fuse.js itself on
 * a sample, so a change in fuse.js fails the build rather than the reader.
 */
function assertCompactFuseIndex(key: string, vocabulary: readonly string[]): void {
  const sample = vocabulary.slice(0, 64);
  const singleTokens = vocabulary.every((term) => /^\S+$/.test(term));
  if (!singleTokens || JSON.stringify(Fuse.createIndex([], sample).toJSON()) !== JSON.stringify(restoreFuseIndex(sample))) {
    throw new Error(`The fuse.js index of shard "${key}" cannot be stored compactly; its format changed.`);
  }
}

/** The built index: the core file and one shard per first letter. */
export interface BuiltIndex {
  readonly core: CoreIndex;
  readonly shards: readonly Shard[];
}

/** The anchor the engine rebuilds from a title; stored paths equal to it are left out. */
export function derivedPath(kind: Kind, title: string): string | undefined {
  if (kind === 'section') return slugify(title) || undefined;
  if (kind === 'contrast') return `contrast-${slugify(title)}`;
  return undefined;
}

export function buildSearchIndex(essays: readonly Essay[], concepts: readonly Concept[], options: IndexOptions = SEARCH_CONFIG): BuiltIndex {
  const drafts = searchRecords(essays, concepts, options);
  const byTerm = new Map<string, Array<[number, number]>>();
  drafts.forEach((draft, record) => {
    for (const [term, weight] of draft.terms) {
      const list = byTerm.get(term) ?? [];
      list.push([record, weight]);
      byTerm.set(term, list);
    }
  });
  const byShard = new Map<string, string[]>();
  for (const term of [...byTerm.keys()].sort()) {
    const key = shardKey(term);
    const shard = byShard.get(key);
    if (shard) shard.push(term);
    else byShard.set(key, [term]);
  }
  const records: StoredRecord[] = drafts.map((draft) => [
    KINDS.indexOf(draft.kind),
    draft.title,
    draft.parent,
    derivedPath(draft.kind, draft.title) === draft.path ? '' : draft.path,
    draft.snippet,
  ]);
  const synonyms = concepts.flatMap((concept) => {
    const [title, ...aliases] = conceptPhrases(concept);
    return title ? aliases.map((alias): [string, string] => [alias.join(' '), title.join(' ')]) : [];
  });
  const shardBodies = [...byShard].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, vocabulary]) => {
    assertCompactFuseIndex(key, vocabulary);
    return { key, terms: frontCode(vocabulary), postings: vocabulary.map((term) => encodePostings(byTerm.get(term) ?? [])) };
  });
  const build = createHash('sha256').update(JSON.stringify([records, synonyms, shardBodies])).digest('hex').slice(0, 10);
  return {
    core: { v: SEARCH_CONFIG.version, build, records, shards: shardBodies.map((shard) => shard.key), synonyms },
    shards: shardBodies.map((shard) => ({ v: SEARCH_CONFIG.version, build, ...shard })),
  };
}
