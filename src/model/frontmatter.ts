/**
 * Splits a Markdown file into YAML frontmatter and body, keeping line numbers
 * true to the original file so that every error can point at its line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import { problems, type Problem } from './errors.ts';
import { describePath } from './validate.ts';

export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

export interface SplitFile {
  /** The frontmatter as plain data (`{}` when there is none). */
  readonly data: unknown;
  /**
   * The body with the frontmatter replaced by blank lines, so a position in
   * the parsed Markdown is a position in the original file.
   */
  readonly body: string;
  /** Finds the 1-based line of a frontmatter key path (`['sources', 0, 'url']`). */
  readonly lineOf: LineOf;
  readonly problems: readonly Problem[];
}

/** Strips a UTF-8 BOM and turns CRLF and lone CR line endings into LF. */
export function normalizeSource(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Parses `raw` (any line endings, optional BOM) into frontmatter data and body. */
export function splitFrontmatter(raw: string, file: string): SplitFile {
  const text = normalizeSource(raw);
  const lines = text.split('\n');
  if (!OPEN.test(lines[0] ?? '')) {
    return { data: {}, body: text, lineOf: () => undefined, problems: [] };
  }
  const end = lines.findIndex((line, index) => index > 0 && CLOSE.test(line));
  if (end === -1) {
    return { data: {}, body: text, lineOf: () => undefined, problems: [problems['unclosed-frontmatter']({ file, line: 1 })] };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = '\n'.repeat(end + 1) + lines.slice(end + 1).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on the file's second line.
  const fileLine = (offset: number): number => lineCounter.linePos(offset).line + 1;

  const [error] = doc.errors;
  if (error) {
    const twice = error.code === 'DUPLICATE_KEY' ? duplicateKey(doc.contents, error.pos[0], []) : undefined;
    const { offset, detail } = twice
      ? { offset: error.pos[0], detail: `\`${describePath(twice.path)}\` is set twice (first on line ${fileLine(twice.first)}).` }
      : yamlError(yamlText, error);
    const fix = twice ? 'keep one of the two lines and delete the other.' : undefined;
    return {
      data: {},
      body,
      lineOf: () => undefined,
      problems: [problems['invalid-yaml']({ file, line: fileLine(offset), detail, fix })],
    };
  }
  const read = yamlData(doc);
  if ('detail' in read) {
    return {
      data: {},
      body,
      lineOf: () => undefined,
      problems: [problems['invalid-yaml']({ file, line: fileLine(read.offset), detail: read.detail })],
    };
  }
  const { data } = read;
  const lineOf: LineOf = (path) => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : fileLine(offset);
  };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { data: {}, body, lineOf, problems: [problems['frontmatter-not-a-map']({ file, line: 2 })] };
  }
  return { data, body, lineOf, problems: [] };
}

/**
 * A parsed document's data, or where and why it has none. The parser accepts
 * an alias (`*name`) whose anchor (`&name`) is never set, and aliases that
 * repeat an anchor more often than the reader allows (a "billion laughs"),
 * but reading the data then throws, and the build stopped with a trace into
 * node_modules naming no file. Also used for aspects.yml.
 */
export function yamlData(doc: Document.Parsed): { data: unknown } | { offset: number; detail: string } {
  try {
    return { data: doc.toJS() ?? {} };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let found: { offset: number; detail: string } | undefined;
    visit(doc, {
      Alias: (_, alias) => {
        const offset = alias.range?.[0] ?? 0;
        if (!alias.resolve(doc)) {
          const source = alias.source;
          const detail = `\`*${source}\` reads as an alias of an anchor \`&${source}\` that is not set before it; put the value in quotes if the \`*\` is part of it.`;
          found = { offset, detail };
          return visit.BREAK;
        }
        found ??= {
          offset,
          detail: 'its aliases (`*name`) repeat an anchor more often than the YAML reader allows; write the values out.',
        };
        return undefined;
      },
    });
    return found ?? { offset: 0, detail: error.message };
  }
}

/**
 * A YAML parser error in an author's words, and where it is: a quote never
 * closed is placed where it opened; the parser's own coordinates are dropped,
 * since the problem's line says where. Also used for aspects.yml.
 */
export function yamlError(yamlText: string, error: YAMLError): { offset: number; detail: string } {
  const unclosed = unclosedQuote(yamlText, error);
  if (unclosed) return { offset: unclosed.offset, detail: `the ${unclosed.quote} that opens a value on this line is never closed` };
  return { offset: error.pos[0], detail: error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'unreadable YAML' };
}

/**
 * Where a quote that is never closed was opened. YAML reports it where the
 * text ends, lines after the author's mistake; the quote that opened it is
 * the last one before there, since a second would have closed it.
 */
function unclosedQuote(
  yamlText: string,
  error: { code: string; message: string; pos: [number, number] },
): { quote: string; offset: number } | undefined {
  if (error.code !== 'MISSING_CHAR') return undefined;
  const quote = error.message.includes('"quote') ? '"' : error.message.includes("'quote") ? "'" : undefined;
  if (!quote) return undefined;
  const offset = yamlText.lastIndexOf(quote, error.pos[0] - 1);
  return offset === -1 ? undefined : { quote, offset };
}

/**
 * The key path of the map key at `offset` that repeats an earlier key of its
 * map, and where that earlier one starts. YAML's own message ("Map keys must
 * be unique") names neither, and its fix is not about quoting. Also used
 * for aspects.yml.
 */
export function duplicateKey(node: unknown, offset: number, path: PropertyKey[]): { path: PropertyKey[]; first: number } | undefined {
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = duplicateKey(item, offset, [...path, index]);
      if (found) return found;
    }
  }
  if (!isMap(node)) return undefined;
  const name = (key: unknown): string => (isScalar(key) ? String(key.value) : '');
  for (const pair of node.items) {
    if ((pair.key as Node | null)?.range?.[0] === offset) {
      const first = node.items.find((other) => name(other.key) === name(pair.key));
      return { path: [...path, name(pair.key)], first: (first?.key as Node | null)?.range?.[0] ?? offset };
    }
    const found = duplicateKey(pair.value, offset, [...path, name(pair.key)]);
    if (found) return found;
  }
  return undefined;
}

/** Source offset of the deepest node along `path` (the key of a map entry, the item of a list). Also used for aspects.yml. */
export function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
