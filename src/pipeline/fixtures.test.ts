/**
 * Fixture pairs, as rehype-slug tests them: every `__fixtures__/<case>/input.md`
 * runs through the real processor (with `options.json` if the case has one)
 * and must give exactly `output.html`, and, when it has contrast rows, exactly
 * `contrasts.json` (the rows' cells are rendered apart from the body).
 * `UPDATE_FIXTURES=1` rewrites the outputs; review the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../tests/support/render.ts';

const root = path.join(import.meta.dirname, '__fixtures__');
const cases = readdirSync(root).sort();

describe('pipeline fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(10));

  it.each(cases)('%s', async (name) => {
    const folder = path.join(root, name);
    const optionsFile = path.join(folder, 'options.json');
    const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Record<string, unknown>) : {};
    const { html, data } = await render(readFileSync(path.join(folder, 'input.md'), 'utf8'), options);
    const outputs: Array<[string, string | undefined]> = [
      ['output.html', `${html}\n`],
      ['contrasts.json', data.contrasts?.length ? `${JSON.stringify(data.contrasts, null, 2)}\n` : undefined],
    ];
    for (const [name, actual] of outputs) {
      const expected = path.join(folder, name);
      if (actual !== undefined && (process.env['UPDATE_FIXTURES'] || !existsSync(expected))) writeFileSync(expected, actual);
      expect(actual, `${name}`).toBe(existsSync(expected) ? readFileSync(expected, 'utf8') : undefined);
    }
  });
});
