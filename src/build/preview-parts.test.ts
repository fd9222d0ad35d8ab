import { describe, expect, it } from 'vitest';
import { paths, previewPartOf } from '../routes.ts';
import { previewFiles, PREVIEW_BYTES } from './preview-parts.ts';
import type { EssayPreview, EssayPreviewPart } from './previews.ts';

const lead = (n: number): string => `Opening lines of section ${n}, `.repeat(8).slice(0, 220);

/** An essay preview with `sections` sections and `rows` contrast rows. */
function preview(sections: number, rows: number): EssayPreview {
  return {
    kind: 'essay',
    title: 'A long essay',
    description: 'What it argues.',
    sections: Array.from({ length: sections }, (_, n) => [`part-${n}`, `Part ${n}`, lead(n)] as const),
    contrasts: Array.from({ length: rows }, (_, n) => [`contrast-row-${n}`, `Row ${n}`, `Leads ${n}`, `Manages ${n}`] as const),
    aliases: [['contrast-old', 'contrast-row-7']],
  };
}

describe('previewFiles', () => {
  it('keeps a usual essay in one file, as it was', () => {
    const small = preview(8, 6);
    expect(previewFiles('/essays/a/', small)).toEqual([[paths.preview('/essays/a/'), JSON.stringify(small)]]);
  });

  it('cuts a long essay into a small first file and parts under the limit, each id in the part previewPartOf names', () => {
    const long = preview(330, 400);
    const files = new Map(previewFiles('/essays/a/', long));
    const first = JSON.parse(files.get(paths.preview('/essays/a/'))!) as EssayPreview;
    expect(first).toMatchObject({
      title: 'A long essay',
      description: 'What it argues.',
      sections: [],
      contrasts: [],
      aliases: long.aliases,
    });
    expect(files.get(paths.preview('/essays/a/'))!.length).toBeLessThan(1_000);
    const parts = first.parts!;
    expect(parts).toBeGreaterThan(1);
    expect(files.size).toBe(parts + 1);
    for (const [file, json] of files) expect(json.length, file).toBeLessThanOrEqual(PREVIEW_BYTES);
    const partOf = (id: string): EssayPreviewPart =>
      JSON.parse(files.get(paths.previewPart('/essays/a/', previewPartOf(id, parts)))!) as EssayPreviewPart;
    for (const section of long.sections) expect(partOf(section[0]).sections).toContainEqual(section);
    for (const row of long.contrasts) expect(partOf(row[0]).contrasts).toContainEqual(row);
  });
});
