/**
 * Each contributor page under docs/contributing/ is a recipe; these tests follow them. For every
 * kind, a temporary copy of the site's content gets the sample from the page (its code blocks,
 * read from the page itself), and the content check must accept it; then a broken copy must be
 * rejected with a message that names the file and the field.
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../plugins/runbook-catalog/content';
import type { ContentProblem } from '../../src/lib/content/problems';

const ROOT = process.cwd();
// Inside the project (already git-ignored) so the copy's imports of zod and friends resolve.
const SCRATCH = path.join(ROOT, 'test-results', 'contributor-recipes');
afterAll(() => rm(SCRATCH, { recursive: true, force: true }));

/**
 * A copy of what the recipes edit (docs/, src/data/), with src/lib/ linked rather than copied: no
 * recipe edits the engines, and src/lib imports nothing from src/data (a lint rule), so the copy's
 * data reaches the real engines, which are then loaded and transformed once for all the copies
 * instead of once per copy (that was most of this file's time).
 */
async function copySite(): Promise<string> {
  await mkdir(SCRATCH, { recursive: true });
  const dir = await mkdtemp(path.join(SCRATCH, 'site-'));
  for (const part of ['docs', 'src/data']) await cp(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  await symlink(path.join(ROOT, 'src/lib'), path.join(dir, 'src/lib'), 'dir');
  return dir;
}

/** The code block with this title on a contributor page, without the list's indentation. */
async function sample(page: string, title: string): Promise<string> {
  const source = await readFile(path.join(ROOT, 'docs/contributing', page), 'utf8');
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.includes(`title="${title}"`));
  const open = lines[start]?.match(/^(\s*)(`{3,})/);
  if (start < 0 || !open) throw new Error(`${page} has no code block titled "${title}"`);
  const [, indent = '', fence = '```'] = open;
  const end = lines.findIndex((l, i) => i > start && l === `${indent}${fence}`);
  return lines
    .slice(start + 1, end)
    .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
    .join('\n');
}

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(dir, file);
  const before = await readFile(full, 'utf8').catch(() => '');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing: the recipe and the file no longer agree`);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, after);
}

/** Inserts `text` after the first line that contains `marker`. */
const after = (marker: string, text: string) => (source: string) => {
  const at = source.indexOf('\n', source.indexOf(marker));
  if (source.indexOf(marker) < 0) return source;
  return `${source.slice(0, at + 1)}${text}\n${source.slice(at + 1)}`;
};

async function problemsOf(dir: string): Promise<ContentProblem[]> {
  return (await loadContent(dir)).problems;
}

/**
 * Follows one recipe on a fresh copy; `broken` spoils the sample in one field. (A fresh copy each
 * time: a module once imported stays cached, so a second check of the same copy would not see an edit.)
 */
type Recipe = (dir: string, spoil: (text: string) => string) => Promise<void>;
const intact = (text: string) => text;

async function follow(recipe: Recipe, broken?: (text: string) => string): Promise<ContentProblem[]> {
  const dir = await copySite();
  await recipe(dir, broken ?? intact);
  return problemsOf(dir);
}

const TIMEOUT = 90_000;

describe('contributor recipes', () => {
  it(
    'runbook (runbook-template.mdx, with a tree leaf from tree-answer.mdx)',
    async () => {
      const file = 'docs/failure-modes/502/fm-502-recipe-sample.mdx';
      const recipe: Recipe = async (dir, spoil) => {
        const template = await sample('runbook-template.mdx', 'docs/failure-modes/502/fm-502-example-words.mdx');
        await edit(dir, file, () => spoil(template.replace(/EXAMPLE-WORDS/g, 'RECIPE-SAMPLE')));
        await edit(dir, 'src/data/runbookLedger.ts', after('export const publishedIds', "  'FM-502-RECIPE-SAMPLE',"));
        const option = (await sample('tree-answer.mdx', 'option in src/data/trees/tree502.ts')).replace(
          /port-closed-by-firewall/g,
          'recipe-sample',
        );
        const leaf = (await sample('tree-answer.mdx', 'leaf in src/data/trees/tree502.ts'))
          .replace(/port-closed-by-firewall/g, 'recipe-sample')
          .replace('FM-502-CONNECTION-REFUSED', 'FM-502-RECIPE-SAMPLE');
        await edit(dir, 'src/data/trees/tree502.ts', (s) =>
          s.replace(/('q-upstream-state': \{[\s\S]*?options: \[\n)/, `$1${option}\n`).replace('nodes: {\n', `nodes: {\n${leaf}\n`),
        );
      };
      expect(await follow(recipe)).toEqual([]);
      expect(await follow(recipe, (s) => s.replace(/^owner: .*\n/m, ''))).toEqual([expect.objectContaining({ file, field: 'owner' })]);
    },
    TIMEOUT,
  );

  it(
    'tree answer (tree-answer.mdx)',
    async () => {
      const file = 'src/data/trees/tree502.ts';
      const recipe: Recipe = async (dir, spoil) => {
        const option = await sample('tree-answer.mdx', `option in ${file}`);
        const leaf = spoil(await sample('tree-answer.mdx', `leaf in ${file}`));
        // The recipe's question: q-upstream-state.
        await edit(dir, file, (s) =>
          s.replace(/('q-upstream-state': \{[\s\S]*?options: \[\n)/, `$1${option}\n`).replace('nodes: {\n', `nodes: {\n${leaf}\n`),
        );
      };
      expect(await follow(recipe)).toEqual([]);
      expect(await follow(recipe, (s) => s.replace('FM-502-CONNECTION-REFUSED', 'FM-502-NO-SUCH-PAGE'))).toEqual([
        expect.objectContaining({
          file,
          field: 'node leaf-port-closed-by-firewall',
          message: expect.stringContaining('FM-502-NO-SUCH-PAGE'),
        }),
      ]);
    },
    TIMEOUT,
  );

  it(
    'error signature (signature.mdx, current format: an entry in the system file)',
    async () => {
      const file = 'src/data/signatures/nginx.ts';
      const recipe: Recipe = async (dir, spoil) => {
        // Step 2 of the recipe: a new id for the copied entry.
        const entry = (await sample('signature.mdx', `entry in ${file}`)).replace(
          "id: 'nginx-connect-refused'",
          "id: 'nginx-recipe-sample'",
        );
        await edit(dir, file, after('export const signatures', spoil(entry)));
      };
      expect(await follow(recipe)).toEqual([]);
      expect(
        await follow(recipe, (s) =>
          s.replace("{ id: 'FM-502-CONNECTION-REFUSED', weight: 0.9 }", "{ id: 'FM-502-NO-SUCH-PAGE', weight: 0.9 }"),
        ),
      ).toEqual([
        expect.objectContaining({ file, field: 'signature nginx-recipe-sample', message: expect.stringContaining('FM-502-NO-SUCH-PAGE') }),
      ]);
    },
    TIMEOUT,
  );

  it(
    'scenario (scenario.mdx: one page)',
    async () => {
      const file = 'docs/training/simulator/my-scenario.mdx';
      const recipe: Recipe = async (dir, spoil) => {
        const end = await sample('scenario.mdx', 'the end of docs/training/simulator/my-scenario.mdx');
        const copied = (await readFile(path.join(ROOT, 'docs/training/simulator/retry-storm.mdx'), 'utf8'))
          .replace('  id: retry-storm', '  id: my-scenario')
          .replace(/import ScenarioPage[\s\S]*$/, `${end}\n`);
        await edit(dir, file, () => spoil(copied));
      };
      expect(await follow(recipe)).toEqual([]);
      expect(await follow(recipe, (s) => s.replace(/ {4}runbooks:\n/, '    runbooks:\n      - FM-504-NO-SUCH-PAGE\n'))).toEqual([
        expect.objectContaining({ file, field: 'scenario.debrief.runbooks', message: expect.stringContaining('FM-504-NO-SUCH-PAGE') }),
      ]);
    },
    TIMEOUT,
  );

  it(
    'scenario from a postmortem (scenario.mdx: the real path is required and replayed)',
    async () => {
      const file = 'docs/training/simulator/my-postmortem.mdx';
      const recipe: Recipe = async (dir, spoil) => {
        const end = (await sample('scenario.mdx', 'the end of docs/training/simulator/my-scenario.mdx')).replace(
          'my-scenario',
          'my-postmortem',
        );
        const copied = (await readFile(path.join(ROOT, 'docs/training/simulator/gitlab-cdn-regions-2022.mdx'), 'utf8'))
          .replace('  id: gitlab-cdn-regions-2022', '  id: my-postmortem')
          .replace(/import ScenarioPage[\s\S]*$/, `${end}\n`);
        await edit(dir, file, () => spoil(copied));
      };
      expect(await follow(recipe)).toEqual([]);
      // Step 4: a postmortem scenario without the responders' real path is named by the check.
      expect(await follow(recipe, (s) => s.replace(/^ {4}realPath: .*$/m, ''))).toEqual([
        expect.objectContaining({ file, field: 'scenario.debrief.realPath', message: expect.stringContaining("responders' real path") }),
      ]);
    },
    TIMEOUT,
  );

  it(
    'training module (training-module.mdx)',
    async () => {
      const quiz = 'src/data/training/my-module/quiz.yaml';
      const recipe: Recipe = async (dir, spoil) => {
        for (const file of ['src/data/training/my-module/module.yaml', quiz, 'docs/training/my-module.mdx']) {
          const text = await sample('training-module.mdx', file);
          await edit(dir, file, () => `${file === quiz ? spoil(text) : text}\n`);
        }
      };
      expect(await follow(recipe)).toEqual([]);
      expect(await follow(recipe, (s) => s.replace(/correct: false/, 'correct: true'))).toEqual([
        {
          file: quiz,
          field: 'questions[0].options',
          message: expect.stringContaining('2 options are marked correct (load-balancer, application)'),
        },
      ]);
    },
    TIMEOUT,
  );

  it(
    'alert mapping (alert-mapping.mdx)',
    async () => {
      const file = 'src/data/alerts.ts';
      const recipe: Recipe = async (dir, spoil) => {
        await edit(dir, file, after('export const alertMappings', spoil(await sample('alert-mapping.mdx', `entry in ${file}`))));
      };
      expect(await follow(recipe)).toEqual([]);
      expect(await follow(recipe, (s) => s.replace('FM-502-CONNECTION-REFUSED', 'FM-502-NO-SUCH-PAGE'))).toEqual([
        expect.objectContaining({ file, field: 'alert CheckoutUpstreamRefused', message: expect.stringContaining('FM-502-NO-SUCH-PAGE') }),
      ]);
    },
    TIMEOUT,
  );

  it(
    'owner (owner.mdx)',
    async () => {
      const owners = 'src/data/owners.ts';
      const runbook = 'docs/failure-modes/503/fm-503-dependency-degraded.mdx';
      const recipe: Recipe = async (dir, spoil) => {
        const key = spoil(await sample('owner.mdx', `key in ${owners}`));
        const owner = await sample('owner.mdx', `owner in ${owners}`);
        await edit(dir, owners, (s) =>
          s
            .replace('export const ownerKeys = [', `export const ownerKeys = [${key}`)
            .replace(/(export const owners: Record<OwnerKey, Owner> = \{\n)/, `$1${owner}\n`),
        );
        await edit(dir, runbook, (s) => s.replace(/^escalate_to: .*$/m, 'escalate_to: database-team'));
      };
      expect(await follow(recipe)).toEqual([]);
      // The key left out of ownerKeys: the runbook that names it and the orphaned entry are reported.
      expect(await follow(recipe, () => '')).toEqual([
        expect.objectContaining({ file: runbook, field: 'escalate_to', message: expect.stringContaining('"database-team"') }),
        expect.objectContaining({ file: owners, field: 'owners.database-team', message: expect.stringContaining('not in ownerKeys') }),
      ]);
    },
    TIMEOUT,
  );
});
