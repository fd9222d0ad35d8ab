/**
 * Contrasts gathered by aspect: the name a group shows when aspects.yml
 * gives none, and the order of groups and rows.
 */
import { describe, expect, it } from 'vitest';
import type { AspectSettings } from '../model/aspects.ts';
import type { Essay } from '../model/schemas.ts';
import { slugify } from '../model/slug.ts';
import { groupByAspect } from './aspect-groups.ts';

/** An essay arguing `aspects`, each written as given and filed under `slug` (its own slug unless renamed). */
const essay = (slug: string, ...aspects: Array<[written: string, filed?: string]>): Essay =>
  ({
    slug,
    title: slug.toUpperCase(),
    contrasts: aspects.map(([aspect, filed]) => ({
      essay: slug,
      aspect,
      aspectSlug: filed ?? slugify(aspect),
      leadership: 'l',
      management: 'm',
      leadershipText: 'l',
      managementText: 'm',
      line: 1,
    })),
  }) as unknown as Essay;

const names = (essays: Essay[], settings: AspectSettings = {}) =>
  groupByAspect(essays, settings).map((group) => [group.slug, group.name, group.rows.map((row) => row.essay).join(' ')]);

describe('groupByAspect', () => {
  it('names a group by the spelling most essays use, aspects argued by more essays first', () => {
    expect(names([essay('a', ['Time horizon'], ['Risk']), essay('b', ['Time Horizon']), essay('c', ['Time horizon'])])).toEqual([
      ['time-horizon', 'Time horizon', 'a b c'],
      ['risk', 'Risk', 'a'],
    ]);
  });

  it('names a renamed aspect with no name in aspects.yml by its new spelling, however many rows still write an old one', () => {
    const settings: AspectSettings = { 'risk-appetite': { aliases: ['gamble'] } };
    const essays = [essay('a', ['Gamble', 'risk-appetite']), essay('b', ['Gamble', 'risk-appetite']), essay('c', ['Risk appetite'])];
    expect(names(essays, settings)).toEqual([['risk-appetite', 'Risk appetite', 'a b c']]);
  });

  it('takes the name aspects.yml gives', () => {
    const settings: AspectSettings = { risk: { name: 'Risk and reward', aliases: [] } };
    expect(names([essay('a', ['Risk'])], settings)).toEqual([['risk', 'Risk and reward', 'a']]);
  });
});
