/**
 * `aspects.yml`: each aspect's display name, definition and old slugs, read
 * and checked. (The compare pages' grouping is in src/build/aspect-groups.ts.)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { problems, type Problem } from './errors.ts';
import { AspectsFileSchema, type AspectSetting } from './schemas.ts';
import { slugify } from './slug.ts';

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

function parseAspectSettings(text: string, file: string): Checked {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true });
  const problem = (detail: string, line: number | undefined): Problem => problems['invalid-aspects-file']({ file, line, detail });
  const [error] = doc.errors;
  if (error)
    return { settings: {}, problems: [problem(error.message.split('\n')[0] ?? 'unreadable YAML', lineCounter.linePos(error.pos[0]).line)] };
  const lineOfKey = (key: string): number | undefined => {
    if (!isMap(doc.contents)) return undefined;
    const pair = doc.contents.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    const offset = (pair?.key as { range?: number[] } | undefined)?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  const parsed = AspectsFileSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      settings: {},
      problems: [problem(`\`${issue?.path.join('.')}\`: ${issue?.message}`, lineOfKey(String(issue?.path[0] ?? '')))],
    };
  }
  return checkAspects(parsed.data, (detail, key) => problem(detail, lineOfKey(key)));
}

/** Keys must be slugs, and an old slug may belong to one aspect only and never be an aspect itself. */
function checkAspects(data: AspectsData, problem: (detail: string, key: string) => Problem): Checked {
  const settings: Record<string, AspectSetting> = {};
  const owner = new Map<string, string>();
  const found: Problem[] = [];
  for (const [key, value] of Object.entries(data)) {
    const slug = slugify(key);
    if (slug !== key) {
      found.push(problem(`\`${key}\` is not a slug; write it as \`${slug}\`.`, key));
      continue;
    }
    const aliases = (value?.aliases ?? []).map(slugify).filter(Boolean);
    for (const alias of aliases) {
      const other = owner.get(alias);
      if (other) found.push(problem(`the old slug \`${alias}\` is listed under both \`${other}\` and \`${key}\`.`, key));
      owner.set(alias, key);
    }
    settings[key] = { name: value?.name, definition: value?.definition, aliases };
  }
  for (const alias of owner.keys()) {
    if (settings[alias]) found.push(problem(`\`${alias}\` is both an aspect and an old slug of \`${owner.get(alias)}\`.`, alias));
  }
  return { settings: found.length ? {} : settings, problems: found };
}

/** Old slug → current slug, for the pipeline to canonicalise aspects as it reads them. */
export function aliasMap(settings: AspectSettings): Map<string, string> {
  const map = new Map<string, string>();
  for (const [slug, setting] of Object.entries(settings)) for (const alias of setting.aliases) map.set(alias, slug);
  return map;
}
