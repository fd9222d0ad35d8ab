/**
 * A worker thread that renders a slice of the essays (see render-pool.ts).
 * It builds its own processor and sends back, for each file in order, the
 * compiled essay (or nothing) and the problems found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdownProcessor, type PipelineOptions } from '../pipeline/index.ts';
import { renderInOrder } from './render-pool.ts';
import type { SourceFile } from './source-files.ts';

const { sources, options } = workerData as { sources: SourceFile[]; options: PipelineOptions };
parentPort?.postMessage(await renderInOrder(sources, createMarkdownProcessor(options)));
