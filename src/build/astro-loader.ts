/**
 * Astro content-layer loaders over `compileSite`. Essays, concepts and the
 * `site` entry are validated and rendered together (links between them are
 * checked as one site), so the three loaders share one compile per change.
 *
 * - `astro build` (no watcher): a problem stops the build with one
 *   `ContentError` listing them all. Compiles are kept in Astro's cache
 *   folder, so the next build renders only the files that changed.
 * - `astro dev`: `content-refresh.ts` runs the loaders again after each
 *   change in the folder. The compiles share one `CompileCache`, so an edit
 *   renders only the files that changed, and the stores are updated by
 *   digest, so Astro rewrites only the entries that changed. Problems go
 *   into the `site` entry, and `src/middleware.ts` throws them on every page
 *   (Astro's error overlay) until the file is fixed.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, formatProblem, type Problem } from '../model/errors.ts';
import { CompileCache, codeDigest } from './compile-cache.ts';
import { isContentChange, loaderName, type ContentChange } from './content-refresh.ts';
import { compileSite, type LoadOptions, type SiteBuild } from './load.ts';
import { SourceTexts } from './source-files.ts';
import type { Essay, StoredEssay } from '../model/schemas.ts';
import { siteConfig } from '../site.config.ts';

type Logger = LoaderContext['logger'];

/** What a build says of its compile: how many files it rendered, and how many it kept from the last build. */
const renderedInBuild = ({ compiled, asked }: CompileCache): string =>
  compiled === asked
    ? `${asked} files rendered.`
    : `${compiled} of ${asked} files rendered; the others were unchanged since the last build.`;

/** One compile of the content folder per change, however many collections ask for it. */
class ContentSession {
  readonly #options: LoadOptions & { readonly cache: CompileCache };
  readonly #texts = new SourceTexts();
  readonly #logger: Logger;
  #latest: Promise<SiteBuild>;
  /** The change the latest compile is for. */
  #change = 0;
  /**
   * The problems last printed. A change that renders no file again (a file
   * saved twice as the same text, which the content refresh asks for again
   * when it was written during the read) prints them only if they changed.
   */
  #printed: string | undefined;

  /**
   * `dev`: keep the files' texts between compiles (a build compiles once, and
   * need not hold them). A build keeps its compiles in `cacheDir` for the next.
   */
  constructor(options: LoadOptions, logger: Logger, dev: boolean, cacheDir: string) {
    const cache = dev
      ? new CompileCache()
      : new CompileCache({ folder: path.join(cacheDir, 'compiled'), salt: codeDigest(options.root ?? process.cwd()) });
    this.#options = { ...options, cache, read: dev ? this.#texts.read : undefined };
    this.#logger = logger.fork('content-folder');
    this.#latest = compileSite(this.#options).then((site) => {
      this.#warn(site.warnings);
      if (!dev) this.#logger.info(renderedInBuild(cache));
      return site;
    });
  }

  /** Warnings stop nothing; each is said once, with its file and line. */
  #warn(warnings: readonly Problem[]): void {
    for (const warning of warnings) this.#logger.warn(formatProblem(warning));
  }

  latest(): Promise<SiteBuild> {
    return this.#latest;
  }

  /**
   * Compiles again after a change. The three loaders ask for each change, and
   * share its compile; compiles run one at a time, so results arrive in order.
   */
  changed({ contentChange, file, files }: ContentChange): Promise<SiteBuild> {
    if (contentChange === this.#change) return this.#latest;
    this.#change = contentChange;
    for (const changed of files) this.#texts.changed(changed);
    this.#latest = this.#latest
      .catch(() => undefined)
      .then(async () => {
        const started = performance.now();
        const site = await compileSite(this.#options);
        this.#report(file, site, performance.now() - started);
        return site;
      });
    return this.#latest;
  }

  /** Says once per change (not once per collection) what was rendered again, and what is wrong or fixed. */
  #report(file: string, site: SiteBuild, ms: number): void {
    const rendered = this.#options.cache.compiled;
    this.#logger.info(
      `${path.basename(file)} changed: ${rendered} of ${this.#options.cache.asked} files rendered again in ${Math.round(ms)} ms.`,
    );
    // After a change, only the changed file's warnings are new.
    this.#warn(site.warnings.filter((warning) => path.resolve(this.#options.root ?? '', warning.file) === path.resolve(file)));
    const message = site.problems.length > 0 ? new ContentError(site.problems).message : undefined;
    if (message && (rendered > 0 || message !== this.#printed)) this.#logger.error(message);
    else if (!message && this.#printed) this.#logger.info('The content has no problems now.');
    this.#printed = message;
  }
}

const sessions = new Map<string, ContentSession>();

function sessionFor(context: LoaderContext): ContentSession {
  const root = fileURLToPath(context.config.root);
  const contentDir = path.resolve(root, siteConfig.contentDir);
  const key = `${contentDir}\0${siteConfig.trustedHtml}\0${siteConfig.base}`;
  let session = sessions.get(key);
  if (!session) {
    const options = { contentDir, root, trustedHtml: siteConfig.trustedHtml, base: siteConfig.base, siteUrl: siteConfig.url };
    session = new ContentSession(options, context.logger, context.watcher !== undefined, fileURLToPath(context.config.cacheDir));
    sessions.set(key, session);
  }
  return session;
}

interface Entry {
  readonly id: string;
  readonly data: Record<string, unknown>;
  readonly digest: string;
  /** The Markdown file, as shown in messages (relative to the root, or absolute outside it). */
  readonly file?: string | undefined;
  /** Images beside that file: the schema's `image()` turns them into Astro's processed images. */
  readonly images?: readonly string[] | undefined;
}

/**
 * Stores an entry. One that shows images beside its file goes through the
 * collection's schema first, with its file's path, so that Astro's `image()`
 * resolves them from there and the build processes them.
 */
async function put(context: LoaderContext, { id, data, digest, file, images }: Entry): Promise<void> {
  if (!file || !images?.length) {
    context.store.set({ id, data, digest });
    return;
  }
  const root = fileURLToPath(context.config.root);
  const filePath = path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
  context.store.set({ id, data: await context.parseData({ id, data, filePath }), digest, filePath });
}

/** A collection's entries in a compile, and the ids of its files (failing ones included). */
interface Select {
  readonly entries: (site: SiteBuild, context: LoaderContext) => readonly Entry[];
  readonly present: (site: SiteBuild) => Iterable<string>;
}

/**
 * In dev, writes only the entries whose digest changed and deletes those
 * whose file is gone. A file that fails keeps its last good entry, so its
 * page still exists to show the problem.
 */
async function update(context: LoaderContext, select: Select, site: SiteBuild): Promise<void> {
  for (const entry of select.entries(site, context)) await put(context, entry);
  const present = new Set(select.present(site));
  for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);
}

function siteLoader(name: string, select: Select): Loader {
  return {
    name: loaderName(name),
    load: async (context: LoaderContext) => {
      const session = sessionFor(context);
      const change = context.refreshContextData;
      const site = await (isContentChange(change) ? session.changed(change) : session.latest());
      if (isContentChange(change)) Object.assign(change, { handled: true, problems: site.problems.length });
      if (!context.watcher) {
        if (site.problems.length > 0) throw new ContentError(site.problems);
        context.store.clear();
        for (const entry of select.entries(site, context)) await put(context, entry);
        return;
      }
      await update(context, select, site);
    },
  };
}

/** An essay as the store keeps it: its sections' and footnotes' text is left out (see `StoredEssaySchema`). */
function stored(essay: Essay): StoredEssay {
  const kept: Omit<Essay, 'notes'> & Partial<Pick<Essay, 'notes'>> = { ...essay };
  delete kept.notes;
  return { ...kept, sections: essay.sections.map(({ id, heading }) => ({ id, heading })) };
}

export const essaysLoader = (): Loader =>
  siteLoader('essays', {
    entries: (site) =>
      site.content.essays.map((data) => ({
        id: data.slug,
        data: stored(data),
        digest: site.sources.essays.get(data.slug)!,
        file: data.file,
        images: data.images,
      })),
    present: (site) => site.sources.essays.keys(),
  });

export const conceptsLoader = (): Loader =>
  siteLoader('concepts', {
    entries: (site) =>
      site.content.concepts.map((data) => ({
        id: data.slug,
        data,
        digest: site.sources.concepts.get(data.slug)!,
        file: data.file,
        images: data.images,
      })),
    present: (site) => site.sources.concepts.keys(),
  });

/**
 * How many essays and concepts their collections hold: one per file, a
 * failing one included, since in dev a failing file keeps its last good
 * entry (`update`). Counting only what compiled said 0 while the one essay
 * of a new site had a problem, so its page was not asked for and Astro
 * printed a misleading "no matching static path" beside the problem.
 */
export const storedCounts = (site: Pick<SiteBuild, 'sources'>): { essays: number; concepts: number } => ({
  essays: site.sources.essays.size,
  concepts: site.sources.concepts.size,
});

/**
 * One entry, `site`: the home introduction, the aspect settings, the
 * content's problems (only ever non-empty in dev), a version that
 * changes with any essay or concept, and how many of each there are.
 */
export const siteDataLoader = (): Loader =>
  siteLoader('site', {
    entries: (site, context) => {
      const version = createHash('sha256');
      for (const key of [...site.sources.essays.values(), ...site.sources.concepts.values()]) version.update(key);
      const data = {
        intro: site.content.intro,
        introImages: site.content.introImages,
        aspects: site.content.aspects,
        problems: site.problems,
        version: version.digest('base64url'),
        counts: storedCounts(site),
      };
      const home = path.join(path.resolve(fileURLToPath(context.config.root), siteConfig.contentDir), 'home.md');
      return [{ id: 'site', data, digest: context.generateDigest(data), file: home, images: site.content.introImages }];
    },
    present: () => ['site'],
  });
