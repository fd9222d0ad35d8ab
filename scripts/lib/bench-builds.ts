/**
 * The benchmark's builds of one corpus: cold, warm (no change) and after an
 * edit to one essay's prose, each timed as `npm run build` runs.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, ogImageCounts, type BuildResult, type OgImageCounts } from './site.ts';

/** Builds below 10,000 essays run twice: cold (empty cache), then warm; then once more after an edit. */
export const buildRuns = (essays: number): number => (essays >= 10_000 ? 1 : 2);

/**
 * The first build starts with an empty cache (cold: every preview image is
 * drawn); the second, where there is one, reuses it (warm: a rebuild with no
 * content change, which draws none).
 */
export async function build(essays: number, content: string, dist: string, log: (message: string) => void) {
  const runs: Array<{ ms: number; peakRssMb: number; images: OgImageCounts }> = [];
  rmSync(`${dist}.cache`, { recursive: true, force: true });
  for (let run = 1; run <= buildRuns(essays); run += 1) {
    log(`${essays} essays: build ${run} of ${buildRuns(essays)} (${run === 1 ? 'cold' : 'warm'})…`);
    const result = await buildAfresh(content, dist, `The ${essays}-essay build`);
    runs.push({ ms: Math.round(result.ms), peakRssMb: result.peakRssMb ?? 0, images: ogImageCounts(result.output) });
  }
  const [cold, warm] = [runs[0]!, runs[1]];
  const edited = warm ? await buildAfterEdit(essays, content, dist, log) : undefined;
  return {
    buildMs: cold.ms,
    ...(warm ? { warmBuildMs: warm.ms } : {}),
    ...(edited === undefined ? {} : { editBuildMs: edited }),
    peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)),
    ogImages: {
      images: cold.images.images,
      coldDrawMs: cold.images.drawMs,
      ...(warm ? { warmDrawn: warm.images.drawn, warmCached: warm.images.cached } : {}),
    },
  };
}

/** The essay whose prose is edited before the third build. */
const EDITED_SLUG = 'essay-0002';

/**
 * A rebuild after an author's usual change: one sentence of one essay's
 * prose, neither its title nor a contrast. The edit stays for the rest of
 * the run (it adds words every essay has), so the model read afterwards
 * matches the build.
 */
async function buildAfterEdit(essays: number, content: string, dist: string, log: (message: string) => void): Promise<number> {
  log(`${essays} essays: build 3 (one essay's prose edited)…`);
  const file = path.join(content, 'essays', `${EDITED_SLUG}.md`);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/(\n\n[^\n|#-][^\n]*?)\. /, '$1, as it happens. ');
  if (edited === text) throw new Error(`${file} has no sentence to edit`);
  writeFileSync(file, edited);
  return Math.round((await buildAfresh(content, dist, `The ${essays}-essay rebuild after an edit`)).ms);
}

/** `npm run build` into an emptied `dist` (its cache folder kept), peak memory measured; throws, with the log's end, when it fails. */
async function buildAfresh(content: string, dist: string, what: string): Promise<BuildResult> {
  rmSync(dist, { recursive: true, force: true });
  const result = await buildSite({ contentDir: content, outDir: dist, peakRss: true });
  if (result.code !== 0) throw new Error(`${what} failed:\n${result.output.slice(-4000)}`);
  return result;
}
