/**
 * Aspects spelled as two that read as one (`Risk & reward`, `Risk and
 * reward`, `Rewards and risks`): each spelling is its own slug, so /compare/
 * shows two groups where the author meant one, and neither gathers every
 * essay. The build goes on, and each row of a less used spelling gets a
 * warning naming the spelling most rows use. An old slug listed in
 * aspects.yml has already been read as its aspect, so it never warns.
 */
import { problems, type Problem } from './errors.ts';
import type { Essay } from './schemas.ts';
import { terms } from './text.ts';

/** Words that do not change which aspect a name means, as terms. */
const FILLER = new Set(terms('and or vs versus the a an of'));

/**
 * What an aspect's name says, whatever its spelling: its terms (folded, and
 * singular as search and concept pages read them), without filler, in any
 * order. `Risk & reward` and `Rewards and risks` are both `reward risk`;
 * `Processes` is `process`.
 */
export function aspectMeaning(aspect: string): string {
  return terms(aspect)
    .filter((term) => !FILLER.has(term))
    .sort()
    .join(' ');
}

type Row = { aspect: string; slug: string; file: string; line: number };

/** A warning for each row of an aspect whose meaning another, more used, slug already has. */
export function aspectVariants(essays: readonly Pick<Essay, 'file' | 'contrasts'>[]): Problem[] {
  const bySlug = new Map<string, Row[]>();
  for (const essay of essays) {
    for (const { aspect, aspectSlug: slug, line } of essay.contrasts) {
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), { aspect, slug, file: essay.file, line }]);
    }
  }
  const byMeaning = new Map<string, Row[][]>();
  for (const rows of bySlug.values()) {
    const meaning = aspectMeaning(rows[0]!.aspect);
    if (meaning) byMeaning.set(meaning, [...(byMeaning.get(meaning) ?? []), rows]);
  }
  return [...byMeaning.values()].flatMap((spellings) => {
    if (spellings.length < 2) return [];
    // The spelling most rows use is the one to keep; on a tie, the first in the site's essay order.
    const [kept, ...others] = [...spellings].sort((a, b) => b.length - a.length);
    const main = { ...kept![0]!, rows: kept!.length };
    return others
      .flat()
      .map((row) => problems['aspect-variant']({ file: row.file, line: row.line, aspect: row.aspect, slug: row.slug, main }));
  });
}
