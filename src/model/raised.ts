/**
 * Raised and lowered text in plain text: what a `<sup>` or `<sub>` holds,
 * written with Unicode's superscript and subscript forms where they exist.
 * Its own module, so that the browser's search code, which shares text.ts,
 * never carries these tables.
 */
const SUPERSCRIPT: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries([...'0123456789'].map((digit, index) => [digit, '⁰¹²³⁴⁵⁶⁷⁸⁹'[index]!])),
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
});
const SUBSCRIPT: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries([...'0123456789'].map((digit, index) => [digit, '₀₁₂₃₄₅₆₇₈₉'[index]!])),
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
  ...Object.fromEntries([...'aehijklmnoprstuvx'].map((letter, index) => [letter, 'ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'[index]!])),
});

/**
 * The text of a `<sup>` or `<sub>` as plain text can still show it: `2` in
 * `n<sup>2</sup>` reads `n²`, `2` in `H<sub>2</sub>O` reads `H₂O`. Text with a
 * character Unicode has no such form of (`th` in `4<sup>th</sup>`) is left as
 * it is. Folding (NFKD) turns the forms back into plain digits and letters,
 * so search still finds `n2`.
 */
export function raised(text: string, script: 'sup' | 'sub'): string {
  const forms = script === 'sup' ? SUPERSCRIPT : SUBSCRIPT;
  const chars = [...text];
  return chars.length > 0 && chars.every((char) => forms[char] !== undefined) ? chars.map((char) => forms[char]).join('') : text;
}
