/**
 * Reading the addresses authors write and browsers send: one place decides
 * what a percent-escape that is not valid (`%E0%A4`, a character cut short)
 * stands for.
 */

/** Percent-decoded text, or the text as written where its escapes are malformed, which no page, file or id matches. */
export function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Whether `ids` has the element a URL's fragment (`#…`, without the `#`, as
 * it stands in the URL) leads to. A browser looks for the fragment as
 * written first and decoded second
 * (https://html.spec.whatwg.org/multipage/browsing-the-web.html#select-the-indicated-part):
 * GitHub's footnote ids keep their label percent-encoded
 * (`user-content-fn-caf%C3%A9` for `[^café]`), while a heading's id is the
 * text itself (`#café`, sent as `#caf%C3%A9`).
 */
export const hasFragment = (ids: ReadonlySet<string>, fragment: string): boolean => ids.has(fragment) || ids.has(decoded(fragment));
