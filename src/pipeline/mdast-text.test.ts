import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { isBrTag, textOf } from './mdast-text.ts';

const tree = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

describe('textOf', () => {
  it('reads line breaks as spaces and leaves other raw HTML out, keeping the text inside it and images’ alt text', () => {
    expect(textOf(tree('a<br>b<br/>c<BR />d  \ne\\\nf <kbd>Ctrl</kbd> ![chart](x.png) `code`'))).toBe('a b c d e f Ctrl chart code');
  });

  it('leaves out what a `<script>` or `<style>` holds, as the sanitiser does, and raises `<sup>` text', () => {
    expect(textOf(tree('First <style>p{color:red}</style>and <SCRIPT src=x>alert(2)</SCRIPT>end <sup class="x">2</sup>'))).toBe(
      'First and end ²',
    );
    // Left open, it hides the rest of its paragraph, as a browser would.
    expect(textOf(tree('Before <script>alert(1)\n\nNext paragraph.'))).toBe('Before Next paragraph.');
  });

  it('knows a `<br>` tag from other HTML', () => {
    const html = (value: string) => ({ type: 'html' as const, value });
    expect([html('<br>'), html('<br/>'), html(' <BR /> ')].map(isBrTag)).toEqual([true, true, true]);
    expect([html('<b>'), html('<brr>'), html('<br class="x">')].map(isBrTag)).toEqual([false, false, false]);
  });
});
