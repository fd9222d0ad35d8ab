/**
 * How long an author waits, in `astro dev`, between saving an essay and
 * seeing the change: the dev server runs on the corpus, Chromium shows the
 * essay, a new word is written into its first paragraph, and the clock stops
 * when the page shows that word (after the reload the dev server sends).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.ts';
import { startDevServer } from './dev-server.ts';
import { percentile } from './measure.ts';

/** Edits timed, after one that warms the server up (its first reload compiles modules the later ones reuse). */
const EDITS = 5;
/** The longest one edit may take to show before the measurement fails. */
const EDIT_TIMEOUT_MS = 60_000;
/** A pause between edits, as between an author's saves. */
const PAUSE_MS = 1_000;

/** The essay with `word` as the first word of its body (the frontmatter is left as it is). */
export function withWord(markdown: string, word: string): string {
  const body = /^---\r?\n[\s\S]*?\r?\n---\r?\n\s*/.exec(markdown)?.[0].length ?? 0;
  return `${markdown.slice(0, body)}${word} ${markdown.slice(body)}`;
}

export interface DevEdit {
  /** Median of the timed edits, in ms. */
  readonly ms: number;
  /** Every timed edit, in ms. */
  readonly runs: readonly number[];
}

/** Times edits of `essays/<slug>.md` in `contentDir` until `/essays/<slug>/` shows them; the file is restored after. */
export async function timeDevEdits(contentDir: string, slug: string, log: (message: string) => void): Promise<DevEdit> {
  const file = path.join(contentDir, 'essays', `${slug}.md`);
  const original = readFileSync(file, 'utf8');
  const server = await startDevServer({ contentDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/essays/${slug}/`, { timeout: EDIT_TIMEOUT_MS * 2 });
    if (response?.status() !== 200) throw new Error(`astro dev answered ${response?.status()}:\n${server.output().slice(-4000)}`);
    const runs: number[] = [];
    for (let edit = 0; edit <= EDITS; edit += 1) {
      await page.waitForTimeout(PAUSE_MS);
      const word = `Quillwort${edit}x${Date.now().toString(36)}`;
      const started = performance.now();
      writeFileSync(file, withWord(original, word));
      await page.waitForFunction((text) => document.body?.innerText.includes(text), word, { timeout: EDIT_TIMEOUT_MS, polling: 10 });
      const ms = Math.round(performance.now() - started);
      log(`astro dev: edit ${edit} ${edit === 0 ? '(warm-up) ' : ''}showed in ${ms} ms`);
      if (edit > 0) runs.push(ms);
    }
    return { ms: percentile(runs, 50), runs };
  } finally {
    writeFileSync(file, original);
    await browser.close();
    await server.close();
  }
}
