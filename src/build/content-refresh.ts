/**
 * An Astro integration that, in `astro dev`, watches the content folder and
 * asks Astro to run the content loaders again when a file in it changes.
 *
 * - Going through `refreshContent` rather than a loader's own watcher matters
 *   for speed: Astro saves the data store at the end of a refresh at once,
 *   where a store written from a watcher callback waits out a 500 ms debounce
 *   first (`SAVE_DEBOUNCE_MS` in astro/src/content/mutable-data-store.ts).
 * - Astro reloads its content config after any change to a Markdown file,
 *   and skips a refresh that arrives meanwhile ("Content config not loaded,
 *   skipping sync", or at once, saying nothing), so a change is asked for
 *   again, after a pause that doubles each time, until a loader has marked
 *   it handled. Several files saved at once (a replace across files, a git
 *   checkout) each restart that reload, and their refreshes used to use up
 *   their attempts within it, leaving every page on its old text.
 * - A change carries every file changed since the last one a loader took
 *   in, so that a change given up on still has its file read again by the
 *   next.
 * - A file written again while the loaders read it is asked for again. An
 *   editor that truncates a file and then writes it makes two events, and
 *   the watcher drops one that follows another within 5 ms (chokidar's
 *   throttle), so a read that fell between the two kept the empty file, and
 *   showed its "no title" until the next save.
 * - Requests wait while a refresh runs. Astro reloads a page that showed an
 *   error as soon as any file changes, before the new content is in; the
 *   reload Astro sends once it is in reaches no page that is still loading,
 *   so without the wait a fixed page could stay on its old error.
 * - Astro sends a page's error to the browser 200 ms after the page was
 *   served, to whichever page is then connected (or, with none, to the next
 *   one that connects). After a quick fix that is the fixed page, which
 *   would show the old error over good content; so once the content has no
 *   problems, content errors still on their way are dropped.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../site.config.ts';

/** The name of the loader of one collection read from the content folder. */
export const loaderName = (collection: string): string => `content-folder:${collection}`;

/** The loaders of the collections in src/content.config.ts. */
const CONTENT_LOADERS = Object.freeze(['essays', 'concepts', 'site'].map(loaderName));

/** What a refresh tells the loaders: which change this is, so the three share one compile. */
export interface ContentChange {
  readonly contentChange: number;
  readonly file: string;
  /** `file`, and every other file changed since the last change a loader took in: the files to read again. */
  readonly files: readonly string[];
  /** Set by the loaders once they have taken the change in. */
  handled?: boolean;
  /** Set with `handled`: how many problems the content has now. */
  problems?: number;
}

export function isContentChange(data: Record<string, unknown> | undefined): data is Record<string, unknown> & ContentChange {
  return typeof data?.['contentChange'] === 'number' && typeof data['file'] === 'string' && Array.isArray(data['files']);
}

/** The first pause before a skipped refresh is asked for again; each next pause is twice as long. */
const RETRY_MS = 50;
/** The longest a request waits for refreshes, and a change is asked for before giving up. */
const HOLD_MS = 15_000;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A file's size, modification time and inode, or `gone`: what tells that it was written again. */
async function signature(file: string): Promise<string> {
  const stats = await stat(file).catch(() => undefined);
  return stats ? `${stats.size}:${stats.mtimeMs}:${stats.ino}` : 'gone';
}

/** The refreshes under way, and a way to wait until there are none. */
class Refreshes {
  readonly #running = new Set<Promise<void>>();

  get idle(): boolean {
    return this.#running.size === 0;
  }

  track(refresh: Promise<void>): void {
    const done = refresh.finally(() => this.#running.delete(done));
    this.#running.add(done);
  }

  /** Resolves once no refresh runs (or after `HOLD_MS`, so that a stuck refresh never hangs the server). */
  async settled(): Promise<void> {
    const deadline = Date.now() + HOLD_MS;
    while (!this.idle && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise((resolve) => (timer = setTimeout(resolve, deadline - Date.now())));
      await Promise.race([Promise.allSettled(this.#running), timeout]);
      clearTimeout(timer);
    }
  }
}

type ServerSetup = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0];
type HotChannel = ServerSetup['server']['environments']['client']['hot'];

/** Whether the last change left the content without problems (unknown before the first change). */
interface Health {
  clean?: boolean;
}

/** An error payload of Astro's carrying a content problem (`ContentError` in src/model/errors.ts). */
function isContentErrorPayload(payload: unknown): boolean {
  const { type, err } = (payload ?? {}) as { type?: unknown; err?: { name?: unknown } };
  return type === 'error' && err?.name === 'ContentError';
}

/** Wraps the channel to the browser so that content errors sent after the fix never reach a page. */
function dropStaleErrors(hot: HotChannel, health: Health): void {
  const send = hot.send.bind(hot) as (...args: unknown[]) => void;
  hot.send = ((...args: unknown[]) => {
    if (health.clean && isContentErrorPayload(args[0])) return;
    send(...args);
  }) as HotChannel['send'];
}

/** Runs the content loaders again for every change under `dir`, each until a loader has handled it. */
function watchContent(dir: string, { server, refreshContent, logger }: ServerSetup, refreshes: Refreshes): void {
  if (!refreshContent) return;
  const health: Health = {};
  dropStaleErrors(server.environments.client.hot, health);
  let changes = 0;
  const unread = new Set<string>();
  server.watcher.add(dir);
  const changed = (file: string): void => {
    if (!path.resolve(file).startsWith(dir + path.sep)) return;
    changes += 1;
    unread.add(file);
    // Astro hands this very object to the loaders, which is how they mark it handled.
    const change: ContentChange & Record<string, unknown> = { contentChange: changes, file, files: [...unread] };
    const refresh = async (): Promise<void> => {
      const before = await signature(file);
      const deadline = Date.now() + HOLD_MS;
      for (let wait = RETRY_MS; ; wait *= 2) {
        await refreshContent({ loaders: [...CONTENT_LOADERS], context: change });
        if (change.handled || Date.now() + wait > deadline) break;
        await pause(wait);
      }
      if (change.handled) for (const taken of change.files) unread.delete(taken);
      if (change.problems !== undefined) health.clean = change.problems === 0;
      // Once the new content is in, every open page reloads: a page the reader reloaded while it showed
      // an error has no module that Astro's own reload names, and would otherwise keep the old error.
      server.environments.client.hot.send({ type: 'full-reload', path: '*' });
      if (change.handled && (await signature(file)) !== before) changed(file);
    };
    refreshes.track(
      refresh().catch((error: unknown) => logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error))),
    );
  };
  server.watcher.on('all', (_event, file) => changed(file));
}

export default function contentRefresh(): AstroIntegration {
  let dir = '';
  const refreshes = new Refreshes();
  return {
    name: 'content-refresh',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        // A Vite plugin, so that its middleware comes before the one of Astro's that renders pages.
        const wait = {
          name: 'content-refresh:wait',
          configureServer(server: ServerSetup['server']) {
            server.middlewares.use((_request, _response, next) => {
              if (refreshes.idle) next();
              else void refreshes.settled().then(() => next());
            });
          },
        };
        updateConfig({ vite: { plugins: [wait] } });
      },
      'astro:config:done': ({ config }) => {
        dir = path.resolve(fileURLToPath(config.root), siteConfig.contentDir);
      },
      'astro:server:setup': (setup) => watchContent(dir, setup, refreshes),
    },
  };
}
