/**
 * Deterministic synthetic corpora for the benchmark and tests: essays of about
 * 1,000 words with 5–8 headings, one contrast table of about 5 rows over a
 * shared pool of aspects, tags from the concept list, and the twelve
 * concepts. The vocabulary is Zipf-distributed over real words plus a long
 * tail of invented ones, so the number of distinct words keeps growing with
 * the corpus the way it does in real prose (Heaps' law).
 *
 *   node scripts/corpus.ts <essays> <folder> [seed]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = `the of and to a in that is for it as with be on not this by are or from at an but have
can their they more which one will about when what all there so than who do if them would other into its
some only most people work team teams leader leaders leadership manager managers management organization
plan plans vision change risk trust goal goals value strategy role roles results time process decision
decisions direction future budget budgets quarter employees staff company business meeting meetings
project projects progress performance feedback growth purpose mission culture structure control system
systems resources priorities problem problems questions answer responsibility accountability authority
influence motivation energy commitment confidence uncertainty experience judgement skill skills map road
destination course route journey crew driver race finish line pressure crisis learning mistake mistakes
failure success standard standards measure metrics numbers data report reports daily weekly long short
term horizon every each many few much often always never sometimes rarely because while although
however therefore instead rather whether still also even just both either between through over under
after before during without within across against toward around good better best clear simple hard
difficult new old large small high low first last next same different real true own whole full`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vor',
  'ul',
  'pen',
  'dri',
  'sol',
  'ame',
  'tic',
  'nor',
  'bel',
  'ga',
  'sto',
  'qui',
  'fen',
  'lar',
  'mo',
];

/** The n-th invented word: deterministic, pronounceable, never a real word above. */
function inventedWord(n: number): string {
  let word = '';
  let rest = n + 20;
  while (rest > 0) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return `${word}e`;
}

const VOCABULARY_SIZE = 60_000;
const vocabulary = [...COMMON, ...Array.from({ length: VOCABULARY_SIZE - COMMON.length }, (_, i) => inventedWord(i))];

/** Cumulative Zipf weights (s = 1.18) over the vocabulary ranks. */
const cumulative = (() => {
  const weights = vocabulary.map((_, rank) => 1 / (rank + 1) ** 1.18);
  let sum = 0;
  const out = weights.map((weight) => (sum += weight));
  return out.map((value) => value / sum);
})();

function zipfWord(next: () => number): string {
  const target = next();
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cumulative[mid] ?? 1) < target) low = mid + 1;
    else high = mid;
  }
  return vocabulary[low] ?? 'the';
}

export const CONCEPTS = Object.freeze([
  ['vision', 'Vision', ['direction', 'big picture', 'destination']],
  ['change', 'Change', ['transformation', 'reform']],
  ['risk', 'Risk', ['risk-taking', 'exposure', 'gamble']],
  ['trust', 'Trust', ['credibility', 'confidence']],
  ['accountability', 'Accountability', ['responsibility', 'ownership']],
  ['value', 'Value', ['worth', 'value creation']],
  ['strategy', 'Strategy', ['long-term plan', 'roadmap', 'road map']],
  ['role', 'Role', ['position', 'title', 'job']],
  ['goals', 'Goals', ['objectives', 'targets', 'aims']],
  ['motivation', 'Motivation', ['drive', 'inspiration', 'engagement']],
  ['adaptability', 'Adaptability', ['flexibility', 'agility']],
  ['self-compassion', 'Self-compassion', ['self compassion', 'kindness to oneself']],
] as const);

export const ASPECTS = Object.freeze([
  'Focus',
  'Vision',
  'Change',
  'Thinking',
  'Environment',
  'Uncertainty',
  'Accountability',
  'Value',
  'People',
  'Risk',
  'Role',
  'Goals',
  'Strategy',
  'Plan',
  'Time horizon',
  'Trust',
  'Motivation',
  'Adaptability',
  'Relationships',
  'Outcome',
  'Authority',
  'Communication',
  'Decisions',
  'Learning',
]);

function sentence(next: () => number, words: number): string {
  const out = Array.from({ length: words }, () => zipfWord(next));
  const first = out[0] ?? 'the';
  out[0] = first[0]!.toUpperCase() + first.slice(1);
  return `${out.join(' ')}.`;
}

function paragraph(next: () => number, words: number): string {
  const sentences: string[] = [];
  let left = words;
  while (left > 0) {
    const length = Math.min(left, 8 + Math.floor(next() * 14));
    sentences.push(sentence(next, length));
    left -= length;
  }
  return sentences.join(' ');
}

function pick<T>(next: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return out;
}

const title = (next: () => number, words: number): string => {
  const text = Array.from({ length: words }, () => zipfWord(next)).join(' ');
  return text[0]!.toUpperCase() + text.slice(1);
};

/** One essay's Markdown. Same (index, seed) → same bytes. */
export function essayMarkdown(index: number, seed: number): string {
  const next = random(seed * 100_003 + index);
  const tags = pick(
    next,
    CONCEPTS.map(([slug]) => slug),
    2 + Math.floor(next() * 3),
  );
  const day = 1 + (index % 28);
  const month = 1 + (Math.floor(index / 28) % 12);
  const year = 2000 + Math.floor(index / 336);
  const lines = [
    '---',
    `title: ${JSON.stringify(`${title(next, 4)} ${index + 1}`)}`,
    `description: ${JSON.stringify(sentence(next, 18))}`,
    `date: ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    `tags: [${tags.join(', ')}]`,
    'sources:',
    `  - title: ${JSON.stringify(title(next, 5))}`,
    '    author: A. Writer',
    `    year: ${1960 + Math.floor(next() * 60)}`,
    '---',
    '',
    paragraph(next, 90),
    '',
  ];
  const headings = 5 + Math.floor(next() * 4);
  const tableAfter = Math.floor(next() * headings);
  const perSection = Math.round(880 / headings);
  for (let h = 0; h < headings; h += 1) {
    lines.push(`## ${title(next, 2 + Math.floor(next() * 3))}`, '');
    lines.push(paragraph(next, Math.round(perSection * 0.55)), '', paragraph(next, Math.round(perSection * 0.45)), '');
    if (h === tableAfter) {
      lines.push('| Aspect | Leadership | Management |', '| --- | --- | --- |');
      for (const aspect of pick(next, ASPECTS, 4 + Math.floor(next() * 3))) {
        lines.push(`| ${aspect} | ${sentence(next, 7).slice(0, -1)} | ${sentence(next, 7).slice(0, -1)} |`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

export function conceptMarkdown(slug: string, name: string, aliases: readonly string[], seed: number): string {
  const next = random(seed + slug.length * 7919);
  return `---\ntitle: ${name}\naliases: [${aliases.join(', ')}]\n---\n\n${paragraph(next, 70)}\n`;
}

/** Writes `essays/` and `concepts/` for a corpus of `count` essays into `dir`. */
export function generateCorpus(dir: string, count: number, seed = 1): void {
  mkdirSync(path.join(dir, 'essays'), { recursive: true });
  mkdirSync(path.join(dir, 'concepts'), { recursive: true });
  for (let i = 0; i < count; i += 1) {
    writeFileSync(path.join(dir, 'essays', `essay-${String(i + 1).padStart(4, '0')}.md`), essayMarkdown(i, seed));
  }
  for (const [slug, name, aliases] of CONCEPTS) {
    writeFileSync(path.join(dir, 'concepts', `${slug}.md`), conceptMarkdown(slug, name, aliases, seed));
  }
}

if (import.meta.main) {
  const [count = '10', dir = '.tmp/corpus', seed = '1'] = process.argv.slice(2);
  generateCorpus(dir, Number(count), Number(seed));
  console.error(`wrote ${count} essays to ${dir}`);
}
