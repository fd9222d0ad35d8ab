import { describe, expect, it } from 'vitest';
import { keepsRawHtml, siteAddress, siteUrlWarning } from './site.config.ts';

describe('RAW_HTML', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['github', true],
    ['strip', false],
  ])('%j keeps raw HTML: %s', (value, keeps) => expect(keepsRawHtml(value)).toBe(keeps));

  it.each(['drop', 'STRIP', '1', 'true'])('refuses %j, naming the two settings', (value) => {
    expect(() => keepsRawHtml(value)).toThrow(/RAW_HTML must be `github` .* or `strip`/);
  });
});

describe('SITE_URL', () => {
  it.each([
    [undefined, 'http://localhost:4321', '/'],
    ['', 'http://localhost:4321', '/'],
    ['https://essays.example.org', 'https://essays.example.org', '/'],
    ['https://essays.example.org/', 'https://essays.example.org', '/'],
    ['https://user.github.io/essays', 'https://user.github.io', '/essays/'],
    ['https://user.github.io/essays/', 'https://user.github.io', '/essays/'],
    ['https://example.org/a/b//', 'https://example.org', '/a/b/'],
    // A doubled slash (`${HOST}/${REPO}` with HOST ending in one) would make every link `//essays/…`, another host's.
    ['https://example.org//essays', 'https://example.org', '/essays/'],
    ['https://example.org//a///b/', 'https://example.org', '/a/b/'],
  ])('%j is served at %s under %s', (value, origin, base) => {
    const address = siteAddress(value);
    expect([address.origin, address.pathname, address.href]).toEqual([origin, base, `${origin}${base}`]);
  });

  it.each(['example.org', '/essays/', 'ftp://example.org/', 'https://example.org/?page=1', 'https://example.org/#top'])(
    'refuses %j, showing the form it needs',
    (value) =>
      expect(() => siteAddress(value)).toThrow(/SITE_URL must be the http\(s\) address .* such as https:\/\/user\.github\.io\/essays\//),
  );

  it('refuses a user name or password, which the feed would publish, and says why', () => {
    for (const value of ['https://user:secret@example.org/essays/', 'https://user@example.org/'])
      expect(() => siteAddress(value)).toThrow(/SITE_URL must not hold a user name or password: the RSS feed would publish it/);
  });

  it('refuses a page in place of a folder, naming the folder to give', () => {
    expect(() => siteAddress('https://example.org/essays/index.html')).toThrow(
      /SITE_URL must be the folder the site is served from, not a page in it: https:\/\/example\.org\/essays\//,
    );
    expect(siteAddress('https://example.org/v1.2/').pathname).toBe('/v1.2/');
  });

  it('warns a build without it that absolute links point at localhost, and says how to set it', () => {
    expect(siteUrlWarning({ npm_lifecycle_event: 'build' })).toBe(
      'SITE_URL is not set, so absolute links (canonical, Open Graph, RSS, sitemap) will point at http://localhost:4321. ' +
        'Set it to the address the site will be served at, with its path if it has one: SITE_URL=https://user.github.io/essays/ npm run build',
    );
    expect(siteUrlWarning({})).toBe(siteUrlWarning({ npm_lifecycle_event: 'build' }));
    expect(siteUrlWarning({ SITE_URL: '', npm_lifecycle_event: 'build' })).toBeDefined();
  });

  it('stays quiet when it is set, and for `npm start`, which previews the build here', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://example.org/', npm_lifecycle_event: 'build' })).toBeUndefined();
    expect(siteUrlWarning({ npm_lifecycle_event: 'start' })).toBeUndefined();
  });
});
