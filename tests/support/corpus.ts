/**
 * Writes throwaway content folders for tests: `{ 'essays/a.md': '…' }`
 * becomes files under a fresh temporary directory (text, or bytes for images).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function writeCorpus(files: Readonly<Record<string, string | Uint8Array>>, prefix = 'corpus-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return dir;
}

export function removeCorpus(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A minimal valid essay. */
export function essay(title: string, body = 'A first paragraph of plain prose.\n\n## A section\n\nMore prose.\n', extra = ''): string {
  return `---\ntitle: ${JSON.stringify(title)}\n${extra}---\n\n${body}`;
}
