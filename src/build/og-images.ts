/**
 * Every Open Graph image of the site, drawn by worker threads while the rest
 * of the build goes on, and cached by a hash of what each shows (and of the
 * palette, font and drawing code): a rebuild with unchanged content draws
 * none. Listing the image routes queues them all, in page order (in a build;
 * `astro dev` draws an image when it is first asked for).
 *
 * In a build, Astro does not write the images: the route hands them over
 * (`handOver`), and the og-images integration puts each into dist/ as a hard
 * link to its cached file (`placeImages`) once the pages are built. Astro
 * would write every image twice (dist/ and its own cache) and copy all of
 * them on every rebuild: 266 MB at 1,000 essays.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { access, readdir, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeWhole } from './write-whole.ts';
import type { OgCard } from './og-image.ts';

/** Bumped when the drawing changes, so cached images are drawn again. */
const DRAWING_VERSION = 1;

/** A `.partial` file untouched this long was left by a build that died while writing it. */
const ORPHAN_AFTER_MS = 60 * 60 * 1000;

interface Job {
  readonly card: OgCard;
  resolve(png: Uint8Array): void;
  reject(error: Error): void;
}

export interface OgImageOptions {
  /** The project folder (for tokens.css and the drawing code). */
  readonly root: string;
  readonly cacheDir: string;
  /** The worker module (og-worker.ts). */
  readonly worker: string;
}

/** What went into an image besides its card: the palette, the font and the drawing code. */
function assetsDigest(root: string): string {
  const hash = createHash('sha256').update(String(DRAWING_VERSION));
  for (const file of ['src/styles/tokens.css', 'src/build/og-image.ts']) hash.update(readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

export class OgImages {
  readonly #options: OgImageOptions;
  readonly #assets: string;
  /** Each card's image, once it is in the cache folder. Only files are kept, never the bytes: 60,000 images would hold gigabytes. */
  readonly #ready = new Map<string, Promise<string>>();
  readonly #queue: Job[] = [];
  readonly #workers: Worker[] = [];
  readonly #busy = new Map<Worker, Job>();
  #drawn = 0;
  #cached = 0;
  #drawMs = 0;

  constructor(options: OgImageOptions) {
    this.#options = options;
    this.#assets = assetsDigest(options.root);
    mkdirSync(options.cacheDir, { recursive: true });
  }

  /** Images drawn and taken from the cache so far, and the time spent drawing. */
  get stats() {
    return { drawn: this.#drawn, cached: this.#cached, drawMs: Math.round(this.#drawMs) };
  }

  /**
   * Removes the cached images this build did not use (content since changed
   * or removed), so a cache kept between builds (as the GitHub Pages workflow
   * keeps it) holds one site's images rather than every version's. Returns
   * how many went.
   */
  async prune(): Promise<number> {
    const used = new Set([...this.#ready.keys()].map((key) => `${key}.png`));
    const files = await readdir(this.#options.cacheDir);
    const stale = files.filter((file) => file.endsWith('.png') && !used.has(file));
    await Promise.all(stale.map((file) => rm(path.join(this.#options.cacheDir, file), { force: true })));
    // A build killed mid-write leaves its `.partial` file behind; one still young may be another build's, still writing.
    const orphans = files.filter((file) => file.endsWith('.partial'));
    await Promise.all(
      orphans.map(async (file) => {
        const at = path.join(this.#options.cacheDir, file);
        const written = await stat(at).then(
          ({ mtimeMs }) => mtimeMs,
          () => Date.now(),
        );
        if (Date.now() - written > ORPHAN_AFTER_MS) await rm(at, { force: true });
      }),
    );
    return stale.length;
  }

  /** What the image of `card` is cached under: a hash of the card and of everything else that draws it. */
  #key(card: OgCard): string {
    return createHash('sha256').update(this.#assets).update(JSON.stringify(card)).digest('hex').slice(0, 24);
  }

  /** Has the image of `card` drawn, unless it is in the cache; the same card is drawn once. */
  prepare(card: OgCard): Promise<string> {
    const key = this.#key(card);
    let ready = this.#ready.get(key);
    if (!ready) {
      ready = this.#cachedFile(key, card);
      this.#ready.set(key, ready);
    }
    return ready;
  }

  /** The image of `card`, from the cache or drawn. */
  async image(card: OgCard): Promise<Uint8Array> {
    return readFile(await this.prepare(card));
  }

  async #cachedFile(key: string, card: OgCard): Promise<string> {
    const file = path.join(this.#options.cacheDir, `${key}.png`);
    if (
      await access(file).then(
        () => true,
        () => false,
      )
    ) {
      this.#cached += 1;
      return file;
    }
    const png = await new Promise<Uint8Array>((resolve, reject) => {
      this.#queue.push({ card, resolve, reject });
      this.#pump();
    });
    this.#drawn += 1;
    // Never a half-written image, which a later build would take for drawn.
    await writeWhole(file, png);
    return file;
  }

  /** Hands queued cards to idle workers, starting them on first use. */
  #pump(): void {
    if (this.#workers.length === 0) {
      for (let i = 0; i < Math.max(1, Math.min(2, availableParallelism())); i += 1) this.#workers.push(this.#spawn());
    }
    for (const worker of this.#workers) {
      if (this.#busy.has(worker) || this.#queue.length === 0) continue;
      const job = this.#queue.shift()!;
      this.#busy.set(worker, job);
      worker.postMessage({ card: job.card, root: this.#options.root });
    }
  }

  #spawn(): Worker {
    const worker = new Worker(this.#options.worker);
    // The build may end while a worker idles; it must not keep the process alive.
    worker.unref();
    worker.on('message', (message: { png?: Uint8Array; error?: string; ms: number }) => {
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      this.#drawMs += message.ms;
      if (message.png) job?.resolve(message.png);
      else job?.reject(new Error(`Drawing an Open Graph image failed: ${message.error}`));
      this.#pump();
    });
    worker.on('error', (error) => {
      this.#busy.get(worker)?.reject(error);
      this.#busy.delete(worker);
    });
    return worker;
  }
}

/** This build's images, by site path (`/og/essays/x.png`): each one's cached file, once drawn or found. */
export interface OgBuild {
  readonly images: OgImages;
  readonly files: Promise<ReadonlyArray<readonly [string, PromiseSettledResult<string>]>>;
}

/**
 * The route (in Astro's bundle of the pages) and the integration (in the
 * config's) are separate copies of this module in one process: the hand-over
 * goes through a global under a registered symbol.
 */
const HAND_OVER = Symbol.for('leadership-essays.og-build');
type WithHandOver = typeof globalThis & { [HAND_OVER]?: OgBuild | undefined };

/** Starts (or finds in the cache) every image of `cards` and leaves them for `takeOver`. */
export function handOver(images: OgImages, cards: ReadonlyMap<string, OgCard>): void {
  const paths = [...cards.keys()];
  // Settled at once, so a failed drawing waits for the placing to report it instead of ending the process.
  const files = Promise.allSettled([...cards.values()].map((card) => images.prepare(card))).then((results) =>
    results.map((file, index) => [paths[index]!, file] as const),
  );
  (globalThis as WithHandOver)[HAND_OVER] = { images, files };
}

/** The images the route handed over in this process, once. */
export function takeOver(): OgBuild | undefined {
  const global = globalThis as WithHandOver;
  const build = global[HAND_OVER];
  delete global[HAND_OVER];
  return build;
}

/**
 * Puts each image at its path in `dist` as a hard link to its cached file
 * (a copy where the link cannot be made: the cache on another disk).
 * Throws, naming every image, if any could not be drawn.
 */
export async function placeImages(build: OgBuild, dist: string): Promise<number> {
  const files = await build.files;
  const failed = files.flatMap(([image, file]) => (file.status === 'rejected' ? [`  ${image}: ${String(file.reason)}`] : []));
  if (failed.length > 0) {
    const count = failed.length === 1 ? 'One Open Graph image' : `${failed.length} Open Graph images`;
    throw new Error(`${count} could not be drawn:\n${failed.join('\n')}`);
  }
  const folders = new Set<string>();
  for (const [image, file] of files) {
    const cached = (file as PromiseFulfilledResult<string>).value;
    const target = path.join(dist, ...image.split('/'));
    const folder = path.dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    rmSync(target, { force: true });
    try {
      linkSync(cached, target);
    } catch {
      copyFileSync(cached, target);
    }
  }
  return files.length;
}
