import { afterEach, describe, expect, it } from 'vitest';
import { checkDist } from './dist-links.ts';
import { removeCorpus, writeCorpus } from '../../tests/support/corpus.ts';

let dir = '';
afterEach(() => removeCorpus(dir));

const page = (body: string, canonical = '/') =>
  `<!doctype html><html><head><link rel="canonical" href="https://example.org${canonical}"></head><body>${body}</body></html>`;

describe('checkDist', () => {
  it('passes a site whose links and anchors all resolve', async () => {
    dir = writeCorpus({
      'index.html': page(
        '<h1 id="top">T</h1><a href="/a/#x">a</a> <a href="a/">rel</a> <img src="/i.svg"> <a href="https://elsewhere.example/">out</a> <a href="/a/?q=1&amp;b=2">q</a>',
      ),
      'a/index.html': page('<h2 id="x">X</h2><a href="#x">self</a><a href="https://example.org/#top">abs</a>', '/a/'),
      'i.svg': '<svg/>',
    });
    const report = await checkDist(dir, 'https://example.org');
    expect(report.broken).toEqual([]);
    expect(report.pages).toBe(2);
    expect(report.links).toBe(9);
  });

  it("finds an id by the fragment as written or decoded, as a browser does: a GitHub footnote's id keeps its label encoded", async () => {
    dir = writeCorpus({
      'index.html': page(
        '<a href="#user-content-fn-caf%C3%A9">1</a> <a href="#caf%C3%A9">2</a> <li id="user-content-fn-caf%C3%A9">n</li> <h2 id="café">h</h2>',
      ),
    });
    expect((await checkDist(dir, 'https://example.org')).broken).toEqual([]);
  });

  it('reports a link to the site whose percent-escapes are malformed as leading nowhere, where it stopped the build with a URIError', async () => {
    dir = writeCorpus({ 'index.html': page('<a href="https://example.org/essays/%E0%A4/">a</a> <a href="/#%E0%A4">b</a>') });
    expect((await checkDist(dir, 'https://example.org')).broken).toEqual([
      { page: '/', href: 'https://example.org/essays/%E0%A4/', reason: 'no such file' },
      { page: '/', href: '/#%E0%A4', reason: 'no id "%E0%A4" on /' },
    ]);
  });

  it('reports a missing page, a missing asset and a missing anchor', async () => {
    dir = writeCorpus({
      'index.html': page(
        '<a href="/b/">b</a> <script src="/gone.js"></script> <a href="/a/#nope">a</a> <a href="https://example.org/c/">c</a>',
      ),
      'a/index.html': page('<p id="x">x</p>'),
    });
    const report = await checkDist(dir, 'https://example.org');
    expect(report.broken).toEqual([
      { page: '/', href: '/b/', reason: 'no such file' },
      { page: '/', href: '/gone.js', reason: 'no such file' },
      { page: '/', href: '/a/#nope', reason: 'no id "nope" on /a/' },
      { page: '/', href: 'https://example.org/c/', reason: 'no such file' },
    ]);
  });

  it('looks links up without the base path of a site served below one, and reports links that miss it', async () => {
    dir = writeCorpus({
      'index.html': page(
        '<h1 id="top">T</h1><a href="/sub/a/#x">a</a> <a href="a/">rel</a> <img src="/sub/i.svg"> <a href="https://example.org/sub/#top">abs</a> <a href="/sub">bare</a>' +
          ' <a href="/a/">root</a> <img src="/i.svg"> <a href="https://example.org/a/">abs root</a> <a href="/subway/">prefix</a> <a href="/sub/b/">b</a>',
        '/sub/',
      ),
      'a/index.html': page('<h2 id="x">X</h2><a href="../#top">up</a><a href="#x">self</a><a href="../../">above</a>', '/sub/a/'),
      'i.svg': '<svg/>',
    });
    const report = await checkDist(dir, 'https://example.org/sub/');
    expect(report.broken).toEqual([
      { page: '/a/', href: '../../', reason: 'not under the base path /sub/' },
      { page: '/', href: '/a/', reason: 'not under the base path /sub/' },
      { page: '/', href: '/i.svg', reason: 'not under the base path /sub/' },
      { page: '/', href: 'https://example.org/a/', reason: 'not under the base path /sub/' },
      { page: '/', href: '/subway/', reason: 'not under the base path /sub/' },
      { page: '/', href: '/sub/b/', reason: 'no such file' },
    ]);
    expect(report.links).toBe(15);
  });

  it('decodes entities in ids and links', async () => {
    dir = writeCorpus({
      'index.html': page('<h2 id="r&amp;d">R&amp;D</h2><a href="#r&amp;d">x</a><a href="#caf&#xe9;">y</a><p id="café"></p>'),
    });
    expect((await checkDist(dir, 'https://example.org')).broken).toEqual([]);
  });
});

describe('checkDist on links that recur', () => {
  it('reports a broken address on every page that has it, and reads a relative one from each page', async () => {
    dir = writeCorpus({
      'index.html': page('<p id="x">x</p><a href="/gone/">g</a><a href="#x">here</a><a href="a/">a</a>'),
      'a/index.html': page('<a href="/gone/">g</a><a href="#x">here</a><a href="a/">a</a>', '/a/'),
      'b/index.html': page('<p id="x">x</p><a href="/gone/">g</a><a href="#x">here</a><a href="../a/">a</a>', '/b/'),
    });
    const report = await checkDist(dir, 'https://example.org');
    expect(report.broken).toEqual([
      { page: '/a/', href: '/gone/', reason: 'no such file' },
      { page: '/a/', href: '#x', reason: 'no id "x" on /a/' },
      { page: '/a/', href: 'a/', reason: 'no such file' },
      { page: '/b/', href: '/gone/', reason: 'no such file' },
      { page: '/', href: '/gone/', reason: 'no such file' },
    ]);
  });
});
