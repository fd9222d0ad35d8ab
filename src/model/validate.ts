/**
 * The one place where schema failures become readable problems: each zod
 * issue is turned into a catalogue entry naming the file, the line, the key,
 * what was expected and how to fix it.
 */
import type { z } from 'astro/zod';
import { problems, type Problem } from './errors.ts';
import { missingDay } from './format.ts';
import type { LineOf } from './frontmatter.ts';
import { nearest } from './suggest.ts';

/** Plain-language expectations, by the name of the key that failed. */
const EXPECTED: Readonly<Record<string, string>> = Object.freeze({
  title: 'non-empty text',
  description: 'non-empty text',
  author: 'non-empty text',
  date: 'a date written `YYYY-MM-DD`',
  updated: 'a date written `YYYY-MM-DD`',
  draft: '`true` or `false`',
  tags: 'a list of concept slugs, such as `[vision, risk]`',
  aliases: 'a list of words, such as `[direction, big picture]`',
  sources: 'a list of works, each with a `title` (and optional `author`, `year`, `url`)',
  year: 'a year, such as `2011`',
  url: 'an http(s) URL',
  name: 'non-empty text',
});

const BY_TYPE: Readonly<Record<string, string>> = Object.freeze({
  string: 'text',
  number: 'a number',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a set of `key: value` pairs',
});

/**
 * Keys other site generators use (Jekyll, Hugo, Astro's blog starter), and
 * the key they are here: spelling alone would not find `tags` for
 * `categories`. Offered only where that key is known.
 */
const FOREIGN_KEYS: Readonly<Record<string, string>> = Object.freeze({
  categories: 'tags',
  category: 'tags',
  keywords: 'tags',
  summary: 'description',
  excerpt: 'description',
  subtitle: 'description',
  pubdate: 'date',
  publishdate: 'date',
  created: 'date',
  lastmod: 'updated',
  modified: 'updated',
  updateddate: 'updated',
});

/** Such keys that have no counterpart, and what to do instead; "remove it" alone would publish a `published: false` essay. */
const FOREIGN_ADVICE: Readonly<Record<string, { needs: string; advice: string }>> = Object.freeze({
  published: { needs: 'draft', advice: 'use `draft: true` to leave it out of the build, or remove the key to publish it.' },
  slug: { needs: 'title', advice: 'the file name is the URL: rename the file to change it, and remove the key.' },
  permalink: { needs: 'title', advice: 'the file name is the URL: rename the file to change it, and remove the key.' },
});

/** What to tell the author of an unknown key: a key of ours it stands for, or what to do. */
function unknownKeyHelp(key: string, known: readonly string[]): { suggestion: string | undefined; advice?: string | undefined } {
  const lower = key.toLowerCase();
  const foreign = FOREIGN_ADVICE[lower];
  if (foreign && known.includes(foreign.needs)) return { suggestion: undefined, advice: foreign.advice };
  const counterpart = FOREIGN_KEYS[lower];
  return { suggestion: counterpart && known.includes(counterpart) ? counterpart : nearest(key, known) };
}

export interface Validated<T> {
  readonly value: T | undefined;
  readonly problems: readonly Problem[];
}

/** Validates `data` against `schema`; on failure, returns one problem per issue. */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  lineOf: LineOf,
): Validated<z.output<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const found: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        found.push(problems['unknown-key']({ file, line: lineOf(path), key: describePath(path), known, ...unknownKeyHelp(key, known) }));
      }
      continue;
    }
    const value = valueAt(data, issue.path);
    const key = describePath(issue.path);
    const line = lineOf(issue.path);
    if (issue.code === 'custom' && issue.params?.['problem'] === 'bad-source-url') {
      found.push(problems['bad-source-url']({ file, line, key, url: String(value) }));
      continue;
    }
    if (issue.code === 'custom' && issue.params?.['problem'] === 'updated-before-date') {
      found.push(problems['updated-before-date']({ file, line, date: String(valueAt(data, ['date'])), updated: String(value) }));
      continue;
    }
    if (issue.code === 'custom' && issue.params?.['problem'] === 'impossible-date') {
      const date = String(value);
      found.push(problems['impossible-date']({ file, line, key, date, why: missingDay(date) ?? 'no such day' }));
      continue;
    }
    const last = String(issue.path.at(-1) ?? '');
    const expected = EXPECTED[last] ?? (issue.code === 'invalid_type' ? BY_TYPE[issue.expected] : undefined) ?? 'a valid value';
    found.push(problems['wrong-type']({ file, line, key, expected, received: describeValue(value), quote: quotable(expected, value) }));
  }
  return { value: undefined, problems: found };
}

/**
 * What to quote when text was asked for and YAML read a number or `true`:
 * `title: 1984` is text to the author, and "change it to text" would not
 * tell them how.
 */
function quotable(expected: string, value: unknown): string | undefined {
  const text = expected.endsWith('text');
  return text && (typeof value === 'number' || typeof value === 'boolean') ? String(value) : undefined;
}

/** `['sources', 0, 'url']` → `sources[0].url`. */
export function describePath(path: readonly PropertyKey[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`)).join('');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (typeof value === 'string')
    return value.trim() ? `the text \`${value.length > 40 ? `${value.slice(0, 39)}…` : value}\`` : 'empty text';
  if (typeof value === 'number') return `the number \`${value}\``;
  if (typeof value === 'boolean') return `\`${value}\``;
  if (Array.isArray(value)) return 'a list';
  return 'a set of `key: value` pairs';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** The keys an object schema accepts at `path`, looking through optional, array and preprocess wrappers. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (node: unknown): unknown => {
    let inner = node as { def?: { type?: string; innerType?: unknown; out?: unknown } };
    while (inner?.def && ['optional', 'nullable', 'default', 'pipe'].includes(inner.def.type ?? '')) {
      inner = (inner.def.type === 'pipe' ? inner.def.out : inner.def.innerType) as typeof inner;
    }
    return inner;
  };
  for (const segment of path) {
    const node = unwrap(current) as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown>; valueType?: unknown } };
    if (node.def?.type === 'array') current = node.def.element;
    else if (node.def?.type === 'object') current = node.def.shape?.[String(segment)];
    else if (node.def?.type === 'record') current = node.def.valueType;
    else return [];
  }
  const node = unwrap(current) as { def?: { type?: string; shape?: Record<string, unknown> } };
  return node.def?.type === 'object' ? Object.keys(node.def.shape ?? {}) : [];
}
