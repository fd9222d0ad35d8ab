import { describe, expect, it } from 'vitest';
import { raised } from './raised.ts';
import { words } from './text.ts';

describe('raised', () => {
  it('writes text with the Unicode forms of its script, or leaves it as it is when one character has none', () => {
    expect([raised('2', 'sup'), raised('(n+1)', 'sup'), raised('10', 'sub'), raised('ij', 'sub')]).toEqual(['²', '⁽ⁿ⁺¹⁾', '₁₀', 'ᵢⱼ']);
    expect([raised('th', 'sup'), raised('2b', 'sub'), raised('', 'sup')]).toEqual(['th', '2b', '']);
  });

  it('folds back to what a reader types, so search still finds it', () => {
    expect(words(`n${raised('2', 'sup')} H${raised('2', 'sub')}O`)).toEqual(['n2', 'h2o']);
  });
});
