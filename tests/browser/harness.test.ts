/**
 * The checks the other browser tests rely on must be able to fail: axe finds
 * a real violation, and a CSP-blocked inline script shows up as an error.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { axeViolations, collectErrors, sidewaysOverflow } from '../support/page-checks.ts';

const BAD_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bad</title>
<meta http-equiv="content-security-policy" content="script-src 'self'">
</head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><div style="width:2000px">wide</div>
<script>console.log('inline ran')</script></main></body></html>`;

describe.skipIf(!inject('siteUrl'))('browser check harness', () => {
  let browser: Browser;
  let server: Server;
  let url = '';
  beforeAll(async () => {
    browser = await launchChromium();
    server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(BAD_PAGE));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it("axe reports an image without alt text, under the page's own CSP, and its running is no error", async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    errors();
    expect((await axeViolations(page)).join('\n')).toContain('image-alt');
    expect(errors()).toEqual([]);
    await page.close();
  });

  it('a script the CSP blocks is reported as a console error, once per page it is on', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await page.waitForTimeout(50);
    expect(errors().join('\n')).toMatch(/Content Security Policy/);
    await page.goto('about:blank');
    expect(errors()).toEqual([]);
    await page.close();
  });

  it('sideways scrolling is measured', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 600 } });
    await page.goto(url);
    expect(await sidewaysOverflow(page)).toBeGreaterThan(1000);
    await page.close();
  });
});
