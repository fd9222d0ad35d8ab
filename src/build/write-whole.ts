/** Writing a cache file so that no reader, in this process or another, ever sees half of it, and reading a kept value back. */
import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';

/** Writes `file` under a name no other process uses, then renames it: readers see the whole file or none. */
export async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}-${randomUUID()}.partial`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** A value kept in `file` by `keepValue`: what it held, or nothing where there is no file or it cannot be read (cut short, or from another Node). */
export async function readKept(file: string): Promise<{ readonly value: unknown } | undefined> {
  try {
    return { value: deserialize(await readFile(file)) };
  } catch {
    return undefined;
  }
}

/** Keeps `value` in `file` for `readKept` (Node's structured serialisation, written whole). */
export function keepValue(file: string, value: unknown): Promise<void> {
  return writeWhole(file, serialize(value));
}
