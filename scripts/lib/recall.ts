/**
 * Recall of words that occur in one essay only: the share whose essay ranks
 * in the top three, for the exact word and for the word with its two middle
 * letters swapped (six letters or more). The same sample is put to our engine
 * and to Pagefind.
 */
import type { Essay } from '../../src/model/schemas.ts';
import { swapMiddle, uniqueWords, type UniqueWord } from './measure.ts';

/** Words in the sample (the issue asks for at least 150). */
const RECALL_SAMPLE = 200;
/** The essay must rank this high. */
export const RECALL_RANK = 3;

/** Everything a reader sees of an essay, as one text. */
function readableText(essay: Essay): string {
  return [
    essay.title,
    essay.description,
    essay.intro,
    ...essay.sections.flatMap((section) => [section.heading, section.text]),
    ...essay.contrasts.flatMap((contrast) => [contrast.aspect, contrast.leadershipText, contrast.managementText]),
  ].join('\n');
}

export interface RecallSample {
  readonly exact: readonly UniqueWord[];
  readonly typo: ReadonlyArray<UniqueWord & { readonly typo: string }>;
}

export function recallSample(essays: readonly Essay[]): RecallSample {
  const exact = uniqueWords(
    essays.map((essay) => ({ slug: essay.slug, text: readableText(essay) })),
    RECALL_SAMPLE,
  );
  const typo = exact.flatMap((item) => {
    const swapped = [...item.word].length >= 6 ? swapMiddle(item.word) : undefined;
    return swapped ? [{ ...item, typo: swapped }] : [];
  });
  return { exact, typo };
}

/** The share of `items` whose essay is among the URLs returned for its query. */
export function recallOf(items: ReadonlyArray<{ essay: string }>, topUrls: ReadonlyArray<readonly string[]>): number {
  if (items.length === 0) return Number.NaN;
  const found = items.filter((item, i) =>
    (topUrls[i] ?? []).some((url) => new URL(url, 'http://x').pathname.startsWith(`/essays/${item.essay}/`)),
  ).length;
  return Math.round((found / items.length) * 1000) / 1000;
}
