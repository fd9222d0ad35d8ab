/** The pure parts of the browser scripts, tested without a browser. */
import { describe, expect, it } from 'vitest';
import { requestedRows } from './compare-filter.ts';
import { shareUrl } from './copy-link.ts';
import { noResults } from './search-render.ts';

describe('shareUrl', () => {
  it.each([
    ['#risk', 'https://example.org/compare/?rows=risk#old', 'https://example.org/compare/#risk'],
    ['#contrast-risk', 'https://example.org/essays/a/?h=risk', 'https://example.org/essays/a/#contrast-risk'],
    ['/essays/b/#contrast-vision', 'https://example.org/compare/', 'https://example.org/essays/b/#contrast-vision'],
    ['/compare/time-horizon/', 'https://example.org/', 'https://example.org/compare/time-horizon/'],
    // A host that serves a folder's page at its file name: the link names the folder, as every link on the site does.
    ['#contrast-risk', 'https://example.org/essays/a/index.html', 'https://example.org/essays/a/#contrast-risk'],
    ['#risk', 'https://example.org/sub/compare/index.html?rows=risk', 'https://example.org/sub/compare/#risk'],
    ['#top', 'https://example.org/index.html', 'https://example.org/#top'],
  ])('%s on %s shares %s', (href, page, expected) => expect(shareUrl(href, page)).toBe(expected));
});

describe('requestedRows', () => {
  it.each([
    ['?rows=risk,vision', ['risk', 'vision']],
    ['?rows= Risk , ,Time-Horizon ', ['risk', 'time-horizon']],
    ['?rows=', []],
    ['', []],
    ['?rows=%3Cscript%3E', ['<script>']],
  ])('%s → %j', (search, expected) => expect(requestedRows(search)).toEqual(expected));
});

describe('noResults', () => {
  it('offers only what is there to try instead', () => {
    expect(noResults('zurich', 'try a concept')).toBe('No results for “zurich”. Check the spelling, or try a concept below.');
    expect(noResults('zurich', 'browse the contrasts')).toBe('No results for “zurich”. Check the spelling, or browse the contrasts below.');
    // A site with no concepts/ folder and no contrast table has nothing below to browse.
    expect(noResults('"power with"', undefined)).toBe('No results for “power with”. Check the spelling.');
  });
});
