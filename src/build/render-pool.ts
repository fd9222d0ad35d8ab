/**
 * Renders essays in file order. Large corpora are split across worker
 * threads (the Markdown pipeline is the build's largest single cost); the
 * results come back in the same order, so output never depends on timing.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../model/errors.ts';
import type { MarkdownProcessor, PipelineOptions } from '../pipeline/index.ts';
import { compileEssay } from './compile.ts';
import type { SourceFile } from './source-files.ts';

export type Rendered = { loaded: Awaited<ReturnType<typeof compileEssay>>; found: Problem[] };

/** Renders essays one after another; each worker thread runs this on its slice. */
export async function renderInOrder(sources: readonly SourceFile[], processor: MarkdownProcessor): Promise<Rendered[]> {
  const results: Rendered[] = [];
  for (const source of sources) {
    const found: Problem[] = [];
    results.push({ loaded: await compileEssay(source, processor, found), found });
  }
  return results;
}

/** Below this many essays, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 150;

function inWorker(sources: readonly SourceFile[], options: PipelineOptions): Promise<Rendered[]> {
  return new Promise<Rendered[]>((resolve, reject) => {
    const worker = new Worker(new URL('./essay-worker.ts', import.meta.url), { workerData: { sources, options } });
    worker.once('message', (results: Rendered[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`An essay worker stopped with code ${code}.`)));
  });
}

/** `parallel` forces worker threads on or off (default: for 150 essays or more, on a machine with 2+ cores). */
export async function renderEssays(
  sources: readonly SourceFile[],
  processor: MarkdownProcessor,
  options: PipelineOptions,
  parallel?: boolean,
): Promise<Rendered[]> {
  if (!(parallel ?? (sources.length >= PARALLEL_FROM && availableParallelism() >= 2))) return renderInOrder(sources, processor);
  const threads = Math.max(2, Math.min(availableParallelism(), 4));
  const size = Math.ceil(sources.length / threads);
  const slices = Array.from({ length: threads }, (_, i) => sources.slice(i * size, (i + 1) * size)).filter((slice) => slice.length > 0);
  return (await Promise.all(slices.map((slice) => inWorker(slice, options)))).flat();
}
