/**
 * The error catalogue: every problem the build can find in content, each with
 * a stable code, the file and line, what is wrong, and how to fix it. The
 * README's Troubleshooting section lists these codes; keep the two in step.
 */

/** One thing wrong with one file. */
export interface Problem {
  /** Stable identifier, listed in the README's Troubleshooting section. */
  readonly code: ProblemCode;
  /** Path of the offending file, relative to the project root where possible. */
  readonly file: string;
  /** 1-based line in the original file, where there is one. */
  readonly line?: number | undefined;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
}

export type ProblemCode = keyof typeof problems;

/** Formats one problem as `file:line: message` plus an indented fix. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.message} [${problem.code}]\n  → ${problem.fix}`;
}

/**
 * Thrown when content cannot be built. It carries every problem found, so one
 * run reports all of them instead of stopping at the first.
 */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The content has ${count}; nothing was published.\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.name = 'ContentError';
    this.problems = problems;
    // The problems point at the author's files; our own call stack would only bury them.
    this.stack = '';
  }
}

type Where = { file: string; line?: number | undefined };

const list = (items: readonly string[]): string => items.map((item) => `\`${item}\``).join(', ');

/** Builders for every problem, one per code. */
export const problems = {
  'missing-essays-folder': (w: Where): Problem => ({
    code: 'missing-essays-folder',
    ...w,
    message: 'there is no essays folder here.',
    fix: 'create it and add at least one Markdown essay (`<slug>.md`), or point CONTENT_DIR at a folder that holds `essays/`.',
  }),
  'empty-essays-folder': (w: Where): Problem => ({
    code: 'empty-essays-folder',
    ...w,
    message: 'the essays folder holds no published essay (no `.md` file, or every one is a draft).',
    fix: 'add a Markdown essay such as `my-essay.md` with a `title`, or set `draft: false` on one.',
  }),
  'unsupported-file': (w: Where & { ext: string }): Problem => ({
    code: 'unsupported-file',
    file: w.file,
    message: `\`${w.ext}\` files are not built: essays and concepts are plain Markdown.`,
    fix: 'rename the file to `.md` (MDX components are not supported), or move it out of the content folder.',
  }),
  'bad-file-name': (w: Where): Problem => ({
    code: 'bad-file-name',
    ...w,
    message: 'the file name has no letters or digits, so it cannot become a URL.',
    fix: 'rename the file to the slug you want in its URL, such as `risk-and-reward.md`.',
  }),
  'invalid-yaml': (w: Where & { detail: string }): Problem => ({
    code: 'invalid-yaml',
    file: w.file,
    line: w.line,
    message: `the frontmatter is not valid YAML: ${w.detail}`,
    fix: 'check the indentation and quoting on that line; a value with a `:` or a leading `#`, `[`, `{` or `*` needs quotes.',
  }),
  'unclosed-frontmatter': (w: Where): Problem => ({
    code: 'unclosed-frontmatter',
    ...w,
    message: 'the frontmatter starts with `---` but never ends.',
    fix: 'close it with a line holding only `---`.',
  }),
  'frontmatter-not-a-map': (w: Where): Problem => ({
    code: 'frontmatter-not-a-map',
    ...w,
    message: 'the frontmatter must be `key: value` pairs.',
    fix: 'write one `key: value` per line, for example `title: My essay`.',
  }),
  'missing-title': (w: Where): Problem => ({
    code: 'missing-title',
    ...w,
    message: 'the essay has no title.',
    fix: 'add `title: …` to the frontmatter, or start the body with a `# Heading`.',
  }),
  'unknown-key': (w: Where & { key: string; suggestion: string | undefined; known: readonly string[] }): Problem => ({
    code: 'unknown-key',
    file: w.file,
    line: w.line,
    message: `unknown frontmatter key \`${w.key}\`.`,
    fix: w.suggestion
      ? `did you mean \`${w.suggestion}\`? Known keys: ${list(w.known)}.`
      : `remove it, or use one of the known keys: ${list(w.known)}.`,
  }),
  'wrong-type': (w: Where & { key: string; expected: string; received: string }): Problem => ({
    code: 'wrong-type',
    file: w.file,
    line: w.line,
    message: `\`${w.key}\` must be ${w.expected}, but it is ${w.received}.`,
    fix: `change \`${w.key}\` to ${w.expected}.`,
  }),
  'bad-source-url': (w: Where & { key: string; url: string }): Problem => ({
    code: 'bad-source-url',
    file: w.file,
    line: w.line,
    message: `\`${w.key}\` is \`${w.url}\`, which is not an http(s) URL.`,
    fix: 'use a full address starting with `https://` (or `http://`), or leave `url` out.',
  }),
  'duplicate-slug': (w: Where & { url: string; other: string }): Problem => ({
    code: 'duplicate-slug',
    file: w.file,
    message: `this file and \`${w.other}\` both map to \`${w.url}\`.`,
    fix: 'rename one of the two files; file names are URLs and must differ by more than case or extension.',
  }),
  'empty-contrast-side': (w: Where & { aspect: string; side: string }): Problem => ({
    code: 'empty-contrast-side',
    file: w.file,
    line: w.line,
    message: `the contrast row \`${w.aspect}\` has an empty ${w.side} cell.`,
    fix: `write what ${w.side.toLowerCase()} does for \`${w.aspect}\`, or remove the row.`,
  }),
  'empty-aspect': (w: Where): Problem => ({
    code: 'empty-aspect',
    file: w.file,
    line: w.line,
    message: 'a contrast row has no aspect in its first cell.',
    fix: 'name the aspect the row compares (for example `Risk`).',
  }),
  'duplicate-aspect': (w: Where & { aspect: string; firstLine: number | undefined }): Problem => ({
    code: 'duplicate-aspect',
    file: w.file,
    line: w.line,
    message: `the aspect \`${w.aspect}\` is compared twice in this essay${w.firstLine ? ` (first on line ${w.firstLine})` : ''}.`,
    fix: 'merge the two rows, or give one a more precise aspect name; each aspect gets one link per essay.',
  }),
  'broken-link': (w: Where & { target: string; hint: string | undefined }): Problem => ({
    code: 'broken-link',
    file: w.file,
    line: w.line,
    message: `the link \`${w.target}\` points to a page or file the site does not have.`,
    fix: w.hint ? `did you mean \`${w.hint}\`?` : 'correct the address, or remove the link.',
  }),
  'broken-anchor': (w: Where & { target: string; hint: string | undefined }): Problem => ({
    code: 'broken-anchor',
    file: w.file,
    line: w.line,
    message: `the link \`${w.target}\` points to an anchor that does not exist on that page.`,
    fix: w.hint ? `did you mean \`${w.hint}\`?` : 'link to an existing heading or contrast id, or remove the anchor.',
  }),
  'invalid-aspects-file': (w: Where & { detail: string }): Problem => ({
    code: 'invalid-aspects-file',
    file: w.file,
    line: w.line,
    message: `aspects.yml is not valid: ${w.detail}`,
    fix: 'each entry is `<slug>: { name: Display name, aliases: [old-slug] }`.',
  }),
} as const;
