/**
 * In `astro dev`, every page throws the content's problems while there are
 * any, so the browser shows Astro's error overlay (the build's own text:
 * file, line, code and fix) instead of the last good page. Fixing the file
 * reloads the page by itself. A build stops on the problems before it
 * renders a page, so there this never throws.
 */
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async (_context, next) => {
  // Imported per request: Astro keeps this module for the whole dev session,
  // while Vite's module runner re-evaluates the content modules after each
  // change, and only an import made now gets their current version.
  const { getContentError } = await import('./build/queries.ts');
  const error = await getContentError();
  if (error) throw error;
  return next();
});
