/**
 * In `astro dev`, every page throws the content's problems while there are
 * any, so the browser shows Astro's error overlay (the build's own text:
 * file, line, code and fix) instead of the last good page. Fixing the file
 * reloads the page by itself. A build stops on the problems before it
 * renders a page, so there this never throws.
 *
 * Astro prints each error it catches to the terminal, so only pages throw:
 * a file a page asks for (an image, a preview, or the `favicon.ico` a
 * browser asks for by itself when the error page names no icon) gets the
 * problems as plain text with a 500, and the terminal shows them once per
 * page rather than once per request.
 */
import { defineMiddleware } from 'astro:middleware';
import { isPageAddress } from './routes.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  // Imported per request: Astro keeps this module for the whole dev session,
  // while Vite's module runner re-evaluates the content modules after each
  // change, and only an import made now gets their current version.
  const { getContentError } = await import('./build/queries.ts');
  const error = await getContentError();
  if (!error) return next();
  if (isPageAddress(context.url.pathname)) throw error;
  return new Response(error.message, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });
});
