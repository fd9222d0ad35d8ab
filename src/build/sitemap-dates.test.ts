import { describe, expect, it } from 'vitest';
import { lastChanged } from './sitemap-dates.ts';

const page = (head: string): string => `<!doctype html><html><head>${head}</head><body><p>article:published_time</p></body></html>`;

describe('lastChanged', () => {
  it('reads the update, else the first date, from the head', () => {
    const published = '<meta property="article:published_time" content="2026-01-05">';
    const modified = '<meta property="article:modified_time" content="2026-04-30">';
    expect(lastChanged(page(published + modified))).toBe('2026-04-30');
    expect(lastChanged(page(published))).toBe('2026-01-05');
    expect(lastChanged(page(modified))).toBe('2026-04-30');
  });

  it('says nothing for a page that states no date, or a body that only mentions one', () => {
    expect(lastChanged(page('<title>Compare</title>'))).toBeUndefined();
    expect(lastChanged(`<body><meta property="article:published_time" content="2026-01-05"></body>`)).toBeUndefined();
    expect(lastChanged('')).toBeUndefined();
  });
});
