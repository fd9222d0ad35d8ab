/** The browser's search engine: the core index on first use, shards as queries need them. */
import { SearchEngine } from '../search/engine.ts';
import { CORE_PATH, shardPath, type CoreIndex, type Shard } from '../search/format.ts';

let engine: Promise<SearchEngine> | undefined;

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (${response.status})`);
  return (await response.json()) as T;
}

export function getEngine(): Promise<SearchEngine> {
  engine ??= json<CoreIndex>(CORE_PATH).then((core) => new SearchEngine(core, (key, build) => json<Shard>(shardPath(key, build))));
  engine.catch(() => (engine = undefined));
  return engine;
}
