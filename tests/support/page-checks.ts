/** Checks shared by the browser tests: console errors, axe, sideways scroll. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { pngOf } from './images.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA, as axe-core tags it. */
const WCAG_TAGS = Object.freeze(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);

/**
 * Answers every `https:` request with a small PNG: the only ones our pages
 * make are authors' images from other sites, and tests have no network. The
 * page's CSP still applies, so an image it refused would still fail.
 */
export async function answerForOtherSites(context: BrowserContext): Promise<string[]> {
  const asked: string[] = [];
  const body = Buffer.from(pngOf(200, 100, '#345678'));
  await context.route(/^https:\/\//, (route) => {
    asked.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body });
  });
  return asked;
}

/**
 * Collects what goes wrong on `page` (console errors, CSP violations among
 * them, and uncaught exceptions) until taken; `take` empties the list, so
 * one page can be checked at one address after another.
 */
export function collectErrors(page: Page): () => string[] {
  let errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return () => {
    const taken = errors;
    errors = [];
    return taken;
  };
}

/**
 * Runs axe-core on the page. It is evaluated from the test's side rather
 * than added as a script, so the page's real CSP stays on: a page checked
 * with axe is checked for CSP violations in the same load.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Straight through the DevTools protocol: axe is 654 KB, and page.evaluate took about 245 ms to run it on this
    // 2-core machine, Runtime.evaluate 163 ms (a page is loaded once and checked four times in pages.test.ts).
    // Unlike page.evaluate, it reports a script that throws (a CSP refusing what axe runs) as a result, not an error.
    const session = await page.context().newCDPSession(page);
    try {
      const { exceptionDetails } = await session.send('Runtime.evaluate', { expression: axeSource });
      if (exceptionDetails) throw new Error(`axe did not load: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    } finally {
      await session.detach();
    }
  }
  const violations = await page.evaluate(
    async (tags) => {
      const result = await (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              options: unknown,
            ) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }>;
          };
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.help} → ${v.nodes
            .slice(0, 3)
            .map((n) => JSON.stringify(n.target))
            .join(', ')}`,
      );
    },
    [...WCAG_TAGS],
  );
  return violations;
}

/** How many CSS pixels the page scrolls sideways. */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
