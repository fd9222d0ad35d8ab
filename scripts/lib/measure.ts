/**
 * What the benchmark measures in a built site, as pure functions over dist/:
 * the JavaScript a page loads before any interaction, the bytes search
 * fetches on first open, and a fixed, seeded set of realistic queries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { tokenize } from '../../src/search/engine.ts';
import { CORE_PATH, frontDecode, shardKey, shardPath, type CoreIndex, type Shard } from '../../src/search/format.ts';
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
export function moduleClosure(dist: string, entries: readonly string[]): string[] {
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
  return files.reduce((sum, file) => sum + gzipSize(readFileSync(path.join(dist, file))), 0) + inline.reduce((sum, body) => sum + gzipSize(body), 0);
}

export interface SearchBytes {
  /** Search code (the dialog chunk and what it imports, beyond the page's own JS) plus the core index. */
  readonly firstOpen: number;
  readonly code: number;
  readonly core: number;
  /** Gzipped bytes of each term shard, by key. */
  readonly shards: ReadonlyMap<string, number>;
}

/** The shards a query needs, and their gzipped bytes together. */
export function queryShardBytes(query: string, shards: ReadonlyMap<string, number>): number {
  const { phrases, words } = tokenize(query);
  return [...new Set([...words, ...phrases.flat()].map(shardKey))].reduce((sum, key) => sum + (shards.get(key) ?? 0), 0);
}

/** Bytes fetched when search first opens on a page, and per shard after. */
export function searchBytes(dist: string, htmlFile: string): SearchBytes {
  const page = pageScripts(dist, readFileSync(htmlFile, 'utf8'));
  const loaded = new Set(page.files);
  const dialogEntries = [...page.files, '/'].flatMap((file) =>
    dynamicImports(file === '/' ? page.inline.join('\n') : readFileSync(path.join(dist, file), 'utf8'), file),
  ).filter((file) => /search-dialog/.test(file));
  if (dialogEntries.length === 0) throw new Error(`No dynamic import of the search dialog in ${htmlFile}`);
  const code = moduleClosure(dist, dialogEntries)
    .filter((file) => !loaded.has(file))
    .reduce((sum, file) => sum + gzipSize(readFileSync(path.join(dist, file))), 0);
  const coreText = readFileSync(path.join(dist, CORE_PATH), 'utf8');
  const core = gzipSize(coreText);
  const coreIndex = JSON.parse(coreText) as CoreIndex;
  const shards = new Map(coreIndex.shards.map((key) => [key, gzipSize(readFileSync(path.join(dist, shardPath(key, coreIndex.build))))]));
  return { firstOpen: code + core, code, core, shards };
}

const ACCENTS: Readonly<Record<string, string>> = Object.freeze({ a: 'à', e: 'é', i: 'î', o: 'ö', u: 'ü', c: 'ç', n: 'ñ' });

/**
 * A fixed, seeded set of queries a reader would type: exact words, words with
 * one typo (the first letter kept), two-word queries, accented spellings and
 * concept names and aliases. The same index and seed give the same queries.
 */
export function benchQueries(core: CoreIndex, shards: readonly Shard[], aliases: readonly string[], seed = 7): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  // Words a reader would look for: at least four letters, in more than one record but not in most.
  const words = shards
    .flatMap((shard) => frontDecode(shard.terms).map((term, i) => ({ term, postings: shard.postings[i]!.length })))
    .filter(({ term, postings }) => /^[a-z]{4,}$/.test(term) && postings >= 2 && postings < core.records.length / 4)
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
