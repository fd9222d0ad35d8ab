/**
 * Page-side access to the collections, in the site's order. Pages ask here
 * instead of calling getCollection themselves, so ordering lives in one place.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import { siteConfig } from '../site.config.ts';
import type { AspectSettings } from '../model/aspects.ts';
import { ContentError } from '../model/errors.ts';
import type { Concept, Essay, StoredEssay } from '../model/schemas.ts';
import type { ImageMetadata } from 'astro';
import { groupByAspect, type AspectGroup } from './aspect-groups.ts';
import { Kept } from './kept.ts';
import { withImages } from './images.ts';
import { mentionsByConcept, type Mention } from './mentions.ts';
import { cutBody } from './section-text.ts';
import { compareConcepts, compareEssays } from './order.ts';

type Stored<T extends { images: readonly string[] }> = Omit<T, 'images'> & { readonly images: readonly ImageMetadata[] };

/**
 * An essay as pages show it: the images beside its file processed, in its
 * body and its contrast cells, and its sections' text read back from the body
 * the first time a page asks for it (an essay's own page never does).
 */
async function essayWithImages(stored: Stored<StoredEssay>): Promise<Essay> {
  const { images } = stored;
  const html = (value: string): Promise<string> => withImages(value, images);
  const essay = {
    ...stored,
    body: await Promise.all(stored.body.map(async (block) => (block.type === 'html' ? { ...block, html: await html(block.html) } : block))),
    contrasts: await Promise.all(
      stored.contrasts.map(async (row) => ({ ...row, leadership: await html(row.leadership), management: await html(row.management) })),
    ),
    images: images.map((image) => image.src),
  };
  let cut: ReturnType<typeof cutBody> | undefined;
  const read = (): ReturnType<typeof cutBody> => (cut ??= cutBody(stored.body));
  return Object.defineProperties(essay, {
    sections: { enumerable: true, get: () => read().sections },
    notes: { enumerable: true, get: () => read().notes },
  }) as Essay;
}

/**
 * A collection's entries, or none without asking Astro when the content has
 * none: concepts are optional, and Astro warns of every empty collection
 * it is asked for, which a new author would take for a fault.
 */
async function entriesOf<C extends 'essays' | 'concepts'>(collection: C) {
  const counts = (await getEntry('site', 'site'))?.data.counts;
  return counts?.[collection] === 0 ? [] : getCollection(collection);
}

const essays = oncePerContent(async () =>
  (await Promise.all((await entriesOf('essays')).map((entry) => essayWithImages(entry.data)))).sort(compareEssays),
);

const concepts = oncePerContent(async () => {
  const stored = (await entriesOf('concepts')).map((entry) => entry.data);
  const withHtml = await Promise.all(
    stored.map(async (concept) => ({
      ...concept,
      html: await withImages(concept.html, concept.images),
      images: concept.images.map((image) => image.src),
    })),
  );
  return withHtml.sort(compareConcepts);
});

/** Every essay, in the site's order (a new array each time; the essays are shared). */
export async function getEssays(): Promise<Essay[]> {
  return [...(await essays())];
}

export async function getConcepts(): Promise<Concept[]> {
  return [...(await concepts())];
}

/** The title of each concept that has a page, by slug, for linking tags. */
export async function getConceptNames(): Promise<Map<string, string>> {
  return new Map((await getConcepts()).map((concept) => [concept.slug, concept.title]));
}

/** The home page introduction (`content/home.md`), if the corpus has one. */
export async function getIntroHtml(): Promise<string | undefined> {
  const site = (await getEntry('site', 'site'))?.data;
  return site?.intro && withImages(site.intro, site.introImages ?? []);
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
  const error = new ContentError(problems);
  return Object.assign(error, {
    // Astro prints a page's error twice, its stack and then the message with the hint: a stack of one line keeps the problems to one copy.
    stack: `${error.name}: ${error.message.split('\n', 1)[0]!}`,
    title: 'The content has a problem',
    hint: 'Save the fixed file: this page reloads by itself.',
    loc: { file: first!.file, line: first!.line, column: first!.line && 1 },
  });
}

/** `compute()` once per build, and again in `astro dev` whenever the content changes. */
function oncePerContent<T>(compute: () => Promise<T>): () => Promise<T> {
  let memo: { version: string | undefined; value: Promise<T> } | undefined;
  return async () => {
    const version = (await getEntry('site', 'site'))?.data.version;
    if (!memo || memo.version !== version) memo = { version, value: compute() };
    return memo.value;
  };
}

/**
 * A key for Astro's incremental build (`cacheKey` in getStaticPaths): it
 * changes with anything a page reads from the content, which is every
 * essay, concept and site entry as stored (their processed images' hashed
 * addresses included) and the site settings. Astro adds the page's own code.
 * One key for all pages: any content change renders every page again, as
 * pages show each other's titles, contrasts and links.
 */
const pageCacheKey = oncePerContent(async (): Promise<string> => {
  const hash = createHash('sha256').update(JSON.stringify(siteConfig));
  for (const collection of ['essays', 'concepts'] as const) {
    for (const entry of await entriesOf(collection)) hash.update(JSON.stringify(entry.data));
  }
  // Not the site entry's `version`: it changes with the code under src/ (in dev, with every process; src/build/compile-cache.ts), and Astro already renders a page again when its own code changes.
  hash.update(JSON.stringify({ ...(await getEntry('site', 'site'))?.data, version: undefined }));
  return hash.digest('base64url');
});

/** A cache key for a file whose whole content is `text`. */
export const digest = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** getStaticPaths' paths, each with the key that lets Astro reuse its page from the last build (see `pageCacheKey`). */
export async function reusable<T extends object>(paths: T[]): Promise<Array<T & { cacheKey?: string }>> {
  // `astro dev` renders on request and reuses nothing: no need to hash the content at every edit.
  if (import.meta.env.DEV) return paths;
  const cacheKey = await pageCacheKey();
  return paths.map((path) => ({ ...path, cacheKey }));
}

/**
 * getStaticPaths' paths for a page that shows nothing of the content but its
 * props (a share page: its aspect's rows and settings), each keyed by its
 * props and the site settings alone, so that an edit anywhere else in the
 * content reuses it. Astro adds the page's own code. A prop that is an object
 * is hashed once, however many pages share it (an aspect's group).
 */
export async function reusableByProps<T extends { props: Record<string, unknown> }>(paths: T[]): Promise<Array<T & { cacheKey?: string }>> {
  if (import.meta.env.DEV) return paths;
  const settings = JSON.stringify(siteConfig);
  const digests = new WeakMap<object, string>();
  const digestOf = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    let known = digests.get(value);
    if (known === undefined) digests.set(value, (known = digest(JSON.stringify(value))));
    return known;
  };
  return paths.map((path) => {
    const props = Object.entries(path.props).map(([name, value]) => [name, digestOf(value)]);
    return { ...path, cacheKey: digest(`${settings}\0${JSON.stringify(props)}`) };
  });
}

/** Where each concept is mentioned, for all concept pages. */
export const getConceptMentions = oncePerContent(async (): Promise<Map<string, Mention[]>> => {
  const concepts = await getConcepts();
  const found = mentionsByConcept(concepts, await getEssays());
  return new Map(concepts.map((concept, index) => [concept.slug, found[index] ?? []]));
});

/** Set in astro.config.ts: Astro's cache folder. */
declare const __CACHE_DIR__: string;

/** Everything a page can read of the content (`pageCacheKey`) and the code that compiled it (the site entry's `version`). */
const contentAndCodeKey = oncePerContent(async (): Promise<string> => {
  const version = (await getEntry('site', 'site'))?.data.version ?? '';
  return digest(`${await pageCacheKey()}\0${version}`);
});

let kept: Kept | undefined;

/**
 * `derive()` once per content, like `oncePerContent`; a build also keeps the
 * result in Astro's cache folder, under a key of the content and of the code,
 * so a rebuild with neither changed reads it back (src/build/kept.ts).
 */
export function keptPerContent<T>(name: string, derive: () => Promise<T>): () => Promise<T> {
  return oncePerContent(async () => {
    if (import.meta.env.DEV) return derive();
    kept ??= new Kept(path.join(__CACHE_DIR__, 'kept'));
    return kept.get(name, await contentAndCodeKey(), derive);
  });
}
