/**
 * Lighthouse (performance, accessibility, best practices, SEO, CLS, TBT) on
 * pages of a served site, in Debian's Chromium via chrome-launcher.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

export interface LighthouseScores {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  /** Cumulative layout shift. */
  readonly cls: number;
  /** Total blocking time, milliseconds. */
  readonly tbt: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Runs Lighthouse on each URL in one Chromium and returns the reports, by path. */
async function lighthouseReports(urls: readonly string[]): Promise<Map<string, Report>> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No `chromium` on the PATH for Lighthouse.');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS], logLevel: 'silent' });
  const reports = new Map<string, Report>();
  try {
    for (const url of urls) {
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!run?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      reports.set(new URL(url).pathname, run.lhr);
    }
  } finally {
    chrome.kill();
  }
  return reports;
}

export async function runLighthouse(urls: readonly string[]): Promise<Record<string, LighthouseScores>> {
  const results: Record<string, LighthouseScores> = {};
  for (const [page, lhr] of await lighthouseReports(urls)) {
    const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    results[page] = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
      tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN),
    };
  }
  return results;
}

/** Audits that lost points on a page, for the log: what to fix. */
export async function lighthouseFailures(url: string): Promise<string[]> {
  const [lhr] = (await lighthouseReports([url])).values();
  return Object.values(lhr?.audits ?? {})
    .filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual',
    )
    .map((audit) => `${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
}
