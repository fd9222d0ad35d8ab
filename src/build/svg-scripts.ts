/**
 * What in an SVG file could run. Astro copies an SVG beside an essay as it
 * is (`/_astro/<name>.<hash>.svg`): shown by an `<img>`, it runs nothing,
 * but opened at its own address it is a document of the site's origin, with
 * no Content Security Policy, and its scripts, event handlers and
 * `javascript:` links run there. An essay's author must not be able to put
 * script on the site, so such a file stops the build.
 *
 * The check reads the text, not a parse of it, and errs on the side of
 * reporting: a browser reads an SVG file as XML, whose entities, character
 * references and namespace prefixes (`<x:script>`) a pattern would
 * otherwise miss, so those are undone first. Drawings as editors export
 * them (Inkscape, Illustrator's entity declarations, draw.io's
 * `<foreignObject>`) have none of what it looks for.
 */

/** Elements that run or load a document: SVG's `<script>`, HTML's inside `<foreignObject>`, SVG Tiny's `<handler>`. */
const ELEMENT = /<\s*(?:[\w.-]+:)?(script|iframe|frame|embed|object|meta|base|handler|listener)(?=[\s/>])/i;
/** An event-handler attribute (`onload=`, `x:onclick =`). */
const HANDLER = /[\s"'/](?:[\w.-]+:)?(on[a-z]+)\s*=/i;
/** What a browser ignores between the letters of a URL's scheme: spaces and control characters (`java\tscript:`). */
const GAP = '[\\u0000-\\u0020]*';
/** A script URL, gaps and all. */
const SCRIPT_URL = new RegExp(`(${[...'java'].join(GAP)}|v${GAP}b)${GAP}${[...'script:'].join(GAP)}`, 'i');
/** An XSLT stylesheet turns the file into any document at all. */
const STYLESHEET = /<\?xml-stylesheet/i;
/** A declared entity (`<!ENTITY name "value">`); parameter entities (`%`) can declare others, which this check does not follow. */
const ENTITY = /<!ENTITY\s+(%\s+)?([\w.:-]+)\s+(?:"([^"]*)"|'([^']*)')/g;
/** How much longer than the file its entities may make it (entities that expand without end are an attack of their own). */
const MAX_GROWTH = 16;

const NAMED: Readonly<Record<string, string>> = Object.freeze({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" });

/** The text with its declared entities put in place, or `undefined` where they cannot be (parameter entities, endless growth). */
function withEntities(text: string): string | undefined {
  const declared = new Map<string, string>();
  for (const [, parameter, name, double, single] of text.matchAll(ENTITY)) {
    if (parameter) return undefined;
    declared.set(name!, double ?? single ?? '');
  }
  let expanded = text;
  for (let pass = 0; pass < 8 && declared.size > 0; pass += 1) {
    const next = expanded.replace(/&([\w.:-]+);/g, (reference, name: string) => declared.get(name) ?? reference);
    if (next.length > text.length * MAX_GROWTH) return undefined;
    if (next === expanded) break;
    expanded = next;
  }
  return expanded;
}

/** Character references (`&#106;`, `&#x6A;`) and the XML's five named ones, decoded. */
const decodeReferences = (text: string): string =>
  text.replace(/&(?:#x([\da-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (reference, hex?: string, decimal?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()]!;
    const code = hex ? parseInt(hex, 16) : Number(decimal);
    return code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });

/** What an SVG file holds that could run, as an author would look for it (`<script>`, `onload=`, `javascript:`); empty when nothing. */
export function scriptsInSvg(svg: string): string[] {
  const expanded = withEntities(svg);
  if (expanded === undefined) return ['`<!ENTITY>` declarations that cannot be checked'];
  const text = decodeReferences(expanded.replace(/<!--[\s\S]*?-->/g, ''));
  const found: string[] = [];
  const element = ELEMENT.exec(text)?.[1];
  if (element) found.push(`\`<${element.toLowerCase()}>\``);
  const handler = HANDLER.exec(text)?.[1];
  if (handler) found.push(`\`${handler.toLowerCase()}=\``);
  const url = SCRIPT_URL.exec(text)?.[1];
  if (url) found.push(/^v/i.test(url) ? '`vbscript:`' : '`javascript:`');
  if (STYLESHEET.test(text)) found.push('`<?xml-stylesheet?>`');
  return found;
}
