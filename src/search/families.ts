/**
 * Word families: the index's terms that share a Porter stem (`manage`,
 * `managed`, `managing`, `manager`, `management`). The index keeps each form
 * as a term of its own, so an exact word still ranks first; a query word
 * also reaches the other forms of its family, at a lower quality, whether or
 * not the word itself occurs anywhere. The builder lists each family in the
 * shard its stem sorts into; the engine stems the query word the same way to
 * find it.
 */
import { stemmer } from 'stemmer';

/** Terms the English stemmer is fit for: Latin letters only, three or more (not `ceo`, `2020`, `führung` folded is fine). */
const STEMMABLE = /^[a-z]{3,}$/;

/** The family a term belongs to: its Porter stem, or undefined for a term the stemmer is not for. */
export function familyOf(term: string): string | undefined {
  return STEMMABLE.test(term) ? stemmer(term) : undefined;
}

/**
 * Stem → the terms of that family, each list sorted. A family of one term is
 * kept unless the term is its own stem: `coaching` must find `coaches`
 * (`coache`, stem `coach`), while `trusting` finds `trust` by its stem alone.
 */
export function families(terms: Iterable<string>): Map<string, string[]> {
  const byStem = new Map<string, string[]>();
  for (const term of terms) {
    const stem = familyOf(term);
    if (stem === undefined) continue;
    const members = byStem.get(stem);
    if (members) members.push(term);
    else byStem.set(stem, [term]);
  }
  for (const [stem, members] of byStem) {
    if (members.length === 1 && members[0] === stem) byStem.delete(stem);
    else members.sort();
  }
  return byStem;
}

/**
 * A shard's families as text, one line each: the stem, then each term as what
 * follows the stem (`manag,e,ed,ing`), or whole after `=` when it does not
 * start with it (`happi,ness,=happy`). Terms are Latin letters only.
 */
export function encodeFamilies(list: ReadonlyArray<readonly [stem: string, members: readonly string[]]>): string {
  return list
    .map(([stem, members]) => [stem, ...members.map((term) => (term.startsWith(stem) ? term.slice(stem.length) : `=${term}`))].join(','))
    .join('\n');
}

export function decodeFamilies(encoded: string | undefined): Map<string, string[]> {
  const decoded = new Map<string, string[]>();
  if (!encoded) return decoded;
  for (const line of encoded.split('\n')) {
    const [stem, ...members] = line.split(',');
    if (stem && members.length > 0)
      decoded.set(
        stem,
        members.map((member) => (member.startsWith('=') ? member.slice(1) : stem + member)),
      );
  }
  return decoded;
}
