/**
 * The catalogue of every problem the build can report: for each stable code,
 * what is wrong and how to fix it (errors.ts turns an entry into a Problem).
 * The README's Troubleshooting section lists these codes; keep the two in step.
 */

const list = (items: readonly string[]): string => items.map((item) => `\`${item}\``).join(', ');

/**
 * A link as its author wrote it, so that it can be found in the file, and
 * the site path it resolves to when that reads differently (`../other/`).
 */
const linkAsWritten = ({ target, written }: { target: string; written?: string | undefined }): string =>
  written === undefined || written === target ? `\`${target}\`` : `\`${written}\` (that is, \`${target}\`)`;

/** The fix for a link to an aspect that is not there: most often one renamed in the essays, whose old slug aspects.yml can keep. */
const renamedAspect = (aspect: string): string =>
  `if \`${aspect}\` is an aspect you renamed, list it under the new aspect’s \`aliases\` in aspects.yml, so that its old links lead to it; or link to the new name.`;

/** What a problem says, given its details: a sentence, or a function of the details. */
export type Text<T> = string | ((details: T) => string);

function entry<T extends object = object>(message: Text<T>, fix: Text<T>) {
  return { message, fix };
}

/** Every problem the build reports: what is wrong, and how to fix it. */
export const catalogue = {
  'missing-essays-folder': entry(
    'there is no essays folder here.',
    'create it and add at least one Markdown essay (`<slug>.md`), or point CONTENT_DIR at a folder that holds `essays/`.',
  ),
  'empty-essays-folder': entry(
    'the essays folder holds no published essay (no `.md` file, or every one is a draft).',
    'add a Markdown essay such as `my-essay.md` with a `title`, or set `draft: false` on one.',
  ),
  'unsupported-file': entry<{ ext: string }>(
    (w) => `\`${w.ext}\` files are not built: essays and concepts are plain Markdown.`,
    'rename the file to `.md` (MDX components are not supported), or move it out of the content folder.',
  ),
  'not-utf8': entry(
    'the file is not saved as UTF-8: this line holds a byte that is not UTF-8 text, most often a letter such as ü saved as Windows-1252 or Latin-1, which would show as �.',
    'save the file as UTF-8 (in most editors: Save with Encoding → UTF-8).',
  ),
  'broken-symlink': entry<{ target: string }>(
    (w) => `this file is a symbolic link to \`${w.target}\`, which is not there.`,
    'point the link at the Markdown file, or remove it.',
  ),
  'nested-file': entry<{ folder: string }>(
    (w) => `this file is in a subfolder of \`${w.folder}/\`, and only the files in \`${w.folder}/\` itself are built.`,
    (w) => `move it into \`${w.folder}/\` itself (its file name is its URL), or out of the content folder if it is not meant to be built.`,
  ),
  'bad-file-name': entry(
    'the file name has no letters or digits, so it cannot become a URL.',
    'rename the file to the slug you want in its URL, such as `risk-and-reward.md`.',
  ),
  'long-file-name': entry<{ bytes: number; max: number }>(
    (w) =>
      `the file name makes a slug of ${w.bytes} bytes, too long to name the page's files (the slug plus \`.json\` or \`.png\`, and a file name holds 255).`,
    (w) => `shorten the file name to at most ${w.max} bytes before \`.md\`.`,
  ),
  'invalid-yaml': entry<{ detail: string; fix?: string | undefined }>(
    (w) => `the frontmatter is not valid YAML: ${w.detail}`,
    (w) => w.fix ?? 'check the indentation and quoting on that line; a value with a `:` or a leading `#`, `[`, `{` or `*` needs quotes.',
  ),
  'unclosed-frontmatter': entry('the frontmatter starts with `---` but never ends.', 'close it with a line holding only `---`.'),
  'frontmatter-not-a-map': entry(
    'the frontmatter must be `key: value` pairs.',
    'write one `key: value` per line, for example `title: My essay`.',
  ),
  'missing-title': entry<{ kind: 'essay' | 'concept' }>(
    (w) => `the ${w.kind} has no title.`,
    'add `title: …` to the frontmatter, or start the body with a `# Heading`.',
  ),
  'unknown-key': entry<{ key: string; suggestion: string | undefined; known: readonly string[]; advice?: string | undefined }>(
    (w) => `unknown frontmatter key \`${w.key}\`.`,
    (w) =>
      w.advice ??
      (w.suggestion
        ? `did you mean \`${w.suggestion}\`? Known keys: ${list(w.known)}.`
        : w.known.length === 0
          ? 'remove it: this file takes no frontmatter, only text.'
          : `remove it, or use one of the known keys: ${list(w.known)}.`),
  ),
  'wrong-type': entry<{ key: string; expected: string; received: string; quote?: string | undefined }>(
    (w) => `\`${w.key}\` must be ${w.expected}, but it is ${w.received}.`,
    (w) =>
      w.quote === undefined
        ? `change \`${w.key}\` to ${w.expected}.`
        : `put \`${w.key}\`'s value in quotes, \`"${w.quote}"\`, so that YAML reads it as text.`,
  ),
  'impossible-date': entry<{ key: string; date: string; why: string }>(
    (w) => `\`${w.key}\` is \`${w.date}\`, a date written \`YYYY-MM-DD\` but not on the calendar: ${w.why}.`,
    'correct the day or the month.',
  ),
  'updated-before-date': entry<{ date: string; updated: string }>(
    (w) => `\`updated\` is ${w.updated}, before \`date\` (${w.date}): an essay cannot be revised before it is published.`,
    'swap the two dates if they were exchanged, or correct `updated`.',
  ),
  'bad-source-url': entry<{ key: string; url: string }>(
    (w) => `\`${w.key}\` is \`${w.url}\`, which is not an http(s) URL.`,
    'use a full address starting with `https://` (or `http://`), or leave `url` out.',
  ),
  'duplicate-slug': entry<{ url: string; other: string; sameName: boolean }>(
    (w) => `this file and \`${w.other}\` both map to \`${w.url}\`.`,
    (w) =>
      w.sameName
        ? 'the two names are one name, its accented letter written two ways (as one character, and as a letter followed by a combining accent, as some systems save names): keep one of the two files and delete the other.'
        : 'rename one of the two files: a URL keeps only lower-case letters without accents, digits and hyphens, so names that differ only in case, accents, punctuation or extension share one.',
  ),
  'broken-contrast-table': entry<{ why: string }>(
    (w) => `this looks like a contrast table, but Markdown reads it as a paragraph of text: ${w.why}.`,
    'write the line under the header as `| --- | --- | --- |`, one `---` of hyphens for each header cell.',
  ),
  'empty-contrast-table': entry(
    'this contrast table has no rows, so it compares nothing.',
    'write its rows right under the `---` line: a blank line ends a table. Or remove the table.',
  ),
  'extra-contrast-column': entry<{ column: string }>(
    (w) =>
      `this contrast table has ${w.column} besides its aspect, Leadership and Management columns; a contrast shows only those three, so the column would not be shown.`,
    'move what the column says into the two sides or the text around the table, and remove the column.',
  ),
  'empty-contrast-side': entry<{ aspect: string; side: string }>(
    (w) => `the contrast row \`${w.aspect}\` has an empty ${w.side} cell.`,
    (w) => `write what ${w.side.toLowerCase()} does for \`${w.aspect}\`, or remove the row.`,
  ),
  'extra-contrast-cell': entry<{ aspect: string; lost: string }>(
    (w) => `the contrast row \`${w.aspect}\` has more cells than its table has columns, so \`${w.lost}\` would not be shown.`,
    'write a `|` inside a cell as `\\|` (inside code too), or remove the extra cell.',
  ),
  'contrast-side-removed': entry<{ aspect: string; side: string; removed: string }>(
    (w) =>
      `the ${w.side} cell of \`${w.aspect}\` held only \`${w.removed}\`, which is removed when raw HTML is sanitised, so the cell is empty.`,
    'write the side in Markdown or with tags GitHub keeps (`<br>`, `<img>`, `<kbd>`, `<sup>`…); no script, style or event handler survives, and `RAW_HTML=strip` keeps no raw HTML at all.',
  ),
  'empty-aspect': entry<{ aspect: string }>(
    (w) =>
      w.aspect
        ? `the aspect \`${w.aspect}\` of a contrast row has no letter or digit, so it cannot be named or linked.`
        : 'a contrast row has no aspect in its first cell.',
    'name the aspect the row compares (for example `Risk`).',
  ),
  'footnote-in-aspect': entry<{ aspect: string; mark: string }>(
    (w) =>
      `the aspect \`${w.aspect}\` of a contrast row has a footnote mark (\`${w.mark}\`); an aspect is shown as a plain name linking to its comparison, so the mark would not be shown and the note would lead back to nothing.`,
    'move the footnote mark into the Leadership or Management cell, or into the text around the table.',
  ),
  'footnote-in-header': entry<{ mark: string }>(
    (w) =>
      `the header of this contrast table has a footnote mark (\`${w.mark}\`); the page shows a contrast table under its own header (Aspect, Leadership, Management), so the mark would not be shown and the note would lead back to nothing.`,
    'move the footnote mark into a Leadership or Management cell, or into the text around the table.',
  ),
  'long-aspect': entry<{ aspect: string; bytes: number; max: number }>(
    (w) =>
      `the aspect \`${w.aspect}\` is too long to name its pages' files: its slug is ${w.bytes} bytes, over the ${w.max} allowed (a file name holds 255).`,
    'shorten the aspect to a name (a few words); the leadership and management cells can say the rest.',
  ),
  'duplicate-aspect': entry<{
    aspect: string;
    firstLine: number | undefined;
    alias: { old: string; current: string } | undefined;
    spelled?: { aspect: string; slug: string } | undefined;
  }>(
    (w) =>
      `the aspect \`${w.aspect}\` is compared twice in this essay${w.firstLine ? ` (first on line ${w.firstLine}${w.spelled ? `, written \`${w.spelled.aspect}\`: both have the slug \`${w.spelled.slug}\`` : ''})` : ''}${w.alias ? `, since aspects.yml lists \`${w.alias.old}\` as an old slug of \`${w.alias.current}\`` : ''}.`,
    'merge the two rows, or give one a more precise aspect name; each aspect gets one link per essay.',
  ),
  // A warning: two spellings that read as one aspect make two groups on /compare/.
  'aspect-variant': entry<{
    aspect: string;
    slug: string;
    main: { aspect: string; slug: string; file: string; line: number; rows: number };
  }>(
    (w) =>
      `the aspect \`${w.aspect}\` reads as \`${w.main.aspect}\` (${w.main.file}:${w.main.line}${w.main.rows > 1 ? `, and ${w.main.rows - 1} more ${w.main.rows === 2 ? 'row' : 'rows'}` : ''}) but is spelled differently, so /compare/ shows them as two aspects.`,
    (w) =>
      `write it \`${w.main.aspect}\`; or, if both spellings are meant, list \`${w.slug}\` as an old slug of \`${w.main.slug}\` in aspects.yml (\`${w.main.slug}: { aliases: [${w.slug}] }\`).`,
  ),
  // A warning: aspects told apart only by symbols a slug drops (`C++`, `C#`) make one group on /compare/.
  'aspect-clash': entry<{ aspect: string; slug: string; main: { aspect: string; file: string; line: number; rows: number } }>(
    (w) =>
      `the aspect \`${w.aspect}\` has the slug \`${w.slug}\` of \`${w.main.aspect}\` (${w.main.file}:${w.main.line}${w.main.rows > 1 ? `, and ${w.main.rows - 1} more ${w.main.rows === 2 ? 'row' : 'rows'}` : ''}), though the two differ in symbols a slug drops, so /compare/ shows them as one aspect.`,
    (w) =>
      `if they are different aspects, spell the symbols out in words (\`C sharp\`) so that each gets a slug of its own; if not, write it \`${w.main.aspect}\`.`,
  ),
  'broken-link': entry<{
    target: string;
    written?: string | undefined;
    hint: string | undefined;
    draft?: string | undefined;
    aspect?: string | undefined;
  }>(
    (w) =>
      w.draft === undefined
        ? `the link ${linkAsWritten(w)} points to a page or file the site does not have.`
        : `the link ${linkAsWritten(w)} points to a draft: \`${w.draft}\` has \`draft: true\`, so it is not published.`,
    (w) =>
      w.draft !== undefined
        ? 'remove the link, or publish the draft (`draft: false`).'
        : w.hint
          ? `did you mean \`${w.hint}\`?`
          : w.aspect
            ? renamedAspect(w.aspect)
            : 'correct the address, or remove the link.',
  ),
  'broken-anchor': entry<{ target: string; written?: string | undefined; hint: string | undefined; aspect?: string | undefined }>(
    (w) => `the link ${linkAsWritten(w)} points to an anchor that does not exist on that page.`,
    (w) =>
      w.hint
        ? `did you mean \`${w.hint}\`?`
        : w.aspect
          ? renamedAspect(w.aspect)
          : 'link to an existing heading or contrast id, or remove the anchor.',
  ),
  'too-deep': entry(
    'the file nests quotes, lists or HTML elements too deeply for the Markdown reader to follow.',
    'nest them a few levels deep at most: thousands of `>`, `- ` or `<div>` in a row read as nothing a reader could follow either.',
  ),
  'missing-image': entry<{ src: string; looked: string }>(
    (w) => `the image \`${w.src}\` is not there (looked for \`${w.looked}\`).`,
    'put the file there, or correct the address: it is relative to this Markdown file (an image in `public/` is written from the site root, `/images/x.png`).',
  ),
  'image-outside-content': entry<{ src: string }>(
    (w) =>
      `the image \`${w.src}\` is outside the content folder (by \`../\` or a symbolic link), and the build publishes only what is in it.`,
    'copy the image beside the Markdown file, or into `public/` and write it from the site root (`/images/x.png`).',
  ),
  'unsupported-image': entry<{ src: string }>(
    (w) => `the image \`${w.src}\` is not in a format the build can process.`,
    'use a PNG, JPEG, WebP, AVIF, GIF, TIFF or SVG file.',
  ),
  'scripted-image': entry<{ src: string; scripts: string }>(
    (w) => `the SVG image \`${w.src}\` holds ${w.scripts}: a reader who opens the image at its own address would run them on this site.`,
    'remove its scripts, event handlers and `javascript:` links (export it again as a plain drawing), or use a PNG.',
  ),
  // A warning: reported with the file and line, but the build goes on.
  'missing-alt': entry<{ src: string }>(
    (w) => `the image \`${w.src}\` has no alt text, so a reader who cannot see it learns nothing from it.`,
    (w) => `describe it between the brackets: \`![What the image shows](${w.src})\` (or \`alt="…"\` on an \`<img>\`).`,
  ),
  'invalid-aspects-file': entry<{ detail: string; fix?: string | undefined }>(
    (w) => `aspects.yml is not valid: ${w.detail}`,
    (w) =>
      w.fix ??
      'each entry is `<slug>: { name: Display name, definition: One sentence on what it compares, aliases: [old-slug] }`, every setting optional.',
  ),
};

export type Catalogue = typeof catalogue;
