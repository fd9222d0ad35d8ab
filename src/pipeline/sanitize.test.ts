import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';
import { unsafeParts } from '../../tests/support/unsafe-html.ts';

const attacks = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<iframe src="https://example.com"></iframe>',
  '<div onmouseover="alert(1)">hover</div>',
  '<svg onload=alert(1)><circle /></svg>',
  '<style>body{display:none}</style>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<object data="x.swf"></object><embed src="x.swf">',
];

const dangerous = /<script|<iframe|<style|<object|<embed|<form|\son[a-z]+=|javascript:|vbscript:|data:text|style=/i;

describe('sanitising', () => {
  const everywhere = (attack: string): string =>
    `Before.\n\n${attack}\n\nInline ${attack} too.\n\n## Head ${attack}\n\n| a | b |\n| - | - |\n| ${attack} | c |\n\n> [!NOTE]\n> ${attack}\n\nA note[^1].\n\n[^1]: ${attack}`;

  it.each(attacks)('drops the harmful part of %s by default (as GitHub does)', async (attack) => {
    const { html } = await render(everywhere(attack));
    expect(html).not.toMatch(dangerous);
    expect(unsafeParts(html)).toEqual([]);
  });

  it.each(attacks)('drops %s whole in strict mode', async (attack) => {
    const { html } = await render(everywhere(attack), { trustedHtml: false });
    expect(html).not.toMatch(dangerous);
    expect(unsafeParts(html)).toEqual([]);
  });

  it('drops javascript: links written in Markdown', async () => {
    const { html } = await render('[click](javascript:alert(1)) and ![img](javascript:alert(2))');
    expect(html).not.toContain('javascript:');
  });

  it('keeps harmless raw HTML by default and drops all of it in strict mode', async () => {
    const markdown = 'Press <kbd>Ctrl</kbd> and H<sub>2</sub>O.';
    expect((await render(markdown)).html).toBe('<p>Press <kbd>Ctrl</kbd> and H<sub>2</sub>O.</p>');
    expect((await render(markdown, { trustedHtml: false })).html).toBe('<p>Press Ctrl and H2O.</p>');
  });
});
