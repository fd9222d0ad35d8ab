import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

describe('rehype-heading-ids', () => {
  it('gives headings accent-folded, unique ids and records them', async () => {
    const { html, data } = await render('## Führung\n\n## Führung\n\n### Risk & reward\n\n#### Deep');
    expect(data.headings).toEqual([
      { depth: 2, id: 'fuhrung', text: 'Führung' },
      { depth: 2, id: 'fuhrung-1', text: 'Führung' },
      { depth: 3, id: 'risk-reward', text: 'Risk & reward' },
      { depth: 4, id: 'deep', text: 'Deep' },
    ]);
    expect(html).toContain('<h4 id="deep">Deep</h4>');
  });

  it('never takes an id the page chrome owns', async () => {
    const { data } = await render('## Main\n\n## Sources\n\n## TOC');
    expect(data.headings?.map((h) => h.id)).toEqual(['main', 'sources-1', 'toc-1']);
  });

  it('names headings with no letters', async () => {
    const { data } = await render('## 🚀\n\n## ✨');
    expect(data.headings?.map((h) => h.id)).toEqual(['section', 'section-1']);
  });

  it('keeps ids stable for CJK headings', async () => {
    const { data } = await render('## 領導與管理');
    expect(data.headings?.[0]?.id).toBe('領導與管理');
  });

  it('prefixes ids written in raw HTML as GitHub does, keeps the first of a repeat, and numbers headings around them', async () => {
    const { html, data } = await render(
      '<a id="toc"></a> <span id="x">one</span> <span id="x">two</span> <b id="fn-1">forged</b> note[^1]\n\n## User content x\n\n[^1]: Real.',
    );
    expect(html).toContain(
      '<a id="user-content-toc"></a> <span id="user-content-x">one</span> <span>two</span> <b id="user-content-fn-1">forged</b>',
    );
    expect(data.headings?.[0]?.id).toBe('user-content-x-1');
    expect(data.ids?.filter((id) => id === 'user-content-fn-1')).toHaveLength(1);
    expect(new Set(data.ids).size).toBe(data.ids?.length);
  });

  it('keeps GFM footnotes working and out of the table of contents', async () => {
    const { html, data } = await render('Text[^1].\n\n[^1]: Note.');
    expect(data.headings).toEqual([]);
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });
});
