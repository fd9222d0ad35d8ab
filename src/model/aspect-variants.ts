/**
 * Aspects spelled as two that read as one (`Risk & reward`, `Risk and
 * reward`, `Rewards and risks`): each spelling is its own slug, so /compare/
 * shows two groups where the author meant one, and neither gathers every
 * essay. The build goes on, and each row of a less used spelling gets a
 * warning naming the spelling most rows use. An old slug listed in
 * aspects.yml has already been read as its aspect, so it never warns.
 * The other way round, one slug can gather aspects that only symbols tell
 * apart (`C++`, `C#`): those rows are warned of too.
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

/** Warnings for aspects spelled as two that read as one, and for one slug gathering aspects that only symbols tell apart. */
export function aspectVariants(essays: readonly Pick<Essay, 'file' | 'contrasts'>[]): Problem[] {
  const bySlug = new Map<string, Row[]>();
  for (const essay of essays) {
    for (const { aspect, aspectSlug: slug, line } of essay.contrasts) {
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), { aspect, slug, file: essay.file, line }]);
    }
  }
  return [...meaningVariants(bySlug), ...symbolCollisions(bySlug)];
}

/** A warning for each row of an aspect whose meaning another, more used, slug already has. */
function meaningVariants(bySlug: ReadonlyMap<string, Row[]>): Problem[] {
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

/**
 * Characters a slug drops that still change what a name means (`+`, `#`,
 * `%`): not letters, digits, spaces, nor the punctuation that only parts
 * words (`Risk & reward`, `Risk/reward`, `Risk – reward` are one aspect).
 */
const SYMBOL = /[^\p{L}\p{M}\p{N}\s\-\u2010-\u2015/&,.:;()'"\u2018\u2019\u201C\u201D\u00AB\u00BB\u2026!?]/gu;
const symbols = (aspect: string): string => (aspect.match(SYMBOL) ?? []).join('');

/** A warning for each row of a slug whose symbols differ from those most of its rows write; on a tie, the first in the site's essay order wins. */
function symbolCollisions(bySlug: ReadonlyMap<string, Row[]>): Problem[] {
  return [...bySlug.values()].flatMap((rows) => {
    const bySymbols = new Map<string, Row[]>();
    for (const row of rows) bySymbols.set(symbols(row.aspect), [...(bySymbols.get(symbols(row.aspect)) ?? []), row]);
    if (bySymbols.size < 2) return [];
    const [kept, ...others] = [...bySymbols.values()].sort((a, b) => b.length - a.length);
    const main = { ...kept![0]!, rows: kept!.length };
    return others
      .flat()
      .map((row) => problems['aspect-clash']({ file: row.file, line: row.line, aspect: row.aspect, slug: row.slug, main }));
  });
}
