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

export function parseAspectSettings(text: string, file: string): { settings: AspectSettings; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true });
  const fail = (detail: string, offset?: number) => ({
    settings: {},
    problems: [
      problems['invalid-aspects-file']({ file, line: offset === undefined ? undefined : lineCounter.linePos(offset).line, detail }),
    ],
  });
  const [error] = doc.errors;
  if (error) return fail(error.message.split('\n')[0] ?? 'unreadable YAML', error.pos[0]);
  const lineOfKey = (key: string): number | undefined => {
    if (!isMap(doc.contents)) return undefined;
    const pair = doc.contents.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    const offset = (pair?.key as { range?: number[] } | undefined)?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  const parsed = AspectsFileSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    return {
      settings: {},
      problems: [
        problems['invalid-aspects-file']({ file, line: lineOfKey(key), detail: `\`${issue?.path.join('.')}\`: ${issue?.message}` }),
      ],
    };
  }
  const settings: Record<string, AspectSetting> = {};
  const owner = new Map<string, string>();
  const found: Problem[] = [];
  for (const [key, value] of Object.entries(parsed.data)) {
    const slug = slugify(key);
    const where = { file, line: lineOfKey(key) };
    if (slug !== key) {
      found.push(problems['invalid-aspects-file']({ ...where, detail: `\`${key}\` is not a slug; write it as \`${slug}\`.` }));
      continue;
    }
    const aliases = (value?.aliases ?? []).map(slugify).filter(Boolean);
    for (const alias of aliases) {
      const other = owner.get(alias);
      if (other)
        found.push(
          problems['invalid-aspects-file']({
            ...where,
            detail: `the old slug \`${alias}\` is listed under both \`${other}\` and \`${key}\`.`,
          }),
        );
      owner.set(alias, key);
    }
    settings[key] = { name: value?.name, definition: value?.definition, aliases };
  }
  for (const alias of owner.keys()) {
    if (settings[alias])
      found.push(
        problems['invalid-aspects-file']({
          file,
          line: lineOfKey(alias),
          detail: `\`${alias}\` is both an aspect and an old slug of \`${owner.get(alias)}\`.`,
        }),
      );
  }
  return { settings: found.length ? {} : settings, problems: found };
}

/** Old slug → current slug, for the pipeline to canonicalise aspects as it reads them. */
export function aliasMap(settings: AspectSettings): Map<string, string> {
  const map = new Map<string, string>();
  for (const [slug, setting] of Object.entries(settings)) for (const alias of setting.aliases) map.set(alias, slug);
  return map;
}
