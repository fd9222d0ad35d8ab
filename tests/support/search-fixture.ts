/** A small corpus for relevance tests, independent of the bundled essays. */
import { writeCorpus } from './corpus.ts';

export function writeSearchFixture(): string {
  return writeCorpus(
    {
      'essays/road-map.md': `---
title: The destination and the road map
description: Leaders watch the destination; managers read the road map.
date: 2026-01-05
tags: [vision]
---

Every journey needs a destination and someone reading the map.

## The crew chief

The driver keeps the finish line in view. The crew chief organises the car, the tyres and the pit stops.

## A meeting in Zürich

The board met in Zürich to agree the budget, and the managers built a schedule around it.[^minutes]

| Aspect | Leadership | Management |
| --- | --- | --- |
| Focus | The destination | The road map and its milestones |

[^minutes]: The minutes were kept by a stenographer.
`,
      'essays/risk.md': `---
title: Counting value and creating value
description: Managers count value; leaders create it.
date: 2026-02-01
tags: [risk]
---

Value can be counted or created.

## Who can afford a risk

A manager whose metric is the team's quarterly result has little room for a gamble. A leader treats a failed bet as learning and keeps a healthy risk appetite.

## Machines and people

The machine view treats employees as interchangeable parts.

| Aspect | Leadership | Management |
| --- | --- | --- |
| Risk | Treats a failed bet as learning | Protects the quarterly number |
| People | Builds value into each person | Replaces parts that underperform |
`,
      'essays/derail.md': `---
title: Why managers derail
description: Research on derailment and the remedy of self-compassion.
date: 2026-03-01
tags: [self-compassion]
---

Some managers stall.

## What the research adds

Rachel Collis suggests that defensiveness comes from a lack of self-compassion; mindfulness and psychological flexibility help.

## 領導與管理

領導 means leading in Chinese.

## ภาวะผู้นำ

ผู้นำสร้างแรงบันดาลใจให้ทีมงานทุกคน (Thai, which puts no space between words).
`,
      'concepts/vision.md': '---\ntitle: Vision\naliases: [direction, big picture]\n---\nWhere an organization is going.\n',
      'concepts/risk.md': '---\ntitle: Risk\naliases: [gamble, exposure]\n---\nThe chance of loss that comes with any bet on the future.\n',
      'concepts/self-compassion.md':
        '---\ntitle: Self-compassion\naliases: [kindness to oneself]\n---\nTreating your own mistakes as a friend would.\n',
      'concepts/trust.md': '---\ntitle: Trust\naliases: [credibility, trustworthiness]\n---\nThe confidence people place in someone.\n',
    },
    'search-fixture-',
  );
}
