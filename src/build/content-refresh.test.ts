/**
 * The content-refresh integration against a stand-in for Astro's dev server:
 * each change in the content folder is handed to the loaders until one takes
 * it in, and a file written again while the loaders read it is read again.
 */
import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeCorpus, writeCorpus } from '../../tests/support/corpus.ts';
import contentRefresh, { isContentChange } from './content-refresh.ts';

// The content folder is `content/` under the root the test gives, whatever CONTENT_DIR says.
vi.mock('../site.config.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../site.config.ts')>();
  return { ...original, siteConfig: { ...original.siteConfig, contentDir: 'content' } };
});

let dir: string;
afterEach(() => removeCorpus(dir));

/** What a loader read in each refresh, and a way to make the watcher report a change. */
function devServer(root: string, onRefresh: (change: Record<string, unknown>) => void) {
  const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
  const server = { watcher, environments: { client: { hot: { send: () => undefined } } } };
  const integration = contentRefresh();
  const hooks = integration.hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`) } });
  const refreshContent = async ({ context }: { context: Record<string, unknown> }): Promise<void> => {
    if (isContentChange(context) && !context.handled) onRefresh(context);
  };
  hooks['astro:server:setup']!({ server, refreshContent, logger: { error: () => undefined } });
  return { change: (file: string) => watcher.emit('all', 'change', file) };
}

describe('content refresh in astro dev', () => {
  it('reads a file again when it was written while the loaders read it, with no event of its own', async () => {
    // An editor that truncates a file and then writes it: the watcher drops an event within 5 ms of the last
    // (chokidar's throttle), so a read that fell between the two kept the empty file until the next save.
    dir = writeCorpus({ 'content/essays/a.md': 'first' });
    const file = path.join(dir, 'content', 'essays', 'a.md');
    const read: string[] = [];
    const server = devServer(dir, (change) => {
      read.push(`${change['contentChange']}:${change['file'] === file ? 'a.md' : '?'}`);
      change['handled'] = true;
      change['problems'] = 0;
      if (read.length === 1) writeFileSync(file, 'first, and more');
    });
    writeFileSync(file, '');
    server.change(file);
    await expect.poll(() => read, { timeout: 2_000 }).toEqual(['1:a.md', '2:a.md']);
  });
});
