import { describe, expect, it } from 'vitest';
import { keepsRawHtml } from './site.config.ts';

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
