/** `/favicon.ico`: the site's icon where a reader or crawler asks the root for it (src/build/icons.ts). */
import { faviconIco, readIcon } from '../build/icons.ts';

/** Set in astro.config.ts: the project folder. */
declare const __PROJECT_ROOT__: string;

export async function GET(): Promise<Response> {
  const ico = await faviconIco(await readIcon(__PROJECT_ROOT__));
  return new Response(ico as BodyInit, { headers: { 'content-type': 'image/x-icon' } });
}
