import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { faviconIco, readIcon, touchIcon } from './icons.ts';

const svg = await readIcon(process.cwd());

describe('the icons drawn from public/favicon.svg', () => {
  it('draws a 180×180 opaque touch icon: the icon on white, with a margin', async () => {
    const png = await touchIcon(svg);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([180, 180, 3]);
    const at = (x: number, y: number): string => {
      const i = (y * info.width + x) * info.channels;
      return [...data.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('');
    };
    expect(at(0, 0)).toBe('ffffff');
    expect(at(179, 179)).toBe('ffffff');
    // The icon's own blue square, beside its letters.
    expect(at(30, 90)).toBe('1d5d8c');
  });

  it('wraps a 32×32 PNG of the icon in an ICO file', async () => {
    const ico = Buffer.from(await faviconIco(svg));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7], ico.readUInt16LE(12)]).toEqual([32, 32, 32]);
    const png = ico.subarray(ico.readUInt32LE(18));
    expect(ico.readUInt32LE(14)).toBe(png.length);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['png', 32, 32, true]);
  });
});
