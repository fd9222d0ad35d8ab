/**
 * Problems with content: each has a stable code, the file and line, what is
 * wrong, and how to fix it, from the catalogue (error-catalogue.ts). A build
 * that finds any throws them all at once, as one ContentError.
 */
import { catalogue, type Catalogue, type Text } from './error-catalogue.ts';

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

type ProblemCode = keyof Catalogue;

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

/** The details a problem's text needs. */
type Details<K extends keyof Catalogue> = Catalogue[K]['message'] extends Text<infer T> ? T : object;

/** Builders for every problem, one per code. */
export const problems = Object.fromEntries(
  Object.entries(catalogue).map(([code, { message, fix }]) => {
    const say = (text: Text<never>, details: never): string => (typeof text === 'string' ? text : text(details));
    return [code, (w: Where) => ({ code, file: w.file, line: w.line, message: say(message, w as never), fix: say(fix, w as never) })];
  }),
) as unknown as { [K in keyof Catalogue]: (w: Where & Details<K>) => Problem };
