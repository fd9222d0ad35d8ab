/**
 * The real pipeline, loader and index builder over a content folder, and the
 * real engine over the built files (as JSON, the way they ship), recording
 * which files each query reads.
 */
import { groupByAspect } from '../../src/build/aspect-groups.ts';
import { loadContent } from '../../src/build/load.ts';
import { buildSearchIndex, type IndexOptions } from '../../src/search/build-index.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import type { CoreIndex } from '../../src/search/format.ts';

export interface TestIndex {
  readonly engine: SearchEngine;
  readonly core: CoreIndex;
  readonly files: ReadonlyMap<string, string>;
  /** Files read so far, relative to /search/. */
  readonly reads: string[];
}

export async function indexFolder(dir: string, options?: IndexOptions): Promise<TestIndex> {
  const content = await loadContent({ contentDir: dir, root: dir });
  const names = new Map(groupByAspect(content.essays, content.aspects).map((group) => [group.slug, group.name]));
  const { core, files } = buildSearchIndex(content.essays, content.concepts, options, names);
  const reads: string[] = [];
  const engine = new SearchEngine(JSON.parse(JSON.stringify(core)) as CoreIndex, async (file) => {
    reads.push(file);
    const body = files.get(file);
    if (body === undefined) throw new Error(`No index file ${file}`);
    return JSON.parse(body) as unknown;
  });
  return { engine, core, files, reads };
}
