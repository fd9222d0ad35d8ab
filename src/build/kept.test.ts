import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Kept } from './kept.ts';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'kept-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A derivation that counts its runs. */
function counted<T>(value: T) {
  const derive = async (): Promise<T> => {
    derive.runs += 1;
    return value;
  };
  derive.runs = 0;
  return derive;
}

describe('Kept', () => {
  it('derives once for a key, and a later build (a new instance) reads it back', async () => {
    const derive = counted({ files: new Map([['a.json', '{"x":1}']]), count: 3 });
    expect(await new Kept(folder).get('index', 'k1', derive)).toEqual({ files: new Map([['a.json', '{"x":1}']]), count: 3 });
    expect(await new Kept(folder).get('index', 'k1', derive)).toEqual({ files: new Map([['a.json', '{"x":1}']]), count: 3 });
    expect(derive.runs).toBe(1);
  });

  it('derives again for another key, keeping one file per name', async () => {
    const kept = new Kept(folder);
    await kept.get('index', 'k1', counted(1));
    await kept.get('previews', 'k1', counted(2));
    const derive = counted(3);
    expect(await kept.get('index', 'k2', derive)).toBe(3);
    expect(derive.runs).toBe(1);
    expect(readdirSync(folder).sort()).toEqual(['index.k2.v8', 'previews.k1.v8']);
  });

  it('derives again when the kept file cannot be read, and still answers when nothing can be kept', async () => {
    writeFileSync(path.join(folder, 'index.k1.v8'), 'not a value');
    const derive = counted('fresh');
    expect(await new Kept(folder).get('index', 'k1', derive)).toBe('fresh');
    expect(derive.runs).toBe(1);
    const file = path.join(folder, 'a-file');
    writeFileSync(file, '');
    expect(await new Kept(path.join(file, 'below')).get('index', 'k1', counted('still'))).toBe('still');
  });
});
