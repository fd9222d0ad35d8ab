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
