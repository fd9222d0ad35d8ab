import { describe, expect, it } from 'vitest';
import { isImageEndpoint } from './dev-image-revalidation.ts';

describe('the dev image endpoint', () => {
  it.each([
    ['/_image?href=%2F%40fs%2Fa.png&w=40', true],
    ['/_image/?href=%2F%40fs%2Fa.png&w=40', true],
    // Under SITE_URL's path, whether or not Astro has taken it off yet.
    ['/sub/_image/?href=%2F%40fs%2Fa.png', true],
    ['/essays/an-essay/', false],
    ['/essays/an-essay/?_image', false],
    ['/og/essays/an-essay.png', false],
    [undefined, false],
  ])('is %s: %s', (url, expected) => {
    expect(isImageEndpoint(url)).toBe(expected);
  });
});
