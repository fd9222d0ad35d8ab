import { describe, expect, it } from 'vitest';
import { slugify } from './model/slug.ts';
import {
  aspectNamedBy,
  aspectTitleId,
  contrastId,
  fragmentId,
  isPageAddress,
  PAGE_IDS,
  paths,
  RESERVED_IDS,
  withBase,
  withoutBase,
} from './routes.ts';

describe('routes', () => {
  it.each([
    [paths.essay('risk-and-reward'), '/essays/risk-and-reward/'],
    [paths.essay('risk-and-reward', 'who-can-afford-a-risk'), '/essays/risk-and-reward/#who-can-afford-a-risk'],
    [paths.contrastInEssay('risk-and-reward', slugify('Risk & reward')), '/essays/risk-and-reward/#contrast-risk-reward'],
    [paths.concept('vision'), '/concepts/vision/'],
    [paths.aspect('time-horizon'), '/compare/time-horizon/'],
    [paths.aspectOnCompare('time-horizon'), '/compare/#time-horizon'],
    [paths.searchFor('big picture & "risk"'), '/search/?q=big%20picture%20%26%20%22risk%22'],
    [contrastId('risk'), 'contrast-risk'],
    [aspectTitleId('risk'), 'risk--title'],
  ])('%s is %s', (actual, expected) => expect(actual).toBe(expected));

  it.each([
    ['/', true],
    ['/essays/first-among-equals/', true],
    ['/essays/first-among-equals', true],
    ['/essays/v2.0-notes/', true],
    ['/favicon.ico', false],
    ['/og/essays/first-among-equals.png', false],
    ['/previews/essays/x/2.json', false],
    ['/rss.xml', false],
  ])('%s is a page’s address: %s', (pathname, page) => expect(isPageAddress(pathname)).toBe(page));

  describe('under a base path', () => {
    it.each([
      ['/', '/essays/', '/essays/'],
      ['/essays/x/#contrast-risk', '/essays/', '/essays/essays/x/#contrast-risk'],
      ['/search/?q=risk', '/sub/', '/sub/search/?q=risk'],
      ['/favicon.svg', '/a/b/', '/a/b/favicon.svg'],
      ['/compare/', '/', '/compare/'],
      ['#contrast-risk', '/sub/', '#contrast-risk'],
      ['../other/', '/sub/', '../other/'],
      ['https://example.org/x/', '/sub/', 'https://example.org/x/'],
      ['//cdn.example/x.png', '/sub/', '//cdn.example/x.png'],
      ['mailto:a@example.org', '/sub/', 'mailto:a@example.org'],
    ])('serves %s under %s as %s', (path, base, served) => expect(withBase(path, base)).toBe(served));

    it.each([
      ['/sub/essays/x/', '/sub/', '/essays/x/'],
      ['/sub/', '/sub/', '/'],
      ['/sub', '/sub/', '/'],
      ['/essays/x/', '/', '/essays/x/'],
      ['/essays/x/', '/sub/', undefined],
      ['/subway/', '/sub/', undefined],
    ])('reads %s under %s as the site path %s', (pathname, base, path) => expect(withoutBase(pathname, base)).toBe(path));

    it('round-trips every kind of site path', () => {
      for (const path of [paths.home, paths.essay('a', 'b'), paths.share('risk', 'a'), paths.ogImage('/'), paths.searchFor('x y')])
        for (const base of ['/', '/sub/', '/a/b/']) expect(withoutBase(withBase(path, base), base)).toBe(path);
    });
  });

  it.each([
    ['/compare/tempo/', undefined, 'tempo'],
    ['/compare/tempo/an-essay/', undefined, 'tempo'],
    ['/essays/an-essay/', undefined, undefined],
    ['/compare/', 'tempo', 'tempo'],
    ['/essays/an-essay/', 'contrast-tempo', 'tempo'],
    ['/essays/an-essay/', 'contrast-', undefined],
    ['/essays/an-essay/', 'a-heading', undefined],
  ])('names the aspect a link to %s (#%s) asks for: %s', (path, fragment, aspect) => {
    expect(aspectNamedBy(path, fragment)).toBe(aspect);
  });

  it('reserves every id a template owns, each once', () => {
    expect(new Set(RESERVED_IDS).size).toBe(RESERVED_IDS.length);
    expect([...RESERVED_IDS].sort()).toEqual(Object.values(PAGE_IDS).sort());
    expect(RESERVED_IDS).toEqual(expect.arrayContaining(['sources', 'tagged', 'essays', 'headline', 'related-aspects']));
  });

  it('gives the chrome ids no heading could take: slugify never starts one with `_`', () => {
    for (const id of [PAGE_IDS.main, PAGE_IDS.searchDialog, PAGE_IDS.searchInput]) {
      expect(id.startsWith('_')).toBe(true);
      expect(slugify(id)).not.toBe(id);
    }
  });

  it.each([
    ['#contrast-%D1%80%D0%B8%D1%81%D0%BA', 'contrast-риск'],
    ['contrast-risk', 'contrast-risk'],
    // A shared link cut mid-character: taken as written, never a URIError.
    ['#contrast-%E0%A4', 'contrast-%E0%A4'],
  ])('reads the id of the fragment %s as %s', (hash, id) => expect(fragmentId(hash)).toBe(id));
});
