/**
 * Aspects across the site: `aspects.yml` (display names and old slugs), and
 * the grouping of every essay's contrasts by aspect for the compare pages.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { problems, type Problem } from './errors.ts';
import { AspectsFileSchema, type AspectSetting, type Contrast, type Essay } from './schemas.ts';
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
    problems: [problems['invalid-aspects-file']({ file, line: offset === undefined ? undefined : lineCounter.linePos(offset).line, detail })],
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
    return { settings: {}, problems: [problems['invalid-aspects-file']({ file, line: lineOfKey(key), detail: `\`${issue?.path.join('.')}\`: ${issue?.message}` })] };
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
      if (other) found.push(problems['invalid-aspects-file']({ ...where, detail: `the old slug \`${alias}\` is listed under both \`${other}\` and \`${key}\`.` }));
      owner.set(alias, key);
    }
    settings[key] = { name: value?.name, definition: value?.definition, aliases };
  }
  for (const alias of owner.keys()) {
    if (settings[alias]) found.push(problems['invalid-aspects-file']({ file, line: lineOfKey(alias), detail: `\`${alias}\` is both an aspect and an old slug of \`${owner.get(alias)}\`.` }));
  }
  return { settings: found.length ? {} : settings, problems: found };
}

/** Old slug → current slug, for the pipeline to canonicalise aspects as it reads them. */
export function aliasMap(settings: AspectSettings): Map<string, string> {
  const map = new Map<string, string>();
  for (const [slug, setting] of Object.entries(settings)) for (const alias of setting.aliases) map.set(alias, slug);
  return map;
}

/** A contrast with the title of the essay it comes from. */
export type AspectRow = Contrast & { readonly essayTitle: string };

export interface AspectGroup {
  readonly slug: string;
  /** Display name: from aspects.yml, else the spelling most essays use. */
  readonly name: string;
  /** One sentence saying what the aspect compares, from aspects.yml. */
  readonly definition?: string | undefined;
  /** Old slugs that still lead here. */
  readonly aliases: readonly string[];
  /** One row per essay that argues the aspect, in the site's essay order. */
  readonly rows: readonly AspectRow[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Groups every contrast by aspect. Aspects argued by more essays come first,
 * then A–Z. `essays` must be in the site's order; rows keep it.
 */
export function groupByAspect(essays: readonly Essay[], settings: AspectSettings = {}): AspectGroup[] {
  const bySlug = new Map<string, AspectRow[]>();
  for (const essay of essays) {
    for (const contrast of essay.contrasts) {
      const rows = bySlug.get(contrast.aspectSlug) ?? [];
      rows.push({ ...contrast, essayTitle: essay.title });
      bySlug.set(contrast.aspectSlug, rows);
    }
  }
  const groups = [...bySlug].map(([slug, rows]) => ({
    slug,
    name: settings[slug]?.name ?? commonestSpelling(rows.map((row) => row.aspect)),
    definition: settings[slug]?.definition,
    aliases: settings[slug]?.aliases ?? [],
    rows,
  }));
  return groups.sort((a, b) => b.rows.length - a.rows.length || collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
}

function commonestSpelling(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  let best = spellings[0] ?? '';
  for (const [spelling, count] of counts) if (count > (counts.get(best) ?? 0)) best = spelling;
  return best;
}

/** Aspects argued in the same essays as `group`, most shared essays first. */
export function relatedAspects(group: AspectGroup, groups: readonly AspectGroup[], limit = 6): AspectGroup[] {
  const essays = new Set(group.rows.map((row) => row.essay));
  return groups
    .filter((other) => other.slug !== group.slug)
    .map((other) => ({ other, shared: other.rows.filter((row) => essays.has(row.essay)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || groups.indexOf(a.other) - groups.indexOf(b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

/**
 * The home page's headline comparison: the most argued aspects, each shown
 * by its contrast from the newest essay that argues it.
 */
export function headlineComparison(groups: readonly AspectGroup[], limit = 6): Array<{ group: AspectGroup; row: AspectRow }> {
  return groups.slice(0, limit).flatMap((group) => (group.rows[0] ? [{ group, row: group.rows[0] }] : []));
}
