/**
 * Astro content-layer loaders over `loadContent`. Essays, concepts and the
 * home introduction are validated and rendered together (links between them
 * are checked as one site), so the three loaders share one load per change.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadContent, type SiteContent } from './load.ts';
import { siteConfig } from '../site.config.ts';

let cached: { key: string; at: number; content: Promise<SiteContent> } | undefined;
let lastChange = 0;
/** The three collections share one load, so its error is reported once, not three times. */
const reported = new WeakSet<object>();

/** Loads the content folder once per change, however many collections ask. */
function getContent(root: string): Promise<SiteContent> {
  const contentDir = path.resolve(root, siteConfig.contentDir);
  const key = `${contentDir}\0${siteConfig.trustedHtml}`;
  if (!cached || cached.key !== key || cached.at < lastChange) {
    cached = { key, at: Date.now(), content: loadContent({ contentDir, root, trustedHtml: siteConfig.trustedHtml }) };
  }
  return cached.content;
}

type Select = (content: SiteContent) => ReadonlyArray<{ id: string; data: Record<string, unknown> }>;

function siteLoader(name: string, pick: Select): Loader {
  return {
    name: `content-folder:${name}`,
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const sync = async (): Promise<void> => {
        const entries = pick(await getContent(root));
        context.store.clear();
        for (const { id, data } of entries) {
          context.store.set({ id, data, digest: context.generateDigest(data) });
        }
      };
      await sync();
      const dir = path.resolve(root, siteConfig.contentDir);
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, changed) => {
        if (!path.resolve(changed).startsWith(dir + path.sep)) return;
        lastChange = Date.now();
        sync().catch((error: unknown) => {
          if (error instanceof Object && reported.has(error)) return;
          if (error instanceof Object) reported.add(error);
          context.logger.error(error instanceof Error ? error.message : String(error));
        });
      });
    },
  };
}

export const essaysLoader = (): Loader => siteLoader('essays', (c) => c.essays.map((data) => ({ id: data.slug, data })));
export const conceptsLoader = (): Loader => siteLoader('concepts', (c) => c.concepts.map((data) => ({ id: data.slug, data })));
/** One entry, `site`: the home introduction and the aspect settings. Always present. */
export const siteDataLoader = (): Loader => siteLoader('site', (c) => [{ id: 'site', data: { intro: c.intro, aspects: c.aspects } }]);
