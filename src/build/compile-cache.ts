/**
 * Compiled files, remembered by everything a compile reads: the kind of
 * file, its path as messages show it, its text, and the pipeline options.
 * `astro dev` keeps one cache for its whole run, so an edit re-renders only
 * the file that changed. A build keeps its cache on disk (`folder`), so the
 * next build renders only the files that changed since.
 *
 * A key is also the record's digest in Astro's data store. Astro keeps that
 * store on disk between runs of `astro dev`, while the code that compiles may
 * change in between, so every cache salts its keys: in dev a new process
 * never mistakes an old entry for a current one, and on disk the salt is a
 * digest of the code that compiles (`codeDigest`).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { keepValue, readKept } from './write-whole.ts';

/** Files under `src/` that a compile never runs: components, styles and tests. */
const NOT_COMPILE_CODE = /\.(astro|css|test\.ts)$/;

/**
 * A digest of everything that can change a compile besides its own key: the
 * project's code under `src/` (a compile runs in plain Node, so it can import
 * no component or style), the locked dependencies and the Node version.
 */
export function codeDigest(root: string): string {
  const hash = createHash('sha256').update(process.version);
  const src = path.join(root, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !NOT_COMPILE_CODE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of [...files, path.join(root, 'package-lock.json')]) {
    hash.update(`\0${path.relative(root, file)}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(none)');
    }
  }
  return hash.digest('base64url');
}

export interface CompileCacheOptions {
  /** Keep compiles in this folder between processes (a build's cache). */
  readonly folder?: string | undefined;
  /** What salts the keys (default: random, so nothing outlives the process). With a folder, pass `codeDigest`. */
  readonly salt?: string | undefined;
}

export class CompileCache {
  readonly #salt: string;
  readonly #folder: string | undefined;
  /** What the last load used, and what the current one has used so far. */
  #previous = new Map<string, unknown>();
  #current = new Map<string, unknown>();
  /** Compiles of the current load not yet in the folder. */
  #unsaved = new Set<string>();
  #compiled = 0;

  constructor({ folder, salt }: CompileCacheOptions = {}) {
    this.#salt = salt ?? randomUUID();
    this.#folder = folder;
  }

  /** The key of one file's compile: any change to what it reads gives another key. */
  key(kind: string, file: string, raw: string, options: string): string {
    return createHash('sha256').update(`${this.#salt}\0${kind}\0${file}\0${options}\0`).update(raw).digest('base64url');
  }

  /** Starts a load: what the next load does not ask for is dropped, so the cache holds one site. */
  nextLoad(): void {
    this.#previous = this.#current;
    this.#current = new Map();
    this.#unsaved = new Set();
    this.#compiled = 0;
  }

  /** How many files the current load has compiled rather than found here. */
  get compiled(): number {
    return this.#compiled;
  }

  /** How many files the current load has asked for, compiled or found. */
  get asked(): number {
    return this.#current.size;
  }

  has(key: string): boolean {
    return this.#current.has(key) || this.#previous.has(key);
  }

  /** The remembered compile (call `has` first). */
  get<T>(key: string): T {
    const value = this.#current.get(key) ?? this.#previous.get(key);
    this.#current.set(key, value);
    return value as T;
  }

  set(key: string, value: unknown): void {
    this.#current.set(key, value);
    this.#unsaved.add(key);
    this.#compiled += 1;
  }

  /** Reads the compiles of `keys` that the folder holds and memory does not. An unreadable file is compiled again. */
  async recall(keys: Iterable<string>): Promise<void> {
    const folder = this.#folder;
    if (!folder) return;
    const missing = [...new Set(keys)].filter((key) => !this.has(key));
    await Promise.all(
      missing.map(async (key) => {
        // A file that cannot be read is simply not reused.
        const kept = await readKept(path.join(folder, key));
        if (kept) this.#previous.set(key, kept.value);
      }),
    );
  }

  /** The remembered compile for `key`, or `compile()`'s, remembered. */
  async remember<T>(key: string, compile: () => Promise<T>): Promise<T> {
    await this.recall([key]);
    if (this.has(key)) return this.get<T>(key);
    const value = await compile();
    this.set(key, value);
    return value;
  }

  /**
   * Writes the current load's new compiles to the folder and removes those
   * it did not use, so the folder holds one site. Each file is written whole
   * under a name of its own first, so a build killed midway leaves no half
   * file. Saving is only a saving: where it fails (two builds sharing the
   * folder), the next build compiles again.
   */
  async save(): Promise<void> {
    const folder = this.#folder;
    if (!folder) return;
    try {
      mkdirSync(folder, { recursive: true });
    } catch {
      return;
    }
    await Promise.all(
      [...this.#unsaved].map(async (key) => {
        const file = path.join(folder, key);
        await keepValue(file, this.#current.get(key)).catch(() => undefined);
      }),
    );
    this.#unsaved.clear();
    const stale = readdirSync(folder).filter((name) => !this.#current.has(name));
    await Promise.all(stale.map((name) => rm(path.join(folder, name), { force: true })));
  }
}
