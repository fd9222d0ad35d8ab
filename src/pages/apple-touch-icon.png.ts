/** `/apple-touch-icon.png`: the site's icon for home screens and link previews (src/build/icons.ts). */
import { readIcon, touchIcon } from '../build/icons.ts';

/** Set in astro.config.ts: the project folder. */
declare const __PROJECT_ROOT__: string;

export async function GET(): Promise<Response> {
  const png = await touchIcon(await readIcon(__PROJECT_ROOT__));
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
