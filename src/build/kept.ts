/**
 * What a build derives from the whole content (the search index, the link
 * previews), kept in a folder under a key of everything it was derived from,
 * so that a rebuild with the same content and code reads it back instead of
 * deriving it again. One file per name: a new key replaces the old file.
 */
import { mkdirSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeWhole } from './write-whole.ts';

export class Kept {
  readonly #folder: string;

  constructor(folder: string) {
    this.#folder = folder;
  }

  /** `name`'s value for `key`: read back if kept, else `derive()`'s, kept. Keeping is only a saving: a failure to read or write derives again. */
  async get<T>(name: string, key: string, derive: () => Promise<T>): Promise<T> {
    const file = path.join(this.#folder, `${name}.${key}.v8`);
    try {
      return deserialize(await readFile(file)) as T;
    } catch {
      // Not kept yet, or cut short: derived below.
    }
    const value = await derive();
    try {
      mkdirSync(this.#folder, { recursive: true });
      await writeWhole(file, serialize(value));
      const older = (await readdir(this.#folder)).filter((other) => other.startsWith(`${name}.`) && other !== path.basename(file));
      await Promise.all(older.map((other) => rm(path.join(this.#folder, other), { force: true })));
    } catch {
      // The next build derives it again.
    }
    return value;
  }
}
