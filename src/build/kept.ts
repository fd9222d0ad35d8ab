/**
 * What a build derives from the whole content (the search index, the link
 * previews), kept in a folder under a key of everything it was derived from,
 * so that a rebuild with the same content and code reads it back instead of
 * deriving it again. One file per name: a new key replaces the old file.
 */
import { mkdirSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { keepValue, readKept } from './write-whole.ts';

export class Kept {
  readonly #folder: string;

  constructor(folder: string) {
    this.#folder = folder;
  }

  /** `name`'s value for `key`: read back if kept, else `derive()`'s, kept. Keeping is only a saving: a failure to read or write derives again. */
  async get<T>(name: string, key: string, derive: () => Promise<T>): Promise<T> {
    const file = path.join(this.#folder, `${name}.${key}.v8`);
    const kept = await readKept(file);
    if (kept) return kept.value as T;
    const value = await derive();
    try {
      mkdirSync(this.#folder, { recursive: true });
      await keepValue(file, value);
      const older = (await readdir(this.#folder)).filter((other) => other.startsWith(`${name}.`) && other !== path.basename(file));
      await Promise.all(older.map((other) => rm(path.join(this.#folder, other), { force: true })));
    } catch {
      // The next build derives it again.
    }
    return value;
  }
}
