/**
 * Pagefind, the benchmark's peer: indexes a built `dist/` with its Node API
 * into `dist/pagefind/`, the way a site would deploy it.
 * https://pagefind.app/docs/node-api/
 */
import path from 'node:path';
import { close, createIndex } from 'pagefind';

export async function indexWithPagefind(dist: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await close();
  return { pages: added.page_count, ms: Math.round(performance.now() - started) };
}
