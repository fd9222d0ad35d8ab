/**
 * Searches a built site from the command line with the site's own search
 * code (src/search), over the index in dist/.
 *
 *   npm run search -- [--json] [--dist <folder>] [--limit <n>] "query"
 *
 * `--json` prints one JSON array, best first, of { title, kind, url, score }.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openSearchIndex } from '../src/search/open-folder.ts';

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
      options: {
        json: { type: 'boolean', default: false },
        dist: { type: 'string', default: 'dist' },
        limit: { type: 'string', default: '10' },
        help: { type: 'boolean', short: 'h' },
      },
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

const { engine } = await openSearchIndex(path.resolve(values.dist)).catch((error: Error) => fail(error.message));
const results = await engine.query(query, limit);

if (values.json) {
  process.stdout.write(
    `${JSON.stringify(
      results.map(({ title, kind, url, score }) => ({ title, kind, url, score })),
      null,
      2,
    )}\n`,
  );
} else if (results.length === 0) {
  process.stdout.write(`No results for "${query}".\n`);
} else {
  results.forEach((result, index) => {
    const where = result.parent ? `${result.parent} › ` : '';
    const detail = result.sides ? `Leadership: ${result.sides[0]} · Management: ${result.sides[1]}` : result.excerpt;
    process.stdout.write(
      `${String(index + 1).padStart(2)}. [${result.kind}] ${where}${result.title}  (score ${result.score})\n    ${result.url}\n    ${detail}\n`,
    );
  });
}
