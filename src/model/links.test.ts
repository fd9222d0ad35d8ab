/** The link gate on links to the site's own public address, which it reads as paths of the site. */
import { describe, expect, it } from 'vitest';
import { checkLinks, ownSitePath, type SiteMap } from './links.ts';

const site: SiteMap = new Map([
  ['/', undefined],
  ['/essays/first/', new Set(['where-it-goes'])],
  ['/compare/risk/', undefined],
]);

const source = (href: string) => ({ file: 'essays/second.md', page: '/essays/second/', links: [{ href, line: 7 }] });

describe('ownSitePath', () => {
  it('reads a link to the site’s address as the path it names, under a base path too', () => {
    expect(ownSitePath('https://example.org/essays/first/#x', 'https://example.org/')).toBe('/essays/first/#x');
    expect(ownSitePath('https://EXAMPLE.org/sub/essays/a/?q=1', 'https://example.org/sub/')).toBe('/essays/a/?q=1');
  });

  it('leaves alone other sites, other schemes, paths outside the base, and a site with no address', () => {
    expect(ownSitePath('https://example.com/essays/first/', 'https://example.org/')).toBeUndefined();
    expect(ownSitePath('http://example.org/essays/first/', 'https://example.org/')).toBeUndefined();
    expect(ownSitePath('https://example.org/other/', 'https://example.org/sub/')).toBeUndefined();
    expect(ownSitePath('mailto:a@example.org', 'https://example.org/')).toBeUndefined();
    expect(ownSitePath('https://example.org/essays/first/', undefined)).toBeUndefined();
  });
});

describe('checkLinks and the site’s own address', () => {
  it('reports a broken link to the site’s address at its line, with the nearest page', () => {
    const [problem] = checkLinks([source('https://example.org/essays/frist/')], site, new Map(), undefined, 'https://example.org/');
    expect(problem).toMatchObject({ code: 'broken-link', file: 'essays/second.md', line: 7, fix: 'did you mean `/essays/first/`?' });
  });

  it('reports a broken anchor on a page linked by its address, and passes the good ones', () => {
    const problems = checkLinks(
      [source('https://example.org/essays/first/#where-it-gose'), source('https://example.org/essays/first/#where-it-goes')],
      site,
      new Map(),
      undefined,
      'https://example.org/',
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'broken-anchor', line: 7, fix: 'did you mean `/essays/first/#where-it-goes`?' }),
    ]);
  });

  it('still leaves other sites’ links to the browser, and checks nothing absolute when the address is not known', () => {
    expect(checkLinks([source('https://example.com/nowhere/')], site, new Map(), undefined, 'https://example.org/')).toEqual([]);
    expect(checkLinks([source('https://example.org/nowhere/')], site)).toEqual([]);
  });
});
