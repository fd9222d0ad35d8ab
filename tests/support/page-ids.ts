/**
 * Holds the link gate's site map to a built site: every HTML page of dist/
 * must be in the map with exactly the ids the page carries, so a fragment
 * the gate accepts is one the page has, and one it refuses is one it lacks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileSite } from '../../src/build/load.ts';
import { ROOT } from '../../scripts/lib/site.ts';

/** `/essays/x/` for essays/x/index.html, `/404.html` for 404.html. */
const pageOf = (file: string): string => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');

/** Where the site map and the built pages disagree, one line each (empty when they agree). */
export async function pageIdMismatches(contentDir: string, dist: string): Promise<string[]> {
  const { pages, problems } = await compileSite({ contentDir, root: ROOT });
  if (problems.length > 0) return problems.map((problem) => `the corpus has a problem: ${problem.message}`);
  const mismatches: string[] = [];
  const built = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  for (const file of built) {
    const page = pageOf(file);
    const known = pages.get(page);
    const ids = typeof known === 'function' ? known() : known;
    if (!ids) {
      mismatches.push(`${page}: the link gate knows no ids`);
      continue;
    }
    const actual = new Set([...readFileSync(path.join(dist, file), 'utf8').matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!));
    for (const id of actual) if (!ids.has(id)) mismatches.push(`${page}: #${id} is on the page, not in the site map`);
    for (const id of ids) if (!actual.has(id)) mismatches.push(`${page}: #${id} is in the site map, not on the page`);
  }
  const builtPages = new Set(built.map(pageOf));
  for (const [page, known] of pages) if (known && !builtPages.has(page)) mismatches.push(`${page}: in the site map, not built`);
  return mismatches;
}
