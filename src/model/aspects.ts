/**
 * `aspects.yml`: each aspect's display name, definition and old slugs, read
 * and checked. (The compare pages' grouping is in src/build/aspect-groups.ts.)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { problems, type Problem } from './errors.ts';
import { duplicateKey, offsetOf, yamlData, yamlError } from './frontmatter.ts';
import { AspectsFileSchema, type AspectSetting } from './schemas.ts';
import { MAX_SLUG_BYTES, slugBytes, slugify } from './slug.ts';
import { nearest } from './suggest.ts';
import { describePath } from './validate.ts';

export type AspectSettings = Readonly<Record<string, AspectSetting>>;

/** Reads `<contentDir>/aspects.yml`; a missing file means no settings. */
export async function readAspectSettings(
  contentDir: string,
  show: (absolute: string) => string = (p) => p,
): Promise<{ settings: AspectSettings; problems: Problem[] }> {
  const absolute = path.join(contentDir, 'aspects.yml');
  const text = await readFile(absolute, 'utf8').catch(() => undefined);
  if (text === undefined) return { settings: {}, problems: [] };
  return parseAspectSettings(text, show(absolute));
}

type AspectsData = Record<string, { name?: string | undefined; definition?: string | undefined; aliases?: string[] | undefined } | null>;
type Checked = { settings: AspectSettings; problems: Problem[] };

/** The settings an entry may have. */
const SETTINGS = ['name', 'definition', 'aliases'] as const;

/** A schema issue as an author reads it: which entry, which setting, what to write instead. */
function explain(issue: { code: string; path: PropertyKey[]; message: string; keys?: string[]; expected?: string }): string {
  const [key, setting] = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return (issue.keys ?? [])
      .map((unknown) => {
        const near = nearest(unknown, SETTINGS);
        return `\`${key}\` has a setting \`${unknown}\` the build does not know${near ? ` (did you mean \`${near}\`?)` : ''}; an aspect has \`name\`, \`definition\` and \`aliases\`.`;
      })
      .join(' ');
  }
  if (issue.code === 'invalid_type' && setting === undefined) return `\`${key}\` must hold its settings (\`name: …\`) or nothing.`;
  if (issue.code === 'invalid_type' && setting !== 'aliases')
    return `\`${key}.${setting}\` must be text; put it in quotes if it reads as a number or a date.`;
  if (setting === 'aliases') return `\`${key}.aliases\` must be an old slug or a list of them, such as \`[gamble, wager]\`.`;
  return `\`${issue.path.join('.')}\`: ${issue.message}`;
}

/** Exported for tests: `aspects.yml`'s text, read and checked, with every problem found at once. */
export function parseAspectSettings(text: string, file: string): Checked {
  const lineCounter = new LineCounter();
  const source = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const problem = (detail: string, line: number | undefined, fix?: string): Problem =>
    problems['invalid-aspects-file']({ file, line, detail, fix });
  const [error] = doc.errors;
  if (error) {
    const line = (offset: number): number => lineCounter.linePos(offset).line;
    const twice = error.code === 'DUPLICATE_KEY' ? duplicateKey(doc.contents, error.pos[0], []) : undefined;
    if (twice) {
      const [key, setting] = twice.path.map(String);
      const detail = `\`${describePath(twice.path)}\` is set twice (first on line ${line(twice.first)}).`;
      const fix = setting === undefined ? `merge the two \`${key}\` entries into one.` : 'keep one of the two lines and delete the other.';
      return { settings: {}, problems: [problem(detail, line(error.pos[0]), fix)] };
    }
    const { offset, detail } = yamlError(source, error);
    return { settings: {}, problems: [problem(detail, line(offset))] };
  }
  /** The line of the deepest key along `path` that is in the file (`vision.colour`'s own line, else `vision`'s). */
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  const lineOfKey = (key: string): number | undefined => lineOf([key]);
  const read = yamlData(doc);
  if ('detail' in read) return { settings: {}, problems: [problem(read.detail, lineCounter.linePos(read.offset).line)] };
  const { data } = read;
  const parsed = AspectsFileSchema.safeParse(data);
  if (parsed.success) return checkAspects(parsed.data, (detail, key, fix) => problem(detail, lineOfKey(key), fix));
  const found = parsed.error.issues.map((issue) => {
    const keys = 'keys' in issue ? issue.keys : [];
    return problem(explain(issue as Parameters<typeof explain>[0]), lineOf(keys.length === 1 ? [...issue.path, keys[0]!] : issue.path));
  });
  // The entries' keys and old slugs are checked too, as far as they can be read, so one round of fixes is enough.
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const readable = Object.fromEntries(
      Object.entries(data).map(([key, value]) => {
        const aliases: unknown = value && typeof value === 'object' ? (value as { aliases?: unknown }).aliases : undefined;
        const list = (Array.isArray(aliases) ? aliases : [aliases]).filter((alias): alias is string => typeof alias === 'string');
        return [key, { aliases: list }];
      }),
    );
    found.push(...checkAspects(readable, (detail, key, fix) => problem(detail, lineOfKey(key), fix)).problems);
  }
  return { settings: {}, problems: found };
}

/** A slug too long to name a file, quoted short (with the aspect an old slug is `under`), and its length. */
const tooLong = (slug: string, under?: string): string =>
  `\`${slug.slice(0, 60)}…\`${under ? ` under \`${under}\`` : ''} is ${slugBytes(slug)} bytes long, over the ${MAX_SLUG_BYTES} a slug may have (it names its pages' files)`;
const SHORTEN = "shorten it to a few words; the aspect's `name` and `definition` can say the rest.";

/** Keys and old slugs must be slugs no longer than a file name allows, and an old slug may belong to one aspect only and never be an aspect itself. */
function checkAspects(data: AspectsData, problem: (detail: string, key: string, fix?: string) => Problem): Checked {
  const settings: Record<string, AspectSetting> = {};
  const owner = new Map<string, string>();
  const found: Problem[] = [];
  for (const [key, value] of Object.entries(data)) {
    const slug = slugify(key);
    if (slug !== key) {
      found.push(problem(`\`${key}\` is not a slug; write it as \`${slug}\`.`, key));
      continue;
    }
    if (slugBytes(key) > MAX_SLUG_BYTES) {
      found.push(problem(`the slug ${tooLong(key)}.`, key, SHORTEN));
      continue;
    }
    const aliases: string[] = [];
    for (const written of value?.aliases ?? []) {
      const alias = slugify(written);
      if (alias !== written) {
        found.push(
          problem(`the old slug \`${written}\` under \`${key}\` is not a slug; write it as \`${alias || 'letters and digits'}\`.`, key),
        );
        continue;
      }
      if (slugBytes(alias) > MAX_SLUG_BYTES) {
        found.push(problem(`the old slug ${tooLong(alias, key)}.`, key, SHORTEN));
        continue;
      }
      const other = owner.get(alias);
      if (other === key) found.push(problem(`the old slug \`${alias}\` is listed twice under \`${key}\`.`, key, 'remove one of the two.'));
      else if (other) {
        const detail = `the old slug \`${alias}\` is listed under both \`${other}\` and \`${key}\`.`;
        found.push(
          problem(detail, key, `keep \`${alias}\` under the one aspect its old links should now lead to, and remove it from the other.`),
        );
      } else aliases.push(alias);
      owner.set(alias, key);
    }
    settings[key] = { name: value?.name, definition: value?.definition, aliases };
  }
  for (const alias of owner.keys()) {
    const current = owner.get(alias);
    if (settings[alias])
      found.push(
        problem(
          `\`${alias}\` is both an aspect and an old slug of \`${current}\`.`,
          alias,
          `an old slug leads to the aspect it was renamed to, so it cannot be an aspect too: remove \`${alias}\` from the aliases of \`${current}\`, or remove the \`${alias}\` entry.`,
        ),
      );
  }
  return { settings: found.length ? {} : settings, problems: found };
}

/**
 * Old slug → current slug, for the pipeline to canonicalise aspects as it
 * reads them. An aspect's display name reads as its slug too: the site shows
 * `risk-appetite` as "Appetite for risk", so an essay that writes that name
 * means that aspect, and would otherwise start a second group under the same
 * name. A name whose slug is another aspect or an old slug keeps its meaning.
 */
export function aliasMap(settings: AspectSettings): Map<string, string> {
  const map = new Map<string, string>();
  for (const [slug, setting] of Object.entries(settings)) for (const alias of setting.aliases) map.set(alias, slug);
  for (const [slug, setting] of Object.entries(settings)) {
    const named = setting.name === undefined ? '' : slugify(setting.name);
    if (named && named !== slug && !settings[named] && !map.has(named)) map.set(named, slug);
  }
  return map;
}
