/**
 * Page-side access to the collections, in the site's order. Pages ask here
 * instead of calling getCollection themselves, so ordering lives in one place.
 */
import { getCollection, getEntry } from 'astro:content';
import type { AspectSettings } from '../model/aspects.ts';
import { ContentError } from '../model/errors.ts';
import type { Concept, Essay } from '../model/schemas.ts';
import { groupByAspect, type AspectGroup } from './aspect-groups.ts';
import { mentionsByConcept, type Mention } from './mentions.ts';
import { compareConcepts, compareEssays } from './order.ts';

export async function getEssays(): Promise<Essay[]> {
  return (await getCollection('essays')).map((entry) => entry.data).sort(compareEssays);
}

export async function getConcepts(): Promise<Concept[]> {
  return (await getCollection('concepts')).map((entry) => entry.data).sort(compareConcepts);
}

/** Slugs of the concepts that have a page, for linking tags. */
export async function getConceptSlugs(): Promise<Set<string>> {
  return new Set((await getConcepts()).map((concept) => concept.slug));
}

/** The home page introduction (`content/home.md`), if the corpus has one. */
export async function getIntroHtml(): Promise<string | undefined> {
  return (await getEntry('site', 'site'))?.data.intro;
}

/** Display names and old slugs from `aspects.yml`. */
export async function getAspectSettings(): Promise<AspectSettings> {
  return (await getEntry('site', 'site'))?.data.aspects ?? {};
}

/** Every aspect with its contrasts from every essay, most argued first. */
export async function getAspectGroups(): Promise<AspectGroup[]> {
  return groupByAspect(await getEssays(), await getAspectSettings());
}

/**
 * What `astro dev` found wrong with the content, as the error its overlay
 * shows: every problem (the build's own text), the first one's file and line
 * as the location, and a hint. A build stops on these before any page.
 */
export async function getContentError(): Promise<ContentError | undefined> {
  const problems = (await getEntry('site', 'site'))?.data.problems ?? [];
  if (problems.length === 0) return undefined;
  const [first] = problems;
  // `loc`, `hint` and `title` are the fields Astro's error overlay reads; a relative `loc.file` is taken from the project root.
  return Object.assign(new ContentError(problems), {
    title: 'The content has a problem',
    hint: 'Save the fixed file: this page reloads by itself.',
    loc: { file: first!.file, line: first!.line, column: first!.line && 1 },
  });
}

/** `compute()` once per build, and again in `astro dev` whenever the content changes. */
export function oncePerContent<T>(compute: () => Promise<T>): () => Promise<T> {
  let memo: { version: string | undefined; value: Promise<T> } | undefined;
  return async () => {
    const version = (await getEntry('site', 'site'))?.data.version;
    if (!memo || memo.version !== version) memo = { version, value: compute() };
    return memo.value;
  };
}

/** Where each concept is mentioned, for all concept pages. */
export const getConceptMentions = oncePerContent(async (): Promise<Map<string, Mention[]>> => {
  const concepts = await getConcepts();
  const found = mentionsByConcept(concepts, await getEssays());
  return new Map(concepts.map((concept, index) => [concept.slug, found[index] ?? []]));
});
