/**
 * The layer rules in eslint.config.mjs fire: fixture sources are linted with ESLint's Node API as if
 * they sat in src/lib/ or scripts/, and each forbidden import must be reported with its reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const fixture = (name: string) => readFileSync(path.join('tests/fixtures/layers', name), 'utf8');

async function layerErrors(source: string, filePath: string): Promise<{ line: number; message: string }[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => ({ line: m.line, message: m.message }));
}

describe('layer rules', () => {
  it('src/lib may not import src/data, React, Docusaurus, Node, views or test support, and says why', async () => {
    const errors = await layerErrors(fixture('engine-with-forbidden-imports.ts.txt'), 'src/lib/engine.ts');
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(errors[0]?.message).toMatch(/src\/lib must not import src\/data .* as an argument/);
    expect(errors[1]?.message).toMatch(/pure engines/);
    expect(errors[2]?.message).toMatch(/keep Docusaurus and views/);
    expect(errors[3]?.message).toMatch(/Node-only code in plugins\/ or scripts\/lib\//);
    expect(errors[4]?.message).toMatch(/keep Docusaurus and views/);
    expect(errors[5]?.message).toMatch(/must not depend on test support/);
  }, 60_000);

  it('lets pure imports through', async () => {
    expect(await layerErrors(fixture('engine-pure.ts.txt'), 'src/lib/engine.ts')).toEqual([]);
  }, 60_000);

  it('scripts may not import test support', async () => {
    const errors = await layerErrors(fixture('script-imports-tests.ts.txt'), 'scripts/tool.ts');
    expect(errors).toEqual([{ line: 2, message: expect.stringMatching(/move the shared helper to scripts\/lib\//) }]);
  }, 60_000);

  it('the same imports are allowed where they belong (a view may use React and the data)', async () => {
    const view = "import { useState } from 'react';\nimport { owners } from '../../data/owners';\nexport const x = [useState, owners];\n";
    expect(await layerErrors(view, 'src/components/Thing/index.tsx')).toEqual([]);
  }, 60_000);
});
