/** Folders a test file writes (corpora, outputs) and has removed after each of its tests. */
import { afterEach } from 'vitest';
import { removeCorpus } from './corpus.ts';

/** A list to push folders on; after each test, every folder in it is removed and the list emptied. */
export function removedAfterEach(): string[] {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach(removeCorpus));
  return dirs;
}
