/**
 * Compiled files, remembered by everything a compile reads: the kind of
 * file, its path as messages show it, its text, and the pipeline options.
 * `astro dev` keeps one cache for its whole run, so an edit re-renders only
 * the file that changed; a build starts with an empty one.
 *
 * A key is also the record's digest in Astro's data store. Astro keeps that
 * store on disk between runs of `astro dev`, while the code that compiles may
 * change in between, so every cache salts its keys: a new process never
 * mistakes an old entry for a current one.
 */
import { createHash, randomUUID } from 'node:crypto';

export class CompileCache {
  readonly #salt = randomUUID();
  /** What the last load used, and what the current one has used so far. */
  #previous = new Map<string, unknown>();
  #current = new Map<string, unknown>();
  #compiled = 0;

  /** The key of one file's compile: any change to what it reads gives another key. */
  key(kind: string, file: string, raw: string, options: string): string {
    return createHash('sha256').update(`${this.#salt}\0${kind}\0${file}\0${options}\0`).update(raw).digest('base64url');
  }

  /** Starts a load: what the next load does not ask for is dropped, so the cache holds one site. */
  nextLoad(): void {
    this.#previous = this.#current;
    this.#current = new Map();
    this.#compiled = 0;
  }

  /** How many files the current load has compiled rather than found here. */
  get compiled(): number {
    return this.#compiled;
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
    this.#compiled += 1;
  }

  /** The remembered compile for `key`, or `compile()`'s, remembered. */
  async remember<T>(key: string, compile: () => Promise<T>): Promise<T> {
    if (this.has(key)) return this.get<T>(key);
    const value = await compile();
    this.set(key, value);
    return value;
  }
}
