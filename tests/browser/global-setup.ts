/**
 * Builds the bundled essays and an unfamiliar corpus once, serves both, and
 * hands their URLs to the browser tests. In CI a missing Chromium fails the
 * run; locally the browser tests are skipped with a loud message.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/browser.ts';
import { removeCorpus } from '../support/corpus.ts';
import { buildSite, ROOT, serveSite, type Served } from '../../scripts/lib/site.ts';
import { writeUnfamiliarCorpus } from '../support/unfamiliar.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the bundled essays, or '' when browser tests are skipped. */
    siteUrl: string;
    /** Base URL of the unfamiliar corpus. */
    unfamiliarUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!findChromium()) {
    if (process.env['CI']) throw new Error('Browser tests must run in CI, but there is no `chromium` on the PATH.');
    console.warn(
      `\n${'!'.repeat(72)}\n!! No \`chromium\` on the PATH: BROWSER TESTS ARE SKIPPED.\n!! Install it (apt-get install -y chromium) to run them.\n${'!'.repeat(72)}\n`,
    );
    project.provide('siteUrl', '');
    project.provide('unfamiliarUrl', '');
    return;
  }
  const work = path.join(ROOT, '.tmp/browser');
  rmSync(work, { recursive: true, force: true });
  const unfamiliar = writeUnfamiliarCorpus();
  const [site, other] = await Promise.all([
    buildSite({ outDir: path.join(work, 'site') }),
    buildSite({ contentDir: unfamiliar, outDir: path.join(work, 'unfamiliar') }),
  ]);
  for (const [name, result] of [
    ['bundled', site],
    ['unfamiliar', other],
  ] as const) {
    if (result.code !== 0) throw new Error(`The ${name} site did not build:\n${result.output}`);
  }
  const servers: Served[] = [await serveSite(path.join(work, 'site')), await serveSite(path.join(work, 'unfamiliar'))];
  project.provide('siteUrl', servers[0]!.url);
  project.provide('unfamiliarUrl', servers[1]!.url);
  return () => {
    for (const server of servers) server.close();
    removeCorpus(unfamiliar);
  };
}
