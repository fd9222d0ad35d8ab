/**
 * Concept pages list every passage that uses a concept's words, the text
 * before an essay's first heading too, and nothing that only contains them
 * inside a longer word.
 */
import { describe, expect, it } from 'vitest';
import { compileSite } from './load.ts';
import { mentionsByConcept } from './mentions.ts';
import { writeCorpus } from '../../tests/support/corpus.ts';
import { removedAfterEach } from '../../tests/support/temp-folders.ts';

const dirs = removedAfterEach();

async function mentionsOf(files: Record<string, string>) {
  const dir = writeCorpus(files);
  dirs.push(dir);
  const { content, problems } = await compileSite({ contentDir: dir, root: dir });
  expect(problems).toEqual([]);
  return mentionsByConcept(content.concepts, content.essays).map((found) => found.map((m) => `${m.kind} ${m.label} ${m.href}`));
}

describe('mentionsByConcept', () => {
  it('finds a concept in the text before the first heading, and in an essay with no heading at all', async () => {
    const mentions = await mentionsOf({
      'concepts/vision.md': '---\ntitle: Vision\naliases: [foresight]\n---\nA picture of the future.',
      'essays/opening.md': '---\ntitle: Opening\n---\nIt starts with foresight.\n\n## Later\n\nNothing here.\n',
      'essays/short.md': '---\ntitle: Short\n---\nA short essay on vision, with no heading.\n',
      'essays/elsewhere.md': '---\ntitle: Elsewhere\n---\nNothing at first.\n\n## Vision at last\n\nHere.\n',
    });
    expect(mentions).toEqual([
      [
        'section Vision at last /essays/elsewhere/#vision-at-last',
        'section Introduction /essays/opening/',
        'section Introduction /essays/short/',
      ],
    ]);
  });

  it('finds a concept in its plural, -es plurals too', async () => {
    const mentions = await mentionsOf({
      'concepts/process.md': '---\ntitle: Process\naliases: [approach]\n---\nHow work gets done.',
      'essays/a.md': '---\ntitle: A\n---\nIntro.\n\n## Processes\n\nText.\n\n## Two approaches\n\nText.\n',
    });
    expect(mentions).toEqual([['section Processes /essays/a/#processes', 'section Two approaches /essays/a/#two-approaches']]);
  });

  it('finds a name written in capitals (IT, an acronym) only where a passage writes it so, not in the pronoun it', async () => {
    const mentions = await mentionsOf({
      'concepts/it.md': '---\ntitle: IT\naliases: [information technology]\n---\nThe computers.',
      'concepts/cio.md': '---\ntitle: CIO\n---\nWho runs IT.',
      'essays/a.md':
        '---\ntitle: A\n---\nIt starts here, and it goes on.\n\n## Budgets\n\nThe IT budget, as CIOs see it.\n\n## Systems\n\nInformation technology.\n\n## Other\n\nNothing in it.\n',
    });
    expect(mentions).toEqual([
      ['section Budgets /essays/a/#budgets'],
      ['section Budgets /essays/a/#budgets', 'section Systems /essays/a/#systems'],
    ]);
  });

  it('does not take a longer word for the concept', async () => {
    const mentions = await mentionsOf({
      'concepts/trust.md': '---\ntitle: Trust\naliases: [reliance]\n---\nBelief in others.',
      'essays/a.md': '---\ntitle: A\n---\nTrustworthy and unreliable people.\n\n## Reliability\n\nDistrust.\n',
    });
    expect(mentions).toEqual([[]]);
  });
});
