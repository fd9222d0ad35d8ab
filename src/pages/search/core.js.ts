/**
 * `/search/core.js`: the search code and the core index in one module, so the
 * first open of search is one request. Bundled here with esbuild (Astro's own
 * bundler underneath Vite) because the core index only exists once the
 * content is loaded; everything else it needs is fetched relative to it.
 */
import { build } from 'esbuild';
import { getSearchIndex } from '../../build/search-index.ts';

/** Set in astro.config.ts: where the search code's entry module is. */
declare const __SEARCH_UI_ENTRY__: string;

export async function GET() {
  const { core } = await getSearchIndex();
  const entry = JSON.stringify(__SEARCH_UI_ENTRY__);
  const result = await build({
    stdin: {
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      contents: `import { setCore } from ${entry};\nsetCore(JSON.parse(${JSON.stringify(JSON.stringify(core))}));\nexport * from ${entry};\n`,
      resolveDir: process.cwd(),
      sourcefile: 'search-core.js',
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
