/**
 * An essay's `author` as reference styles want it. The frontmatter holds the
 * name as people write it (`Mary Parker Follett`, `Ng, Andrew`, `José Ortega
 * y Gasset and Jean-Paul Sartre`, `World Health Organization`); APA lists a
 * person surname first with initials (`Follett, M. P.`) and a group as it is
 * named, and BibTeX must be told which words are the surname wherever its own
 * rule (the last word, after any lower-case particle) would pick the wrong
 * ones. Pure, for the page and the cite dialog alike.
 */

/** One author: a person's given names (absent for a single name such as `Plato`), surname and suffix, or a group or anything else, as written. */
export type Author =
  | { readonly kind: 'person'; readonly given?: string; readonly family: string; readonly suffix?: string; readonly written: string }
  | { readonly kind: 'group'; readonly written: string };

/** A word of a personal name: letters, with hyphens, apostrophes and initials' periods (`Jean-Paul`, `O’Neill`, `P.`). */
const WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;
const SUFFIX = /^(?:[JS]r\.?|II|III|IV)$/;
/** Words that name an organisation rather than a person: `World Health Organization` is not Organization, W. H. */
const GROUP =
  /(?:^|\s)(?:The|Organi[sz]ation|Association|Institute|Institution|Council|Committee|Commission|Foundation|University|College|Academy|School|Society|Agency|Bureau|Department|Ministry|Office|Group|Team|Company|Corporation|Inc\.?|Ltd\.?|LLC|GmbH|Board|Cent(?:er|re)|Network|Federation|Union|Authority|Staff|Press|Project|Collective|Laborator(?:y|ies)|Labs?|Partners|Consortium|Alliance|Coalition|Services?|Fund|Bank|Editors)(?:\s|,|$)/u;
/** A lower-case word that joins two surnames into one (`Ortega y Gasset`, `Sousa e Silva`). */
const JOINS = new Set(['y', 'e', 'i']);
/** A capitalised particle that, before the last word, belongs to the surname (`Le Guin`, `De Niro`, `St. Laurent`). */
const PARTICLES = new Set([
  'De',
  'Del',
  'Della',
  'Di',
  'Da',
  'Du',
  'Dos',
  'Das',
  'La',
  'Le',
  'Van',
  'Von',
  'Der',
  'Den',
  'Ter',
  'Ten',
  'St.',
  'Saint',
]);
/** A title before a name, which a reference leaves out (`Dr. Jane Smith` is Smith, J.). */
const HONORIFIC = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Rev|Sir|Dame)\.? (?=\S+ )/;

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** One person's name, or `undefined` when it does not read as one. */
function person(written: string): Author | undefined {
  let name = written.replace(HONORIFIC, '');
  let suffix: string | undefined;
  const suffixed = /,?\s+([JS]r\.?|II|III|IV)$/.exec(name);
  if (suffixed) {
    suffix = suffixed[1];
    name = name.slice(0, suffixed.index);
  }
  const comma = name.split(/\s*,\s*/);
  if (comma.length > 2) return undefined;
  if (comma.length === 2) {
    // Written surname first: `Ng, Andrew`. A suffix alone after the comma (`Smith, Jr.`) leaves no given name to tell.
    const [family = '', given = ''] = comma;
    const words = [...family.split(' '), ...given.split(' ')];
    if (!given || SUFFIX.test(given) || !words.every((word) => WORD.test(word))) return undefined;
    return { kind: 'person', given, family, ...(suffix ? { suffix } : {}), written };
  }
  const words = name.split(' ');
  if (!words.every((word) => WORD.test(word))) return undefined;
  if (words.length === 1) return suffix ? undefined : { kind: 'person', family: name, written };
  // The surname starts at a lower-case particle followed by a capitalised word (`van Beethoven`, `de Beauvoir`), one
  // word before a joining `y` (`Ortega y Gasset`), or else it is the last word (`Follett`, and `hooks` in `bell hooks`),
  // with the capitalised particles before it (`Le Guin`), but never at the first word (`Van Morrison`).
  let start = words.findIndex((word, index) => index > 0 && !capitalised(word) && words.slice(index + 1).some(capitalised));
  if (start > 1 && JOINS.has(words[start] ?? '') && capitalised(words[start - 1] ?? '')) start -= 1;
  if (start < 1) start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1] ?? '')) start -= 1;
  return {
    kind: 'person',
    given: words.slice(0, start).join(' '),
    family: words.slice(start).join(' '),
    ...(suffix ? { suffix } : {}),
    written,
  };
}

/**
 * The authors an `author` value names. Two or more people are joined by
 * `and` or `&` (`A, B and C`, `A & B`), each with a given name and a
 * surname; anything else that holds `and` (`Marks and Spencer`), a group, or
 * text that is no personal name is one author, as written.
 */
export function authorsOf(value: string): Author[] {
  const text = value.trim().replace(/\s+/g, ' ');
  const group: Author[] = [{ kind: 'group', written: text }];
  if (GROUP.test(text)) return group;
  const names = text.split(/\s*,?\s+(?:and|&)\s+|\s*&\s*/);
  if (names.length > 1) {
    // `A, B and C`: the commas before the last `and` part people too.
    const listed = [...(names[0] ?? '').split(/\s*,\s*/), ...names.slice(1)];
    const people = listed.map(person);
    const whole = people.every((author) => author?.kind === 'person' && author.given !== undefined);
    return whole ? (people as Author[]) : group;
  }
  return [person(text) ?? group[0]!];
}

/** `Mary Parker` → `M. P.`, `Jean-Paul` → `J.-P.`, `bell` → `b.`, `J.R.R.` → `J. R. R.`: APA's initials, each name's first letter as written. */
const initials = (given: string): string =>
  given
    .split(' ')
    .map((name) =>
      /^(?:\p{L}\.)+$/u.test(name)
        ? name.replace(/\.(?=\p{L})/gu, '. ')
        : name
            .split('-')
            .map((part) => `${[...part.replace(/^['’]/, '')][0] ?? ''}.`)
            .join('-'),
    )
    .join(' ');

/**
 * The authors as APA lists them: `Follett, M. P.`, `King, M. L., Jr.`,
 * `Ortega y Gasset, J., & Sartre, J.-P.`, `World Health Organization`.
 */
export function apaAuthors(authors: readonly Author[]): string {
  const names = authors.map((author) =>
    author.kind === 'group' || author.given === undefined
      ? author.written
      : `${author.family}, ${initials(author.given)}${author.suffix ? `, ${author.suffix}` : ''}`,
  );
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/**
 * One author as Highwire Press's `citation_author` tag names them, which
 * Zotero and Google Scholar read: a person surname first (`Ortega y Gasset,
 * José`, `King, Martin Luther, Jr.`), so neither has to guess where the
 * surname starts; a group, or a single name, as written.
 */
export function surnameFirst(author: Author): string {
  if (author.kind === 'group' || author.given === undefined) return author.written;
  return `${author.family}, ${author.given}${author.suffix ? `, ${author.suffix}` : ''}`;
}

/**
 * BibTeX's `author` field (before escaping, with `{`/`}` meaning braces):
 * people joined by ` and `, each written as it is where BibTeX would read it
 * right (`Ada Example`, `Ludwig van Beethoven`, `Ng, Andrew`), else as
 * `Surname, Suffix, Given` with a surname of several words in braces
 * (`{Ortega y Gasset}, José`); a group in braces, one literal name
 * (https://www.bibtex.com/f/author-field/).
 */
export function bibtexAuthors(authors: readonly Author[], escape: (text: string) => string): string {
  return authors
    .map((author) => {
      if (author.kind === 'group') return `{${escape(author.written)}}`;
      const surname = author.family.split(' ');
      // BibTeX takes the last word for the surname, after any lower-case particle before it.
      const asItReads = surname.slice(0, -1).every((word) => !capitalised(word) && !JOINS.has(word));
      // `bell hooks` as written would be a particle and a surname with no given name.
      const given = author.given;
      if (given === undefined || (!author.suffix && asItReads && capitalised(given) && author.written === `${given} ${author.family}`))
        return escape(author.written);
      const family = asItReads ? escape(author.family) : `{${escape(author.family)}}`;
      return `${family}${author.suffix ? `, ${escape(author.suffix)}` : ''}, ${escape(given)}`;
    })
    .join(' and ');
}
