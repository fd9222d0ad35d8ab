import { describe, expect, it } from 'vitest';
import { slugify } from './model/slug.ts';
import { aspectTitleId, contrastId, PAGE_IDS, paths, RESERVED_IDS } from './routes.ts';

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
});
