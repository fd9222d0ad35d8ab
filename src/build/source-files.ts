/**
 * The Markdown files of a content folder, in a stable order, with the files
 * the build does not take and the names that would share a URL reported.
 */
import { readdir, readFile, readlink, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { problems, type Problem } from '../model/errors.ts';
import { slugBytes } from '../model/slug.ts';

export interface SourceFile {
  readonly absolute: string;
  /** Path shown in messages. */
  readonly file: string;
  readonly slug: string;
  readonly raw: string;
}

const MARKDOWN = new Set(['.md', '.markdown']);

/**
 * The most UTF-8 bytes a slug from a file name may have: a page's files are
 * named by it plus an extension (`previews/essays/<slug>.json`,
 * `og/essays/<slug>.png`), and a file name holds 255 bytes. A longer one
 * stopped the build at the end with ENAMETOOLONG, naming no file.
 */
const MAX_FILE_SLUG_BYTES = 250;
const UNSUPPORTED = new Set(['.mdx', '.mdoc']);

export interface Collect {
  readonly dir: string;
  /** The page a slug becomes, for messages about two files with one URL. */
  readonly pageOf: (slug: string) => string;
  readonly toSlug: (stem: string) => string;
  /** Path of a file as messages show it. */
  readonly show: (absolute: string) => string;
  /** Reads a file's text. */
  readonly read: (absolute: string) => Promise<string>;
}

export async function collectFiles({ dir, pageOf, toSlug, show, read }: Collect, found: Problem[]): Promise<SourceFile[]> {
  const all = (await readdir(dir, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  const listed = all.filter((entry) => entry.isFile() || entry.isSymbolicLink());
  const folders = all.filter((entry) => entry.isDirectory()).map((entry) => path.join(dir, entry.name));
  for (const absolute of await nestedMarkdown(folders)) {
    found.push(problems['nested-file']({ file: show(absolute), folder: path.basename(dir) }));
  }
  const entries = listed.map((entry) => entry.name).sort();
  const links = new Set(listed.filter((entry) => entry.isSymbolicLink()).map((entry) => entry.name));
  /** Each slug's first file: its path as shown, and its name. */
  const bySlug = new Map<string, { shown: string; name: string }>();
  const files: Array<Omit<SourceFile, 'raw'>> = [];
  for (const name of entries) {
    const ext = path.extname(name).toLowerCase();
    if (!MARKDOWN.has(ext) && !UNSUPPORTED.has(ext)) continue;
    const absolute = path.join(dir, name);
    const link = links.has(name) ? await linkedFile(absolute) : {};
    if (link === 'directory') continue;
    if (link.missing !== undefined) {
      found.push(problems['broken-symlink']({ file: show(absolute), target: link.missing }));
      continue;
    }
    const slug = toSlug(path.basename(name, path.extname(name)));
    const other = bySlug.get(slug);
    if (other !== undefined) {
      // Names equal once normalised look identical in any listing, so the message must say how they differ.
      const sameName = other.name.normalize('NFC') === name.normalize('NFC');
      found.push(problems['duplicate-slug']({ file: show(absolute), url: pageOf(slug), other: other.shown, sameName }));
      continue;
    }
    bySlug.set(slug, { shown: show(absolute), name });
    if (UNSUPPORTED.has(ext)) found.push(problems['unsupported-file']({ file: show(absolute), ext }));
    else if (!slug) found.push(problems['bad-file-name']({ file: show(absolute) }));
    else if (slugBytes(slug) > MAX_FILE_SLUG_BYTES)
      found.push(problems['long-file-name']({ file: show(absolute), bytes: slugBytes(slug), max: MAX_FILE_SLUG_BYTES }));
    else files.push({ absolute, file: show(absolute), slug });
  }
  const texts = await Promise.all(files.map(async (file) => ({ ...file, raw: await read(file.absolute) })));
  for (const file of texts) {
    const line = await notUtf8Line(file);
    if (line !== undefined) found.push(problems['not-utf8']({ file: file.file, line }));
  }
  return texts;
}

/**
 * The line of a file's first byte that is not UTF-8, or `undefined`. Read as
 * UTF-8, such a byte (an `ü` saved as Windows-1252) becomes U+FFFD and the
 * page would show `�` without a word; the bytes are read again only when the
 * text holds one, since a U+FFFD may also be written on purpose.
 */
async function notUtf8Line({ absolute, raw }: { absolute: string; raw: string }): Promise<number | undefined> {
  const at = raw.indexOf('\uFFFD');
  if (at === -1) return undefined;
  const bytes = await readFile(absolute).catch(() => undefined);
  if (!bytes || isUtf8(bytes)) return undefined;
  return raw.slice(0, at).split('\n').length;
}

/**
 * Markdown files anywhere under `folders` (the subfolders of `essays/` or
 * `concepts/`), sorted. Only a folder's own files are built, so an essay
 * filed in `essays/2026/` would otherwise be left out without a word; images
 * and other files there are fine.
 */
async function nestedMarkdown(folders: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const folder of folders) {
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
      const absolute = path.join(entry.parentPath, entry.name);
      const hidden = path
        .relative(folder, absolute)
        .split(path.sep)
        .some((part) => part.startsWith('.'));
      const ext = path.extname(entry.name).toLowerCase();
      if (!hidden && entry.isFile() && (MARKDOWN.has(ext) || UNSUPPORTED.has(ext))) found.push(absolute);
    }
  }
  return found.sort();
}

/**
 * What a directory entry leads to, following a symbolic link: a file (an
 * essay kept elsewhere and linked in is built like any other), a directory
 * (skipped, as a folder is), or nothing, when the link's target is missing
 * (`missing` is the target as the link names it), which is reported rather
 * than skipped without a word.
 */
async function linkedFile(absolute: string): Promise<'directory' | { missing?: string }> {
  const target = await stat(absolute).catch(() => undefined);
  if (target?.isDirectory()) return 'directory';
  if (target) return {};
  return { missing: await readlink(absolute).catch(() => path.basename(absolute)) };
}

/** A file's text, from the disk. */
export const readText = (absolute: string): Promise<string> => readFile(absolute, 'utf8');

/**
 * File texts kept from one load to the next, for `astro dev`: a file is
 * read again only once the watcher has said it changed, so an edit costs
 * one read, not one per file.
 */
export class SourceTexts {
  readonly #texts = new Map<string, Promise<string>>();

  readonly read = (absolute: string): Promise<string> => {
    let text = this.#texts.get(absolute);
    if (!text) {
      text = readText(absolute);
      this.#texts.set(absolute, text);
      // A file deleted between listing and reading must be read again if it comes back.
      text.catch(() => this.#texts.delete(absolute));
    }
    return text;
  };

  /** Forgets what a changed file (or every file under a changed folder) said. */
  changed(target: string): void {
    for (const absolute of this.#texts.keys()) {
      if (absolute === target || absolute.startsWith(target + path.sep)) this.#texts.delete(absolute);
    }
  }
}

export async function isDirectory(target: string): Promise<boolean> {
  return (await stat(target).catch(() => undefined))?.isDirectory() ?? false;
}

export async function isFile(target: string): Promise<boolean> {
  return (await stat(target).catch(() => undefined))?.isFile() ?? false;
}
