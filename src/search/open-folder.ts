/**
 * Opens a built site's search index from the file system (Node only): the
 * CLI and the benchmark search `dist/` with the same engine as the browser.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SearchEngine } from './engine.ts';
import { CORE_JSON, SEARCH_DIR, type CoreIndex } from './format.ts';

export interface OpenedIndex {
  readonly engine: SearchEngine;
  readonly core: CoreIndex;
  /** Paths (relative to /search/) of every file the engine has read, in order. */
  readonly reads: string[];
}

/** The engine over `<dist>/search/`; throws a message naming the missing file and the fix. */
export async function openSearchIndex(dist: string): Promise<OpenedIndex> {
  const folder = path.join(dist, SEARCH_DIR);
  const corePath = path.join(folder, CORE_JSON);
  if (!existsSync(corePath))
    throw new Error(`No search index at ${corePath}.\nBuild the site first: npm run build (or point --dist at a built site).`);
  const core = JSON.parse(await readFile(corePath, 'utf8')) as CoreIndex;
  const reads: string[] = [];
  const engine = new SearchEngine(core, async (file) => {
    reads.push(file);
    return JSON.parse(await readFile(path.join(folder, file), 'utf8')) as unknown;
  });
  return { engine, core, reads };
}
