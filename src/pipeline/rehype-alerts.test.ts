import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

const alert = (type: string, body = 'Body text.') => `> [!${type}]\n> ${body}\n`;

/** The alert's parts, as a reader and a screen reader meet them. */
function parts(html: string) {
  const found: Array<{ className: unknown; label: string; icon: unknown; body: string }> = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    const className = node.properties.className;
    if (!Array.isArray(className) || !className.includes('markdown-alert')) return;
    const [title, ...body] = node.children.filter((child): child is Element => child.type === 'element');
    const icon = title?.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
    found.push({
      className: node.properties.className,
      label: toString(title!),
      icon: icon?.properties.ariaHidden,
      body: body.map((child) => toString(child)).join(' | '),
    });
  });
  return found;
}

describe('rehype-alerts', () => {
  it.each([
    ['NOTE', 'Note'],
    ['TIP', 'Tip'],
    ['IMPORTANT', 'Important'],
    ['WARNING', 'Warning'],
    ['CAUTION', 'Caution'],
  ])('renders [!%s] with a hidden icon and the visible label %s', async (type, label) => {
    const { html } = await render(alert(type));
    expect(parts(html)).toEqual([
      { className: ['markdown-alert', `markdown-alert-${type.toLowerCase()}`], label, icon: 'true', body: 'Body text.' },
    ]);
    expect(html).not.toMatch(/\sstyle=|<script|\son[a-z]+=/);
  });

  it('works in strict mode too: it is Markdown, not raw HTML', async () => {
    expect(parts((await render(alert('TIP'), { trustedHtml: false })).html)).toHaveLength(1);
  });

  it('keeps the body whole: paragraphs, lists, inline Markdown and harmless HTML', async () => {
    const { html } = await render('> [!WARNING]\n> First *line*.\n>\n> - one\n> - two\n>\n> Press <kbd>Esc</kbd>.\n');
    expect(parts(html)[0]?.body).toBe('First line. | \none\ntwo\n | Press Esc.');
    expect(html).toContain('<kbd>Esc</kbd>');
  });

  it('leaves quotes alone that are not alerts, and quotes written in raw HTML', async () => {
    const { html } = await render(
      `> A quote [!NOTE].\n\n> [!NOPE]\n> x\n\n<blockquote>\n<p>[!NOTE]\nraw</p>\n</blockquote>\n\n<div class="markdown-alert markdown-alert-note"><svg><path d="M0"/></svg>forged</div>`,
    );
    expect(parts(html)).toEqual([]);
    expect(html).not.toContain('markdown-alert');
    expect(html).not.toContain('<svg');
  });

  it('drops what the sanitiser drops inside an alert', async () => {
    const { html } = await render(
      alert('CAUTION', '<img src="/x.png" onerror="alert(1)"> <script>alert(2)</script> [x](javascript:alert(3))'),
    );
    expect(parts(html)[0]?.label).toBe('Caution');
    expect(html).not.toMatch(/onerror|<script|javascript:/);
  });
});
