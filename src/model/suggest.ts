/**
 * "Did you mean …?" for misspelt keys, links and anchors: the candidate with
 * the smallest edit distance, if it is close enough to be a plausible typo.
 */

/** Levenshtein distance between two strings (insert, delete, substitute). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The closest candidate to `input`, or `undefined` when none is within
 * `maxDistance` edits (default: a third of the input's length, at least 2).
 * Ties go to the earlier candidate, so results are stable.
 */
export function nearest(
  input: string,
  candidates: Iterable<string>,
  maxDistance = Math.max(2, Math.floor(input.length / 3)),
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
