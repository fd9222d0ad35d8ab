/**
 * The sanitiser's allow-list, used in both raw HTML modes (kept as GitHub
 * keeps it by default; dropped with `RAW_HTML=strip`, where it still guards
 * Markdown links). It starts from GitHub's (rehype-sanitize's
 * `defaultSchema`): no `<script>`, `<style>`, `<iframe>`, event handlers,
 * `style` attributes, or `javascript:`/`vbscript:`/`data:` URLs survive.
 * It runs after raw HTML is parsed and before the pipeline adds its own
 * ids and controls, so it judges everything an author wrote and nothing we did.
 * Like GitHub, it prefixes every `id` and `name` (and the `aria-*` attributes
 * that point at ids) with `user-content-`, so an author's id never takes one
 * the page owns (`_search-input`, `toc`, `contrast-risk`) nor clobbers a
 * global; footnote ids are made unprefixed for it to prefix once (index.ts).
 * https://github.com/rehypejs/rehype-sanitize#example-headings-dom-clobbering
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

export const sanitizeSchema: Schema = Object.freeze({
  ...defaultSchema,
  // GitHub's list drops `<script>` with its content; a stylesheet shown as
  // text is never what an author meant either.
  strip: ['script', 'style'],
  attributes: {
    ...defaultSchema.attributes,
    // GFM table alignment.
    th: [...(defaultSchema.attributes?.['th'] ?? []), 'align'],
    td: [...(defaultSchema.attributes?.['td'] ?? []), 'align'],
  },
});
