/**
 * The sanitiser's allow-list, used in both raw HTML modes (kept as GitHub
 * keeps it by default; dropped with `RAW_HTML=strip`, where it still guards
 * Markdown links). It starts from GitHub's (rehype-sanitize's
 * `defaultSchema`): no `<script>`, `<style>`, `<iframe>`, event handlers,
 * `style` attributes, or `javascript:`/`vbscript:`/`data:` URLs survive.
 * It runs after raw HTML is parsed and before the pipeline adds its own
 * ids and controls, so it judges everything an author wrote and nothing we did.
 * https://github.com/rehypejs/rehype-sanitize#example-headings-dom-clobbering
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

export const sanitizeSchema: Schema = Object.freeze({
  ...defaultSchema,
  // remark-rehype already prefixes footnote ids (and the `aria-describedby`
  // pointing at them) with `user-content-`; prefixing again would break them.
  // `name` is still prefixed: it clobbers `document.<name>`. Our scripts never
  // read ids through globals, so unprefixed ids cannot hijack them.
  clobber: ['name'],
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
