/**
 * The performance benchmark. Builds deterministic synthetic corpora of 10,
 * 100 and 1,000 essays (`--quick`: 10 and 100; `--scale`: and 10,000) with the
 * project's real build, measures speed, size and recall with its real code,
 * indexes the same `dist/` with Pagefind and measures it side by side, times
 * an edit in `astro dev` at 1,000 essays, runs Lighthouse on the bundled
 * site, and prints one JSON object as the last line of stdout. Progress goes
 * to stderr.
 *
 *   npm run bench [-- --quick | --scale] [-- --no-lighthouse] [-- --no-pagefind]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import { loadContent, type SiteContent } from '../src/build/load.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { CORE_MODULE, decodePostings, frontDecode, SEARCH_DIR, type Shard } from '../src/search/format.ts';
import type { SearchEngine } from '../src/search/engine.ts';
import { openSearchIndex } from '../src/search/open-folder.ts';
import { CONCEPTS, generateCorpus } from './corpus.ts';
import { launchChromium } from './lib/browser.ts';
import { timeDevEdits } from './lib/dev-edit.ts';
import { ourFirstQuery, pagefindFirstQuery, pagefindTopUrls, writePagefindPage, type FirstQuery } from './lib/first-query.ts';
import { lighthouseFailures, runLighthouse, type LighthouseScores } from './lib/lighthouse.ts';
import { benchQueries, gzipSize, pageJsGzip, percentile, type IndexedTerm } from './lib/measure.ts';
import { indexWithPagefind } from './lib/pagefind.ts';
import { RECALL_RANK, recallOf, recallSample, type RecallSample } from './lib/recall.ts';
import { buildSite, ROOT, serveSite } from './lib/site.ts';
import { build, buildRuns } from './lib/bench-builds.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-pagefind': { type: 'boolean', default: false },
  },
});
const SIZES = values.quick ? [10, 100] : values.scale ? [10, 100, 1000, 10_000] : [10, 100, 1000];
/** Queries timed per corpus, after warm-up. */
const WARMUP_ROUNDS = 2;
/** The naive baseline scans every character; past 100 essays it is timed on a sample. */
const baselineSample = (essays: number): number => (essays >= 10_000 ? 8 : 40);
/** First queries measured in the browser, for ours and Pagefind's (the median counts). */
const FIRST_QUERIES = 12;
/** The essay search is opened from, and the one edited in `astro dev`. */
const ESSAY_SLUG = 'essay-0001';
const ESSAY_PATH = `/essays/${ESSAY_SLUG}/`;
/** The corpus whose edit-to-visible time in `astro dev` is measured. */
const DEV_EDIT_ESSAYS = 1000;

const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);
const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
const median = (items: readonly FirstQuery[]): FirstQuery => ({
  bytes: percentile(
    items.map((item) => item.bytes),
    50,
  ),
  openRequests: percentile(
    items.map((item) => item.openRequests),
    50,
  ),
  requests: percentile(
    items.map((item) => item.requests),
    50,
  ),
});

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Every term of the built index with how many records hold it. */
function indexedTerms(dist: string): IndexedTerm[] {
  const folder = path.join(dist, SEARCH_DIR, 's');
  return readdirSync(folder).flatMap((file) => {
    const shard = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Shard;
    return frontDecode(shard.terms).map((term, i) => ({ term, records: decodePostings(shard.postings[i]!).records.length }));
  });
}

/** Query latency through the site's engine (shards loaded, as after the first keystrokes). */
async function timeQueries(engine: SearchEngine, queries: readonly string[]): Promise<number[]> {
  for (const query of queries) await engine.prepare(query);
  for (let warm = 0; warm < WARMUP_ROUNDS; warm += 1) for (const query of queries) engine.search(query);
  return queries.map((query) => time(() => engine.search(query)));
}

/** The same queries through fuse.js over whole records, as a site without an index would run them. */
function naiveBaseline(model: SiteContent, queries: readonly string[]): { p95: number; count: number } {
  const records = [
    ...model.essays.flatMap((essay) => [
      { title: essay.title, text: `${essay.description} ${essay.intro}` },
      ...essay.sections.map((section) => ({ title: section.heading, text: section.text })),
      ...essay.contrasts.map((contrast) => ({ title: contrast.aspect, text: `${contrast.leadershipText} ${contrast.managementText}` })),
    ]),
    ...model.concepts.map((concept) => ({ title: concept.title, text: `${concept.aliases.join(' ')} ${concept.text}` })),
  ];
  const naive = new Fuse(records, { keys: ['title', 'text'], includeScore: true, ignoreLocation: true });
  const sample = queries.filter((_, i) => i % Math.ceil(queries.length / baselineSample(model.essays.length)) === 0);
  naive.search(sample[0]!);
  return {
    p95: round(
      percentile(
        sample.map((query) => time(() => naive.search(query))),
        95,
      ),
      1,
    ),
    count: sample.length,
  };
}

async function ourRecall(engine: SearchEngine, sample: RecallSample): Promise<{ recallExact: number; recallTypo: number }> {
  const topUrls = async (words: readonly string[]): Promise<string[][]> =>
    Promise.all(words.map(async (word) => (await engine.query(word, RECALL_RANK)).map((result) => result.url)));
  return {
    recallExact: recallOf(sample.exact, await topUrls(sample.exact.map((item) => item.word))),
    recallTypo: recallOf(sample.typo, await topUrls(sample.typo.map((item) => item.typo))),
  };
}

/** First queries in Chromium, ours and (unless --no-pagefind) Pagefind's over the same dist/, with Pagefind's recall. */
async function inTheBrowser(essays: number, dist: string, queries: readonly string[], sample: RecallSample) {
  const firstQueries = queries.filter((query) => /^[a-z]+$/.test(query)).slice(0, FIRST_QUERIES);
  // Pagefind writes into dist/ before it is served: the static server lists files once, at start.
  const indexed = values['no-pagefind'] ? undefined : await indexWithPagefind(dist);
  if (indexed) {
    writePagefindPage(dist);
    log(`${essays} essays: Pagefind indexed ${indexed.pages} pages in ${indexed.ms} ms`);
  }
  const server = await serveSite(dist);
  const browser = await launchChromium();
  const each = async (run: (query: string) => Promise<FirstQuery>): Promise<FirstQuery> => {
    const found: FirstQuery[] = [];
    for (const query of firstQueries) found.push(await run(query));
    return median(found);
  };
  try {
    const ours = await each((query) => ourFirstQuery(browser, server.url, dist, ESSAY_PATH, query));
    if (!indexed) return { ours, pagefind: undefined };
    const theirs = await each((query) => pagefindFirstQuery(browser, server.url, dist, query));
    const top = (words: readonly string[]): Promise<string[][]> => pagefindTopUrls(browser, server.url, words, RECALL_RANK);
    const pagefind = {
      indexMs: indexed.ms,
      searchGzFirstQuery: theirs.bytes,
      firstOpenRequests: theirs.openRequests,
      firstQueryRequests: theirs.requests,
      recallExact: recallOf(sample.exact, await top(sample.exact.map((item) => item.word))),
      recallTypo: recallOf(sample.typo, await top(sample.typo.map((item) => item.typo))),
    };
    return { ours, pagefind };
  } finally {
    await browser.close();
    server.close();
  }
}

async function measure(essays: number, work: string) {
  const content = path.join(work, `corpus-${essays}`);
  const dist = path.join(work, `dist-${essays}`);
  generateCorpus(content, essays, 1);
  const { buildMs, warmBuildMs, editBuildMs, peakRssMb, ogImages: images } = await build(essays, content, dist, log);
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
  const model = await loadContent({ contentDir: content, root: ROOT });
  const indexBuildMs = Math.round(time(() => buildSearchIndex(model.essays, model.concepts)));
  const { engine, core } = await openSearchIndex(dist);
  const queries = benchQueries(
    indexedTerms(dist),
    core.records,
    CONCEPTS.flatMap(([, title, names]) => [title, ...names]),
  );
  log(`${essays} essays: ${queries.length} queries through the site's engine, recall, and a naive fuse.js…`);
  const timings = await timeQueries(engine, queries);
  const sample = recallSample(model.essays);
  const recall = await ourRecall(engine, sample);
  const baseline = naiveBaseline(model, queries);
  log(`${essays} essays: first queries in Chromium${values['no-pagefind'] ? '' : ', ours and Pagefind’s'}…`);
  const { ours, pagefind } = await inTheBrowser(essays, dist, queries, sample);
  if (essays === DEV_EDIT_ESSAYS) log(`${essays} essays: an edit in astro dev, timed until Chromium shows it…`);
  const devEdit = essays === DEV_EDIT_ESSAYS ? await timeDevEdits(content, ESSAY_SLUG, log) : undefined;
  const result = {
    essays,
    pages,
    records: core.records,
    buildMs,
    ...(warmBuildMs === undefined ? {} : { warmBuildMs }),
    ...(editBuildMs === undefined ? {} : { editBuildMs }),
    buildRuns: buildRuns(essays),
    ogImages: images,
    peakRssMb,
    msPerPage: 0,
    indexBuildMs,
    jsGzPerPage: pageJsGzip(dist, path.join(dist, ESSAY_PATH, 'index.html')),
    searchGzFirstOpen: gzipSize(readFileSync(path.join(dist, SEARCH_DIR, CORE_MODULE))),
    searchGzFirstQuery: ours.bytes,
    firstOpenRequests: ours.openRequests,
    firstQueryRequests: ours.requests,
    searchFiles: readdirSync(path.join(dist, SEARCH_DIR), { recursive: true }).length,
    queryP50Ms: round(percentile(timings, 50), 3),
    queryP95Ms: round(percentile(timings, 95), 3),
    recallSample: sample.exact.length,
    ...recall,
    baselineQueryP95Ms: baseline.p95,
    baselineQueries: baseline.count,
    queries: queries.length,
    ...(devEdit ? { devEditMs: devEdit.ms, devEditRunsMs: devEdit.runs } : {}),
    ...(pagefind ? { pagefind } : {}),
  };
  log(`${essays} essays: ${JSON.stringify(result)}`);
  for (const folder of [content, dist, `${dist}.cache`]) rmSync(folder, { recursive: true, force: true });
  return result;
}

async function lighthouseOnBundledSite(work: string): Promise<Record<string, LighthouseScores>> {
  const dist = path.join(work, 'bundled');
  log('Lighthouse: building the bundled essays…');
  const build = await buildSite({ outDir: dist });
  if (build.code !== 0) throw new Error(`The bundled site did not build:\n${build.output}`);
  const server = await serveSite(dist);
  try {
    const essay = readdirSync(path.join(dist, 'essays')).find((name) => !name.endsWith('.html'));
    const pages = ['/', `/essays/${essay}/`, '/compare/'];
    log(`Lighthouse: ${pages.join(', ')}…`);
    const scores = await runLighthouse(pages.map((page) => `${server.url}${page}`));
    for (const [page, score] of Object.entries(scores)) {
      if ([score.performance, score.accessibility, score.bestPractices, score.seo].every((value) => value === 100)) continue;
      log(`Lighthouse: ${page} lost points on:\n  ${(await lighthouseFailures(`${server.url}${page}`)).join('\n  ')}`);
    }
    return scores;
  } finally {
    server.close();
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'lm-bench-'));
try {
  const started = performance.now();
  const corpora = [];
  for (const essays of SIZES) corpora.push(await measure(essays, work));
  // Marginal build cost per page: the largest corpus against the smallest.
  const [small, large] = [corpora[0]!, corpora.at(-1)!];
  const msPerPage = round((large.buildMs - small.buildMs) / (large.pages - small.pages), 2);
  for (const corpus of corpora) corpus.msPerPage = msPerPage;
  const lighthouse = values['no-lighthouse'] ? undefined : await lighthouseOnBundledSite(work);
  log(`done in ${Math.round((performance.now() - started) / 1000)} s`);
  process.stdout.write(
    `${JSON.stringify({ node: process.version, cpus: (await import('node:os')).cpus().length, corpora, ...(lighthouse ? { lighthouse } : {}) })}\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
