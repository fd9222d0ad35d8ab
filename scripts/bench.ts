/**
 * The performance benchmark. Builds deterministic synthetic corpora of 10,
 * 100 and 1,000 essays (`--quick`: 10 and 100) with the project's real
 * build, measures speed and size with its real code, runs Lighthouse on the
 * bundled site, and prints one JSON object as the last line of stdout.
 * Progress goes to stderr.
 *
 *   npm run bench [-- --quick] [-- --no-lighthouse]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import { loadContent } from '../src/model/load.ts';
import { SearchEngine } from '../src/search/engine.ts';
import { CORE_PATH, shardPath, type CoreIndex, type Shard } from '../src/search/format.ts';
import { CONCEPTS, generateCorpus } from './corpus.ts';
import { lighthouseFailures, runLighthouse, type LighthouseScores } from './lib/lighthouse.ts';
import { benchQueries, pageJsGzip, percentile, queryShardBytes, searchBytes } from './lib/measure.ts';
import { buildSite, ROOT, serveSite } from './lib/site.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, 'no-lighthouse': { type: 'boolean', default: false } } });
const SIZES = values.quick ? [10, 100] : [10, 100, 1000];
/** Queries timed per corpus, after warm-up. */
const WARMUP_ROUNDS = 2;
/** The naive baseline scans every character; past 100 essays it is timed on a sample. */
const BASELINE_SAMPLE = 40;
/** Each corpus is built this many times and the fastest counts: a shared machine only ever adds time. */
const BUILD_RUNS = 2;

const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);
const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

interface Corpus {
  essays: number;
  pages: number;
  records: number;
  buildMs: number;
  buildRuns: number;
  msPerPage: number;
  jsGzPerPage: number;
  searchGzFirstOpen: number;
  searchGzFirstQuery: number;
  queryP50Ms: number;
  queryP95Ms: number;
  baselineQueryP95Ms: number;
  baselineQueries: number;
  queries: number;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function measure(essays: number, work: string): Promise<Corpus> {
  const content = path.join(work, `corpus-${essays}`);
  const dist = path.join(work, `dist-${essays}`);
  generateCorpus(content, essays, 1);
  let buildMs = Number.POSITIVE_INFINITY;
  for (let run = 1; run <= BUILD_RUNS; run += 1) {
    log(`${essays} essays: build ${run} of ${BUILD_RUNS}…`);
    rmSync(dist, { recursive: true, force: true });
    const build = await buildSite({ contentDir: content, outDir: dist });
    if (build.code !== 0) throw new Error(`The ${essays}-essay build failed:\n${build.output}`);
    buildMs = Math.min(buildMs, build.ms);
  }
  const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const essayPage = path.join(dist, 'essays', 'essay-0001', 'index.html');

  const core = JSON.parse(readFileSync(path.join(dist, CORE_PATH), 'utf8')) as CoreIndex;
  const shards = core.shards.map((key) => JSON.parse(readFileSync(path.join(dist, shardPath(key, core.build)), 'utf8')) as Shard);
  const byKey = new Map(shards.map((shard) => [shard.key, shard]));
  const engine = new SearchEngine(core, async (key) => byKey.get(key)!);
  await engine.loadAll();
  const aliases = CONCEPTS.flatMap(([, title, names]) => [title, ...names]);
  const queries = benchQueries(core, shards, aliases);
  log(`${essays} essays: ${queries.length} queries through the site's engine…`);
  for (let round = 0; round < WARMUP_ROUNDS; round += 1) for (const query of queries) engine.search(query);
  const timings = queries.map((query) => time(() => engine.search(query)));

  log(`${essays} essays: the same queries through a naive fuse.js…`);
  const model = await loadContent({ contentDir: content, root: ROOT });
  const naiveRecords = [
    ...model.essays.flatMap((essay) => [
      { title: essay.title, text: `${essay.description} ${essay.intro}` },
      ...essay.sections.map((section) => ({ title: section.heading, text: section.text })),
      ...essay.contrasts.map((contrast) => ({ title: contrast.aspect, text: `${contrast.leadershipText} ${contrast.managementText}` })),
    ]),
    ...model.concepts.map((concept) => ({ title: concept.title, text: `${concept.aliases.join(' ')} ${concept.text}` })),
  ];
  const naive = new Fuse(naiveRecords, { keys: ['title', 'text'], includeScore: true, ignoreLocation: true });
  const sample = essays > 100 ? queries.filter((_, i) => i % Math.ceil(queries.length / BASELINE_SAMPLE) === 0) : queries;
  naive.search(sample[0]!);
  const baseline = sample.map((query) => time(() => naive.search(query)));

  const bytes = searchBytes(dist, essayPage);
  const result = {
    essays,
    pages: htmlFiles.length,
    records: core.records.length,
    buildMs: Math.round(buildMs),
    buildRuns: BUILD_RUNS,
    msPerPage: 0,
    jsGzPerPage: pageJsGzip(dist, essayPage),
    searchGzFirstOpen: bytes.firstOpen,
    // First open plus the shards the median benchmark query needs.
    searchGzFirstQuery: bytes.firstOpen + percentile(queries.map((query) => queryShardBytes(query, bytes.shards)), 50),
    queryP50Ms: round(percentile(timings, 50), 3),
    queryP95Ms: round(percentile(timings, 95), 3),
    baselineQueryP95Ms: round(percentile(baseline, 95), 1),
    baselineQueries: sample.length,
    queries: queries.length,
  };
  log(`${essays} essays: ${JSON.stringify(result)}`);
  rmSync(content, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
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
  const corpora: Corpus[] = [];
  for (const essays of SIZES) corpora.push(await measure(essays, work));
  // Marginal build cost per page: the largest corpus against the smallest.
  const [small, large] = [corpora[0]!, corpora.at(-1)!];
  const msPerPage = round((large.buildMs - small.buildMs) / (large.pages - small.pages), 2);
  for (const corpus of corpora) corpus.msPerPage = msPerPage;
  const lighthouse = values['no-lighthouse'] ? undefined : await lighthouseOnBundledSite(work);
  log(`done in ${Math.round((performance.now() - started) / 1000)} s`);
  process.stdout.write(`${JSON.stringify({ node: process.version, cpus: (await import('node:os')).cpus().length, corpora, ...(lighthouse ? { lighthouse } : {}) })}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
