/**
 * Text no index has seen: pronounceable invented words (each essay can have
 * its own), and prose hard-wrapped the way some editors save it.
 */
import { random } from '../../scripts/corpus.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vor', 'ul', 'pen', 'dri', 'sol', 'ame', 'tic', 'nor', 'bel', 'gu', 'sto'];

/** `count` distinct invented words of two to four syllables; the same seed gives the same words. */
export function inventedWords(seed: number, count: number): string[] {
  const next = random(seed);
  const pick = (n: number): number => Math.floor(next() * n);
  const out = new Set<string>();
  while (out.size < count) out.add(Array.from({ length: 2 + pick(3) }, () => SYLLABLES[pick(SYLLABLES.length)]).join(''));
  return [...out];
}

/** Words as paragraphs of `perParagraph` words, lines wrapped at 70 columns and joined by `eol`. */
export function hardWrapped(words: readonly string[], eol = '\r\n', perParagraph = 120): string {
  const paragraphs: string[] = [];
  for (let start = 0; start < words.length; start += perParagraph) {
    const lines: string[] = [];
    let line = '';
    for (const word of words.slice(start, start + perParagraph)) {
      if (line && line.length + word.length + 1 > 70) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(`${line}.`);
    paragraphs.push(lines.join(eol));
  }
  return paragraphs.join(`${eol}${eol}`);
}
