/**
 * The browser's search engine. The core index is built into the module that
 * holds this code (`/search/core.js`), which hands it over with `setCore`;
 * every other index file is fetched relative to that module, so search works
 * under any base path.
 */
import { SearchEngine } from '../search/engine.ts';
import type { CoreIndex } from '../search/format.ts';

let core: CoreIndex | undefined;
let engine: SearchEngine | undefined;

export function setCore(value: CoreIndex): void {
  core = value;
  engine = undefined;
}

async function json(file: string): Promise<unknown> {
  const url = new URL(file, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url.pathname} (${response.status})`);
  return response.json();
}

export function getEngine(): SearchEngine {
  if (!core) throw new Error('The search index is missing from this build.');
  engine ??= new SearchEngine(core, json);
  return engine;
}
