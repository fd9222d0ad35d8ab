/**
 * Searches a built site from the command line with the site's own search
 * code (src/search), over the index in dist/.
 *
 *   npm run search -- [--json] [--dist <folder>] [--limit <n>] "query"
 *
 * `--json` prints one JSON array, best first, of { title, kind, url, score }.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SearchEngine } from '../src/search/engine.ts';
import { CORE_PATH, shardPath, type CoreIndex, type Shard } from '../src/search/format.ts';

// `npm run search -- x | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const usage = 'usage: npm run search -- [--json] [--dist <folder>] [--limit <n>] "query"';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      options: { json: { type: 'boolean', default: false }, dist: { type: 'string', default: 'dist' }, limit: { type: 'string', default: '10' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const query = positionals.join(' ').trim();
if (!query) fail(`Give a query to search for.\n${usage}`);
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) fail(`--limit must be a whole number above 0, not "${values.limit}".`);

const dist = path.resolve(values.dist);
const corePath = path.join(dist, CORE_PATH);
if (!existsSync(corePath)) fail(`No search index at ${corePath}.\nBuild the site first: npm run build (or point --dist at a built site).`);

const read = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const engine = new SearchEngine(read<CoreIndex>(corePath), async (key, build) => read<Shard>(path.join(dist, shardPath(key, build))));
const results = await engine.query(query, limit);

if (values.json) {
  process.stdout.write(`${JSON.stringify(results.map(({ title, kind, url, score }) => ({ title, kind, url, score })), null, 2)}\n`);
} else if (results.length === 0) {
  process.stdout.write(`No results for "${query}".\n`);
} else {
  results.forEach((result, index) => {
    const where = result.parent ? `${result.parent} › ` : '';
    process.stdout.write(`${String(index + 1).padStart(2)}. [${result.kind}] ${where}${result.title}  (score ${result.score})\n    ${result.url}\n`);
  });
}
