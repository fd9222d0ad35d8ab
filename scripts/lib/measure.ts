/**
 * What the benchmark measures in a built site, as pure functions over dist/:
 * the JavaScript a page loads before any interaction, a fixed, seeded set of
 * realistic queries, and the words a recall test looks for.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { words } from '../../src/model/text.ts';
import { random } from '../corpus.ts';

/** Gzipped size in bytes (level 9, as a CDN would serve it). */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

// `import{a}from"./x.js"`, `import"./x.js"`, `export{b}from"./y.js"`: static only.
// A dynamic `import("./z.js")` has a parenthesis and is not matched.
// Minified output may quote with ", ' or `.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`\s]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`\s]+\.js)["'`]\s*\)/g;

/** A JS file's static imports, resolved to site paths. */
export function staticImports(source: string, fromPath: string): string[] {
  return [...source.matchAll(STATIC_IMPORT)].map(([, target]) => path.posix.resolve(path.posix.dirname(fromPath), target!));
}

export function dynamicImports(source: string, fromPath: string): string[] {
  return [...source.matchAll(DYNAMIC_IMPORT)].map(([, target]) => path.posix.resolve(path.posix.dirname(fromPath), target!));
}

/** Every JS file reachable by static imports from `entries` (site paths), entries included. */
function moduleClosure(dist: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (sitePath: string): void => {
    if (seen.has(sitePath)) return;
    seen.add(sitePath);
    for (const next of staticImports(readFileSync(path.join(dist, sitePath), 'utf8'), sitePath)) visit(next);
  };
  entries.forEach(visit);
  return [...seen];
}

export interface PageScripts {
  /** Site paths of the JS files loaded before any interaction. */
  readonly files: readonly string[];
  /** Bodies of inline scripts. */
  readonly inline: readonly string[];
}

/** The scripts a page loads on its own: external and inline, and their static imports. */
export function pageScripts(dist: string, html: string): PageScripts {
  const external: string[] = [];
  const inline: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attributes!.match(/\ssrc="([^"]+)"/)?.[1];
    if (src) external.push(src);
    else inline.push(body!);
  }
  for (const [, href] of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) external.push(href!);
  const inlineImports = inline.flatMap((body) => staticImports(body, '/'));
  return { files: moduleClosure(dist, [...external, ...inlineImports]), inline };
}

/** Gzipped bytes of all JavaScript a page loads before interaction. */
export function pageJsGzip(dist: string, htmlFile: string): number {
  const { files, inline } = pageScripts(dist, readFileSync(htmlFile, 'utf8'));
  return (
    files.reduce((sum, file) => sum + gzipSize(readFileSync(path.join(dist, file))), 0) +
    inline.reduce((sum, body) => sum + gzipSize(body), 0)
  );
}

const ACCENTS: Readonly<Record<string, string>> = Object.freeze({ a: 'à', e: 'é', i: 'î', o: 'ö', u: 'ü', c: 'ç', n: 'ñ' });

/** A term of the index and how many records hold it. */
export interface IndexedTerm {
  readonly term: string;
  readonly records: number;
}

/**
 * A fixed, seeded set of queries a reader would type: exact words, words with
 * one typo (the first letter kept), two-word queries, accented spellings and
 * concept names and aliases. The same terms and seed give the same queries.
 */
export function benchQueries(indexed: readonly IndexedTerm[], totalRecords: number, aliases: readonly string[], seed = 7): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  // Words a reader would look for: at least four letters, in more than one record but not in most.
  const words = indexed
    .filter(({ term, records }) => /^[a-z]{4,}$/.test(term) && records >= 2 && records < totalRecords / 4)
    .map(({ term }) => term);
  if (words.length === 0) throw new Error('The index has no words to query.');
  const typo = (word: string): string => {
    const at = 1 + Math.floor(next() * (word.length - 1));
    const kind = Math.floor(next() * 3);
    if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
    if (kind === 1 && at < word.length - 1) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    return word.slice(0, at) + 'aeiourstn'[Math.floor(next() * 9)] + word.slice(at + 1);
  };
  const accent = (word: string): string => {
    const spots = [...word].map((char, i) => (ACCENTS[char] ? i : -1)).filter((i) => i >= 0);
    if (spots.length === 0) return word;
    const at = pick(spots);
    return word.slice(0, at) + ACCENTS[word[at]!] + word.slice(at + 1);
  };
  const queries: string[] = [];
  for (let i = 0; i < 60; i += 1) queries.push(pick(words));
  for (let i = 0; i < 50; i += 1) queries.push(typo(pick(words.filter((word) => word.length >= 5))));
  for (let i = 0; i < 40; i += 1) queries.push(`${pick(words)} ${pick(words)}`);
  for (let i = 0; i < 30; i += 1) queries.push(accent(pick(words)));
  for (let i = 0; queries.length < 200 || i < aliases.length; i += 1) queries.push(aliases[i % Math.max(1, aliases.length)] ?? pick(words));
  return queries;
}

/** A word that occurs in exactly one essay, and that essay. */
export interface UniqueWord {
  readonly word: string;
  readonly essay: string;
}

/**
 * A deterministic sample of words (four or more letters) that each occur in
 * exactly one essay, counted over everything a reader sees of it: title,
 * description, headings, prose and contrast tables.
 */
export function uniqueWords(essays: ReadonlyArray<{ slug: string; text: string }>, count: number, seed = 11): UniqueWord[] {
  const owner = new Map<string, string | null>();
  for (const essay of essays) {
    for (const word of new Set(words(essay.text))) {
      if (!/^\p{L}{4,}$/u.test(word)) continue;
      owner.set(word, owner.has(word) ? null : essay.slug);
    }
  }
  const unique = [...owner].filter((entry): entry is [string, string] => entry[1] !== null).sort(([a], [b]) => (a < b ? -1 : 1));
  const next = random(seed);
  const sample: UniqueWord[] = [];
  while (sample.length < count && unique.length > 0) {
    const [word, essay] = unique.splice(Math.floor(next() * unique.length), 1)[0]!;
    sample.push({ word, essay });
  }
  return sample;
}

/** The word with its two middle letters swapped (a typo); undefined when that changes nothing. */
export function swapMiddle(word: string): string | undefined {
  const letters = [...word];
  for (let at = Math.floor(letters.length / 2) - 1; at >= 1 && at + 1 < letters.length; at -= 1) {
    if (letters[at] === letters[at + 1]) continue;
    [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
    return letters.join('');
  }
  return undefined;
}
