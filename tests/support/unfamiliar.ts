/**
 * A corpus the project has never seen, written the way real authors write:
 * CRLF and a BOM, no headings, accents, CJK and emoji, repeated headings,
 * a 30,000-word essay, tags with no concept page, contrast tables in every
 * accepted header form, Markdown as GitHub renders it (raw HTML,
 * alerts, footnotes), and images beside an essay, in public/ and on
 * another site.
 */
import { writeCorpus } from './corpus.ts';
import { pngOf, svgOf } from './images.ts';
import { hardWrapped, inventedWords } from './prose.ts';

/**
 * Words only the essay with no headings uses, hard-wrapped with CRLF in the
 * middle of its one long section: search must find every one of them.
 */
export const NO_HEADINGS_WORDS = inventedWords(2026, 600);

const PARAGRAPH_WORDS = [
  'teams',
  'plans',
  'budgets',
  'trust',
  'direction',
  'change',
  'risk',
  'people',
  'results',
  'vision',
  'meetings',
  'deadlines',
];

/** Deterministic filler prose of `count` words, in sentences. */
function prose(count: number, seed = 1): string {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const word = PARAGRAPH_WORDS[next() % PARAGRAPH_WORDS.length]!;
    out.push(i % 12 === 0 ? word[0]!.toUpperCase() + word.slice(1) : word);
    if (i % 12 === 11) out[out.length - 1] += '.';
  }
  return `${out.join(' ')}.`;
}

/** How deep the long essay's nested list goes (`- level 0` … `- level 13`). */
export const LIST_DEPTH = 14;

/** A list nested `LIST_DEPTH` levels deep, one item of ordinary words at each. */
const nestedList = (): string[] =>
  Array.from({ length: LIST_DEPTH }, (_, depth) => `${'  '.repeat(depth)}- level ${depth} ${prose(12, depth)}`);

/** About `words` words in sections of 500 (`## Part 1`, `## Part 2`…: sixty of them), with a deeply nested list in the second. */
function hugeEssay(words: number): string {
  const parts = ['---', 'title: A very long essay', 'date: 2025-01-01', '---', '', prose(120, 7), ''];
  let written = 120;
  for (let section = 1; written < words; section += 1) {
    parts.push(`## Part ${section}`, '');
    if (section === 2) parts.push(...nestedList(), '');
    for (let p = 0; p < 5 && written < words; p += 1) {
      parts.push(prose(100, section * 10 + p), '');
      written += 100;
    }
  }
  return parts.join('\n');
}

/**
 * An essay written as an attacker would: script in the title, description,
 * tags, source (title, author, venue, note), body, heading and table cells,
 * control characters (Word's line break, U+000B) in the author,
 * and in the HTML GitHub keeps (`<details>` that opens by itself, images
 * that load, `<kbd>`, `<br>`), an alert, a forged alert and a footnote.
 * Every payload sets `window.__xss`, so a test can tell whether any of it ran.
 */
const HOSTILE_ESSAY = `---
title: "<script>window.__xss=1</script>Hostile <img src=https://invalid.example/x.png onerror=window.__xss=1> essay"
description: "<svg onload=window.__xss=1></svg> A description that ends a script </script><script>window.__xss=1</script>"
date: 2024-06-01
author: "Mallory\\vExample\\x01"
tags: ["<b onmouseover=window.__xss=1>tag</b>", vision]
sources:
  - title: "</script><script>window.__xss=1</script>"
    author: "<img src=https://invalid.example/x.png onerror=window.__xss=1>"
    venue: "<i onmouseover=window.__xss=1>Venue</i>"
    note: "</cite><script>window.__xss=1</script>"
    url: "https://example.com/?q=<script>window.__xss=1</script>"
---

Body <script>window.__xss=1</script> text <img src=/favicon.svg alt=icon onload="window.__xss=1" onerror="window.__xss=1"> and [a link](javascript:window.__xss=1) and <a href="javascript:window.__xss=1">raw</a> and ![img](javascript:window.__xss=1).

<iframe src="javascript:window.__xss=1"></iframe>

<div onmouseover="window.__xss=1" style="position:fixed;inset:0;z-index:99">cover</div>

<details open ontoggle="window.__xss=1"><summary onclick="window.__xss=1">Opens by itself</summary>Press <kbd onclick="window.__xss=1">K</kbd>, see <a href="data:text/html,<script>window.__xss=1</script>">data</a> and <a href="  JaVaScRiPt:window.__xss=1">spaced</a>.</details>

> [!WARNING]
> <img src=/favicon.svg alt=icon onload="window.__xss=1"> inside an alert, and a note[^x].

<div class="markdown-alert markdown-alert-caution"><p class="markdown-alert-title">Caution</p>A forged alert.</div>

## Heading <img src=/favicon.svg alt=icon onload=window.__xss=1> <span onmouseover="window.__xss=1">hover</span>

<svg><script>window.__xss=1</script></svg> <math><mtext><table><mglyph><style><img src=/favicon.svg alt=icon onload=window.__xss=1>

| Aspect | Leadership | Management |
| --- | --- | --- |
| <b onmouseover=window.__xss=1>Hostile</b> payload | <img src=/favicon.svg alt=icon onload="window.__xss=1"> bets<br onclick="window.__xss=1">too | [x](javascript:window.__xss=1) guards |

[^x]: <a href="javascript:window.__xss=1">In a note</a> and <a data-footnote-backref href="javascript:window.__xss=1">a forged way back</a>.
`;

/**
 * An essay that uses what GitHub renders beyond CommonMark: raw `<br>` in
 * plain and contrast cells, `<kbd>`, `<sup>`, `<sub>`, `<details>`, images
 * in cells (one side only an image, one only a `<br>`), all five alerts, and
 * footnotes cited from prose, a contrast cell and a `<details>`.
 */
const GITHUB_ESSAY = `---
title: Written as on GitHub
date: 2026-02-15
tags: [vision]
---

Leaders and managers both cite their sources.[^kotter] Press <kbd>/</kbd> or <kbd>Ctrl</kbd>+<kbd>K</kbd> to search; water is H<sub>2</sub>O, and the links in a team of n grow as n<sup>2</sup>.

> [!NOTE]
> A leader's plan fits on one page; a manager's fills a binder.

> [!TIP]
> Ask what the team would stop doing before you ask what it should start.

> [!IMPORTANT]
> Both jobs are needed; the mistake is doing one when the moment asks for the other.

> [!WARNING]
> A vision nobody can repeat is a slogan.

> [!CAUTION]
> Cutting the budget for maintenance saves this quarter and costs the next four.
>
> The bill arrives later, with interest.

## Shortcuts

| Keys | Does |
| --- | --- |
| <kbd>/</kbd> or <kbd>Ctrl</kbd>+<kbd>K</kbd> | opens search<br>from any page |
| <kbd>Esc</kbd> | closes it<br>and keeps the query |
| <img src="/favicon.svg" alt="Site icon" width="16"> | the site's icon |

## Contrasts

| Aspect | Leadership | Management |
| --- | --- | --- |
| Risk & reward | Bets on the future<br>and says so out loud[^kotter] | Protects this quarter<br>and the next |
| Symbols | <img src="/favicon.svg" alt="A compass" width="24"> | ![A map](/favicon.svg) |
| Pause | <br> | Stops at <kbd>Esc</kbd> |

<details>
<summary>Why two columns?</summary>

Because they answer different questions.[^zaleznik] See [the first note](#user-content-fn-kotter).

</details>

[^kotter]: John P. Kotter, *What Leaders Really Do*, 1990.
[^zaleznik]: Abraham Zaleznik, *Managers and Leaders: Are They Different?*, 1977.
`;

/** Where the pictures essay's image from another site lives; tests answer for that host (there is no network). */
export const REMOTE_IMAGE = 'https://images.example.org/compass.png';

/**
 * Images of every kind: beside the essay in a folder (one with a space in
 * its name, one wider than any screen, an SVG), from public/, from another
 * site, one without alt text (a warning), and one in a contrast cell. Prose
 * between them makes the page scroll, so lazy loading shows.
 */
const PICTURES_ESSAY = `---
title: Pictures beside the essay
date: 2026-02-20
---

A diagram shows a contrast at a glance.

![A green diagram of two paths](./pictures/diagram.png)

${prose(250, 5)}

![A wide chart, drawn larger than any screen](pictures/wide%20chart.png "A wide chart")

${prose(250, 6)}

<img src="./pictures/mark.svg" alt="A blue mark" width="120">

<img src="/favicon.svg" alt="The site's icon, from public/" width="32" height="32">

<img src="${REMOTE_IMAGE}" alt="A compass, from another site" width="200" height="100">

![](./pictures/diagram.png)

| Aspect | Leadership | Management |
| --- | --- | --- |
| Pictures | ![A path into the unknown](./pictures/diagram.png) | A map with every road drawn |
`;

/**
 * An essay written before `risk-reward` was renamed from `gamble`: it links
 * to the row by the old slug and by the new one, and its description is
 * long (300 characters), as a link preview must hold it in a short window.
 */
const OLD_LINKS_ESSAY = `---
title: Links written before a rename
description: "Written before the aspect was renamed, so its links still name the old slug. Its summary runs long on purpose: a reader who hovers a link to it sees a card that has to hold about three hundred characters of description inside a short window, without covering the header or leaving the top of the page."
date: 2025-06-01
---

The row was [the old bet](/essays/crlf-bom/#contrast-gamble) when this was written; it is [the same row](/essays/crlf-bom/#contrast-risk-reward) by its name now.
`;

export function writeUnfamiliarCorpus(): string {
  return writeCorpus(
    {
      'essays/crlf-bom.md': `\uFEFF---\r\ntitle: Windows line endings\r\ndate: 2026-03-01\r\ntags: [vision, no-such-concept]\r\n---\r\n\r\nWritten on Windows, with a byte order mark.\r\n\r\n## Where it goes\r\n\r\n| Aspect | Leadership | Management |\r\n| --- | --- | --- |\r\n| Risk & reward | Bets on the *future* | Protects this quarter |\r\n| Zeithorizont (time) | Years | Weeks |\r\n`,
      'essays/no-headings.md': `---\r\ntitle: An essay with no headings\r\ndate: 2026-02-01\r\n---\r\n\r\n${prose(300, 3)}\r\n\r\n${hardWrapped(NO_HEADINGS_WORDS)}\r\n\r\n${prose(200, 4)}\r\n`,
      'essays/unicode-title.md': `---\ndate: 2026-01-15\ntags: [führung, 領導]\n---\n\n# Führung, 領導 und Management 🚀\n\nA title taken from the first heading, in three scripts.\n\n## Führung\n\nGerman.\n\n## 領導與管理\n\nChinese.\n\n## 🚀\n\nOnly an emoji.\n\n|  | Manager | Leader |\n| - | - | - |\n| Führung | sagt wie | sagt wohin |\n| Руководство | считает | ведёт |\n`,
      'essays/same-headings.md': `---\ntitle: "Risk, risk and risk"\ndescription: Three headings with the same text, each with its own id.\ndate: 2025-12-01\nauthor: Ada Example\n---\n\n## Risk\n\nOne.\n\n## Risk\n\nTwo.\n\n### Risk\n\nThree.\n\n| Manager | Leader | Topic |\n| --- | --- | --- |\n| Counts the risk | Takes the risk | Risk |\n`,
      'essays/huge.md': hugeEssay(30_000),
      'essays/hostile.md': HOSTILE_ESSAY,
      'essays/as-on-github.md': GITHUB_ESSAY,
      // A second essay cites a note of the same label in a row of the same aspect: /compare/ shows both.
      'essays/more-notes.md': `---\ntitle: More notes\ndate: 2026-02-10\n---\n\nA short one.[^1]\n\n| Aspect | Leadership | Management |\n| --- | --- | --- |\n| Symbols | Flags[^1] | Forms |\n\n[^1]: A note.\n`,
      'essays/pictures.md': PICTURES_ESSAY,
      'essays/pictures/diagram.png': pngOf(800, 400, '#1f6f4a'),
      'essays/pictures/wide chart.png': pngOf(3000, 1000, '#7a2a5a'),
      'essays/pictures/mark.svg': svgOf(60, 30, '#1d4ed8'),
      'essays/a-draft.md': `---\ntitle: Not ready\ndraft: true\n---\n\nHidden.\n`,
      // Links to a row by its old slug (`gamble`) and by its current one, and a description of 300 characters.
      'essays/old-links.md': OLD_LINKS_ESSAY,
      // `gamble` was the old slug of risk-reward: its links must keep working.
      'aspects.yml':
        'risk-reward:\n  name: Risk and reward\n  definition: What each side stakes, and what it expects back.\n  aliases: [gamble]\n',
      'concepts/vision.md': `---\ntitle: Vision\naliases: [direction]\n---\n\nWhere an organization is going.\n`,
    },
    'unfamiliar-',
  );
}
