/**
 * A worker thread that renders a slice of the essays (see `renderEssays` in
 * load.ts). It builds its own processor and sends back, for each file in
 * order, the loaded essay (or nothing) and the problems found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdownProcessor, type PipelineOptions } from '../pipeline/index.ts';
import { renderInOrder, type SourceFile } from './load.ts';

const { sources, options } = workerData as { sources: SourceFile[]; options: PipelineOptions };
parentPort?.postMessage(await renderInOrder(sources, createMarkdownProcessor(options)));
