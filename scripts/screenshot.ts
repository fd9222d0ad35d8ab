/**
 * Developer tool: screenshots pages of a running site so a layout can be
 * looked at. Usage:
 *   node scripts/screenshot.ts [--base http://localhost:4321] [--out .tmp/shots] path...
 * Each path is shot at 1280 and 360 px, light and dark.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser.ts';

const { values, positionals } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://localhost:4321' },
    out: { type: 'string', default: '.tmp/shots' },
    full: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
mkdirSync(values.out, { recursive: true });
const browser = await launchChromium();
for (const target of positionals.length ? positionals : ['/']) {
  for (const width of [1280, 360]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: width > 800 ? 900 : 780 }, colorScheme: scheme });
      await page.goto(new URL(target, values.base).href, { waitUntil: 'networkidle' });
      const name = `${target.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: path.join(values.out, name), fullPage: values.full });
      console.log(path.join(values.out, name));
      await page.close();
    }
  }
}
await browser.close();
