import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apaAuthors, authorsOf, bibtexAuthors, surnameFirst } from './author-names.ts';
import { essayCitations } from './citation.ts';

const apa = (value: string): string => apaAuthors(authorsOf(value));
const bibtex = (value: string): string => bibtexAuthors(authorsOf(value), (text) => text);

const essay = {
  title: 'Who draws the map',
  date: '2026-11-02',
  slug: 'who-draws-the-map',
  url: 'https://example.org/essays/who-draws-the-map/',
  site: 'Leading & Managing',
};

describe('author names', () => {
  it.each([
    ['Mary Parker Follett', 'Follett, M. P. (2026, November 2).'],
    ['Ludwig van Beethoven', 'van Beethoven, L. (2026, November 2).'],
    ['bell hooks', 'hooks, b. (2026, November 2).'],
    ['Jean-Paul Sartre', 'Sartre, J.-P. (2026, November 2).'],
    ['Martin Luther King Jr.', 'King, M. L., Jr. (2026, November 2).'],
    ['Ng, Andrew', 'Ng, A. (2026, November 2).'],
    ['José Ortega y Gasset', 'Ortega y Gasset, J. (2026, November 2).'],
    ['World Health Organization', 'World Health Organization. (2026, November 2).'],
    ['Peter Drucker and Mary Parker Follett', 'Drucker, P., & Follett, M. P. (2026, November 2).'],
    ['Peter Drucker & Henry Mintzberg', 'Drucker, P., & Mintzberg, H. (2026, November 2).'],
    ['Ada Example, Bob Smith, and Zoë Łukasiewicz-Dvořák', 'Example, A., Smith, B., & Łukasiewicz-Dvořák, Z. (2026, November 2).'],
    ['Marks and Spencer', 'Marks and Spencer. (2026, November 2).'],
    ['Plato', 'Plato. (2026, November 2).'],
  ])('list the author %j as APA does, surname first with initials: %s', (author, start) => {
    expect(essayCitations({ ...essay, author })[2]?.text.startsWith(`${start} Who draws the map.`)).toBe(true);
  });

  it.each([
    ['Smith, Jr.', '{{Smith, Jr.}}'],
    ['Martin Luther King Jr.', '{King, Jr., Martin Luther}'],
    ['Marks and Spencer', '{{Marks and Spencer}}'],
    ['Ada Example & Bob Smith', '{Ada Example and Bob Smith}'],
    ['José Ortega y Gasset and Jean-Paul Sartre', '{{Ortega y Gasset}, José and Jean-Paul Sartre}'],
    ['World Health Organization', '{{World Health Organization}}'],
    ['Ng, Andrew', '{Ng, Andrew}'],
    ['Ludwig van Beethoven', '{Ludwig van Beethoven}'],
    ['bell hooks', '{hooks, bell}'],
    ['Zoë Łukasiewicz-Dvořák (Ζωή Λουκασιέβιτς, Зоя) 张伟', '{{Zoë Łukasiewicz-Dvořák (Ζωή Λουκασιέβιτς, Зоя) 张伟}}'],
    ['Ada Example', '{Ada Example}'],
    ['John P. Kotter', '{John P. Kotter}'],
    ['Zoë Łukasiewicz-Dvořák', '{Zoë Łukasiewicz-Dvořák}'],
    ['张伟', '{张伟}'],
  ])(
    'give BibTeX the author %j as %s: one literal name for a group or what is no name, else the names as BibTeX reads them right',
    (author, field) => {
      const [, , , bibtex] = essayCitations({ ...essay, author });
      expect(bibtex?.text).toContain(`\n  author = ${field},\n`);
    },
  );

  it('read a person’s surname after the given names, a particle or a joining y with it', () => {
    expect(apa('J.R.R. Tolkien')).toBe('Tolkien, J. R. R.');
    expect(apa('Simone de Beauvoir')).toBe('de Beauvoir, S.');
    expect(apa('Zoë Łukasiewicz-Dvořák')).toBe('Łukasiewicz-Dvořák, Z.');
    expect(apa('Sinéad O’Connor')).toBe('O’Connor, S.');
  });

  it('leave out a title such as Dr. or Prof., and keep a capitalised particle with the surname', () => {
    expect(apa('Dr. Jane Smith')).toBe('Smith, J.');
    expect(apa('Prof. Henry Mintzberg')).toBe('Mintzberg, H.');
    expect(apa('Ursula K. Le Guin')).toBe('Le Guin, U. K.');
    expect(apa('Robert De Niro')).toBe('De Niro, R.');
    expect(apa('Andrew M. St. Laurent')).toBe('St. Laurent, A. M.');
    expect(apa('Van Morrison')).toBe('Morrison, V.');
    expect(bibtex('Dr. Jane Smith')).toBe('Smith, Jane');
    expect(bibtex('Ursula K. Le Guin')).toBe('{Le Guin}, Ursula K.');
  });

  it('keep a group, a suffix with no given name, and what is no personal name as written', () => {
    for (const written of [
      'The White House',
      'Acme Inc.',
      'Research and Development Team',
      'Smith, Jr.',
      'R2-D2 & C-3PO',
      '张伟',
      'Plato',
    ]) {
      expect(apa(written)).toBe(written);
      expect(authorsOf(written)).toHaveLength(1);
    }
  });

  it.each([
    ['José Ortega y Gasset and Mary Parker Follett', ['Ortega y Gasset, José', 'Follett, Mary Parker']],
    ['Martin Luther King Jr.', ['King, Martin Luther, Jr.']],
    ['Ng, Andrew', ['Ng, Andrew']],
    ['bell hooks', ['hooks, bell']],
    ['Plato', ['Plato']],
    ['World Health Organization', ['World Health Organization']],
  ])('name %s for citation_author tags as %j', (written, tags) => {
    expect(authorsOf(written).map(surnameFirst)).toEqual(tags);
  });

  it('write for BibTeX only names it splits as meant', () => {
    expect(bibtex('Mary Parker Follett')).toBe('Mary Parker Follett');
    expect(bibtex('José Ortega y Gasset')).toBe('{Ortega y Gasset}, José');
    expect(bibtex('Martin Luther King Jr. & bell hooks')).toBe('King, Jr., Martin Luther and hooks, bell');
    expect(bibtex('The White House')).toBe('{The White House}');
  });

  it('read every author from what was written, and list one wherever it holds a letter', () => {
    const word = fc.constantFrom('Ada', 'de', 'y', 'Jr.', 'and', '&', ',', 'Ng,', 'b.', 'Zoë');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        const value = words.join(' ');
        const hasLetters = (text: string) => /\p{L}/u.test(text);
        expect(authorsOf(value).every((author) => value.includes(author.written))).toBe(true);
        expect(hasLetters(apa(value))).toBe(hasLetters(value));
      }),
    );
  });
});
