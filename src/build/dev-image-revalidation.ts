/**
 * An Astro integration that, in `astro dev`, makes the browser ask again for
 * every processed image rather than keep it.
 *
 * Astro's dev image endpoint (`/_image`, astro/dist/assets/endpoint/shared.js)
 * answers with `Cache-Control: public, max-age=31536000`, under an address
 * that names the source file and its width and height only. An image beside
 * an essay replaced by another of the same size (a diagram exported again)
 * kept that address, so the page reloaded with the old picture from the
 * browser's cache, however often it was reloaded. A build names each image
 * by a hash of its content, so this is for `astro dev` alone.
 */
import type { ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';

/**
 * Whether a request's path is Astro's image endpoint: `/_image`, under the
 * site's base path or with it already taken off (Astro's own middleware
 * strips it before ours sees some requests). No page's slug starts with `_`.
 */
export function isImageEndpoint(url: string | undefined): boolean {
  return /\/_image\/?$/.test((url ?? '').split('?')[0]!);
}

/** Rewrites the `Cache-Control` header a response is about to send: `no-cache`, so the browser revalidates each time. */
function revalidate(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((part): part is Record<string, unknown> => typeof part === 'object' && part !== null);
    for (const name of Object.keys(headers ?? {})) if (name.toLowerCase() === 'cache-control') delete headers![name];
    response.setHeader('Cache-Control', 'no-cache');
    return writeHead(status, ...rest);
  }) as ServerResponse['writeHead'];
}

export default function devImageRevalidation(): AstroIntegration {
  return {
    name: 'dev-image-revalidation',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        const plugin = {
          name: 'dev-image-revalidation',
          configureServer(server: { middlewares: { use: (handle: (...args: never[]) => void) => void } }) {
            server.middlewares.use((request: { url?: string }, response: ServerResponse, next: () => void) => {
              if (isImageEndpoint(request.url)) revalidate(response);
              next();
            });
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
