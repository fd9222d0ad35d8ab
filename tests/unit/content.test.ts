/**
 * The bundled essays keep the content contract (CONTENT-BRIEF): six essays
 * with a description, sources that can be checked, tags that name concepts
 * and at least one contrast table, 600–1,200 words of prose each; twelve
 * concepts, each used by an essay and defined in 40–120 words; a controlled
 * vocabulary of aspects, each argued by two essays besides the overview;
 * and no wording borrowed from the brief's source notes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { loadContent, type SiteContent } from '../../src/build/load.ts';
import { countWords, fold, words } from '../../src/model/text.ts';
import { ROOT } from '../../scripts/lib/site.ts';

let content: SiteContent;
beforeAll(async () => {
  content = await loadContent({ contentDir: path.join(ROOT, 'content'), root: ROOT });
});

/** The essay that maps the others; an aspect must be argued by two essays besides it. */
const OVERVIEW = 'leading-and-managing-an-overview';

/** The twenty aspect slugs the first edition published; links to them must keep landing. */
const FIRST_EDITION_ASPECTS = [
  'accountability',
  'adaptability',
  'change',
  'environment',
  'focus',
  'goals',
  'motivation',
  'outcome',
  'people',
  'plan',
  'relationships',
  'risk',
  'role',
  'strategy',
  'thinking',
  'time-horizon',
  'trust',
  'uncertainty',
  'value',
  'vision',
];

/**
 * The source notes of CONTENT-BRIEF.md (essays 1–6, recurring aspects,
 * concepts, works to credit), copied verbatim: the brief lives outside the
 * repository, and CI runs on a clone of the repository alone.
 */
const BRIEF_NOTES = path.join(ROOT, 'tests/fixtures/content-brief-notes.md');

/** How many words in a row make a borrowed phrase. */
const BORROWED_RUN = 6;

/** Every run of `BORROWED_RUN` words, joined by spaces. */
function runsOf(list: readonly string[]): string[] {
  return list.slice(0, Math.max(0, list.length - BORROWED_RUN + 1)).map((_, i) => list.slice(i, i + BORROWED_RUN).join(' '));
}

/**
 * The stretches of `text` that must be our own words, as folded words:
 * quotations (inside double quotation marks) and the titles of works are
 * cut out, so no run spans the gap they leave.
 */
function ownStretches(text: string, titles: readonly (readonly string[])[]): string[][] {
  const stretches: string[][] = [];
  for (const unquoted of text.split(/["“”]/).filter((_, index) => index % 2 === 0)) {
    let current: string[] = [];
    const list = words(unquoted);
    for (let i = 0; i < list.length; i += 1) {
      const title = titles.find((t) => t.length > 0 && t.every((word, k) => list[i + k] === word));
      if (title) {
        stretches.push(current);
        current = [];
        i += title.length - 1;
      } else current.push(list[i]!);
    }
    stretches.push(current);
  }
  return stretches;
}

/** Aspect slug → the essays that argue it. */
function essaysPerAspect(essays: readonly SiteContent['essays'][number][]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const essay of essays)
    for (const contrast of essay.contrasts) map.set(contrast.aspectSlug, (map.get(contrast.aspectSlug) ?? new Set()).add(essay.slug));
  return map;
}

const frontmatterOf = (file: string): Record<string, unknown> =>
  splitFrontmatter(readFileSync(path.join(ROOT, file), 'utf8'), file).data as Record<string, unknown>;
const proseWords = (essay: SiteContent['essays'][number]): number =>
  countWords([essay.intro, ...essay.sections.map((section) => section.text)].join(' '));

describe('the bundled essays', () => {
  it('are six, with twelve concepts', () => {
    expect(content.essays).toHaveLength(6);
    expect(content.concepts).toHaveLength(12);
  });

  it('credit only sources that can be checked: each links to the work or says where it appeared', () => {
    for (const essay of content.essays) {
      for (const source of essay.sources) expect(source.url ?? source.venue, `${essay.file}: ${source.title}`).toBeTruthy();
    }
  });

  it('each have a description and sources in the frontmatter', () => {
    for (const essay of content.essays) {
      const data = frontmatterOf(essay.file);
      expect(typeof data['description'], essay.file).toBe('string');
      expect(String(data['description']).length, essay.file).toBeLessThanOrEqual(160);
      expect(essay.sources.length, essay.file).toBeGreaterThan(0);
      expect(essay.date, essay.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('tag only concepts that have a page', () => {
    const concepts = new Set(content.concepts.map((concept) => concept.slug));
    for (const essay of content.essays) {
      expect(essay.tags.length, essay.file).toBeGreaterThan(0);
      for (const tag of essay.tags) expect(concepts.has(tag), `${essay.file}: tag ${tag}`).toBe(true);
    }
  });

  it('use every concept', () => {
    const used = new Set(content.essays.flatMap((essay) => essay.tags));
    for (const concept of content.concepts) expect(used.has(concept.slug), concept.file).toBe(true);
  });

  it('each draw at least one contrast table', () => {
    for (const essay of content.essays) expect(essay.tables.length, essay.file).toBeGreaterThan(0);
  });

  it('each have 600–1,200 words of prose', () => {
    for (const essay of content.essays) {
      const count = proseWords(essay);
      expect(count, essay.file).toBeGreaterThanOrEqual(600);
      expect(count, essay.file).toBeLessThanOrEqual(1200);
    }
  });

  it('share no run of six words with the source notes, outside quotations and titles of works', () => {
    const notes = words(readFileSync(BRIEF_NOTES, 'utf8'));
    expect(notes.length, `${BRIEF_NOTES} looks truncated`).toBeGreaterThan(1000);
    const borrowed = new Set(runsOf(notes));
    const titles = content.essays.flatMap((essay) => [essay.title, ...essay.sources.map((source) => source.title)]).map(words);
    const texts: Array<[where: string, text: string]> = [
      ...content.essays.flatMap(
        (essay) =>
          [
            [essay.file, essay.description],
            [essay.file, essay.intro],
            ...essay.sections.flatMap((section) => [
              [essay.file, section.heading],
              [essay.file, section.text],
            ]),
            ...essay.contrasts.flatMap((row) =>
              [row.aspect, row.leadershipText, row.managementText].map((cell) => [`${essay.file}:${row.line}`, cell]),
            ),
          ] as Array<[string, string]>,
      ),
      ...content.concepts.map((concept): [string, string] => [concept.file, concept.text]),
      ['content/home.md', (content.intro ?? '').replace(/<[^>]+>/g, ' ')],
    ];
    const found = texts.flatMap(([where, text]) =>
      ownStretches(text, titles)
        .flatMap(runsOf)
        .filter((run) => borrowed.has(run))
        .map((run) => `${where}: “${run}”`),
    );
    expect(found).toEqual([]);
  });

  it('leave the Sources section to the page (no second one in the body)', () => {
    for (const essay of content.essays)
      expect(
        essay.headings.map((h) => fold(h.text)),
        essay.file,
      ).not.toContain('sources');
  });

  it('give the comparison pages at least 30 contrasts over 12–16 aspects, several argued by three essays or more', () => {
    const essaysByAspect = essaysPerAspect(content.essays);
    expect(content.essays.flatMap((essay) => essay.contrasts).length).toBeGreaterThanOrEqual(30);
    expect(essaysByAspect.size).toBeGreaterThanOrEqual(12);
    expect(essaysByAspect.size).toBeLessThanOrEqual(16);
    expect([...essaysByAspect.values()].filter((essays) => essays.size >= 3).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the borrowed-wording check', () => {
  it('leaves quotations and titles of works out, and lets no run span the gap', () => {
    const text = 'She wrote “where to go; the manager shows the way” in *Who Draws the Map* and stopped.';
    expect(ownStretches(text, [words('Who draws the map')])).toEqual([['she', 'wrote'], ['in'], ['and', 'stopped']]);
    expect(runsOf(words('one two three four five six seven'))).toEqual(['one two three four five six', 'two three four five six seven']);
  });
});

describe('the aspect vocabulary (content/aspects.yml)', () => {
  it('has 12–16 aspects, each with a display name and a one-sentence definition', () => {
    const entries = Object.entries(content.aspects);
    expect(entries.length).toBeGreaterThanOrEqual(12);
    expect(entries.length).toBeLessThanOrEqual(16);
    for (const [slug, aspect] of entries) {
      expect(aspect.name, slug).toBeTruthy();
      expect(aspect.definition, slug).toMatch(/^[A-Z][^.?!]*[a-z]\.$/);
      expect(countWords(aspect.definition ?? ''), slug).toBeLessThanOrEqual(30);
    }
  });

  it('files every contrast row under one of its aspects, written with the current name', () => {
    for (const essay of content.essays) {
      for (const contrast of essay.contrasts) {
        const where = `${essay.file}:${contrast.line}`;
        expect(Object.keys(content.aspects), where).toContain(contrast.aspectSlug);
        expect(contrast.aspect, where).toBe(content.aspects[contrast.aspectSlug]?.name);
      }
    }
  });

  it('has every aspect argued by at least two essays besides the overview', () => {
    const essaysByAspect = essaysPerAspect(content.essays.filter((essay) => essay.slug !== OVERVIEW));
    const inUse = content.essays.flatMap((essay) => essay.contrasts.map((contrast) => contrast.aspectSlug));
    for (const slug of new Set([...Object.keys(content.aspects), ...inUse])) {
      const essays = [...(essaysByAspect.get(slug) ?? [])];
      expect(essays.length, `${slug}: ${essays.join(', ') || 'no essay'}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the aspect links of the first edition working, as aspects or as aliases', () => {
    const known = new Set(Object.entries(content.aspects).flatMap(([slug, aspect]) => [slug, ...aspect.aliases]));
    for (const slug of FIRST_EDITION_ASPECTS) expect(known.has(slug), slug).toBe(true);
  });
});

describe('the bundled concepts', () => {
  it('are defined in 40–120 words, with aliases', () => {
    for (const concept of content.concepts) {
      const words = countWords(concept.text);
      expect(words, concept.file).toBeGreaterThanOrEqual(40);
      expect(words, concept.file).toBeLessThanOrEqual(120);
      expect(concept.aliases.length, concept.file).toBeGreaterThan(0);
    }
  });

  it('never share an alias or a title', () => {
    const seen = new Map<string, string>();
    for (const concept of content.concepts) {
      for (const name of [concept.title, ...concept.aliases].map(fold)) {
        expect(seen.get(name), `${concept.file}: "${name}" also in ${seen.get(name)}`).toBeUndefined();
        seen.set(name, concept.file);
      }
    }
  });

  it('come with a home page introduction of two short paragraphs', () => {
    expect(content.intro?.match(/<p>/g)).toHaveLength(2);
  });
});
