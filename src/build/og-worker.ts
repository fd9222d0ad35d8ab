/** A worker thread that draws Open Graph cards (see og-images.ts): card in, PNG out, with the time it took. */
import { parentPort } from 'node:worker_threads';
import { renderCard, type OgCard } from './og-image.ts';

parentPort?.on('message', async ({ card, root }: { card: OgCard; root: string }) => {
  const started = performance.now();
  try {
    const png = await renderCard(card, root);
    parentPort?.postMessage({ png, ms: performance.now() - started });
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error).message, ms: performance.now() - started });
  }
});
