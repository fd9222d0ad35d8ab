import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepValue, readKept, writeWhole } from './write-whole.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'write-whole-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeWhole', () => {
  it('writes the file, replacing an older one, and leaves nothing else', async () => {
    const file = path.join(dir, 'a.bin');
    await writeWhole(file, Buffer.from('first'));
    await writeWhole(file, Buffer.from('second'));
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['a.bin']);
  });

  it('throws when the file cannot be put in place, and leaves no partial file', async () => {
    const blocked = path.join(dir, 'blocked');
    mkdirSync(path.join(blocked, 'x.bin'), { recursive: true });
    await expect(writeWhole(path.join(blocked, 'x.bin'), Buffer.from('x'))).rejects.toThrow();
    expect(readdirSync(blocked)).toEqual(['x.bin']);
  });
});

describe('keepValue and readKept', () => {
  it('give back the kept value, Maps included, and nothing for a missing or cut-short file', async () => {
    const file = path.join(dir, 'kept.v8');
    await keepValue(file, { files: new Map([['a', 'b']]) });
    expect(await readKept(file)).toEqual({ value: { files: new Map([['a', 'b']]) } });
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 3));
    expect(await readKept(file)).toBeUndefined();
    expect(await readKept(path.join(dir, 'none.v8'))).toBeUndefined();
  });
});
