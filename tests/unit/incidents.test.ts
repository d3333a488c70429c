/**
 * The labelled incident set (tests/incidents/incidents.yaml): every real incident's path of
 * answers is walked with the tree engine, and the leaf's failure mode and owner (owners per hop)
 * are compared with the labels. Floors from issue 14: at least 57/60 right failure modes, 54/60
 * right owners, a median of at most 4 answers and at most 6 from the start tree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { trees } from '../../src/data/trees';
import { ownerKeys } from '../../src/data/owners';
import { walkPath } from '../../src/lib/decisionTree';
import { ownerForBranch } from '../../src/lib/ownerRules';
import { loadRunbooks } from '../../plugins/runbook-catalog/loadRunbooks';

const root = path.resolve(__dirname, '../..');
const incidentSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/i),
  source: z.string().url().startsWith('https://'),
  kind: z.enum(['vendor-doc', 'postmortem', 'issue-thread']),
  cause: z.string().min(20),
  status: z.number().int().min(400).max(599),
  tree: z.string(),
  answers: z.array(z.string()).min(1),
  expect: z.object({ failure_mode: z.string().regex(/^FM-\d{3}-/), owner: z.enum(ownerKeys) }),
});
const fileSchema = z.object({ incidents: z.array(incidentSchema).min(60) });

const { incidents } = fileSchema.parse(parse(readFileSync(path.join(root, 'tests/incidents/incidents.yaml'), 'utf8')));

interface Outcome {
  id: string;
  reachedLeaf: boolean;
  failureMode: string | null;
  owner: string | null;
  modeRight: boolean;
  ownerRight: boolean;
  /** Answers from the start tree: an alert or the reader names the code first, which is one answer. */
  answersFromStart: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

describe('the labelled real incidents', async () => {
  const { entries } = await loadRunbooks(root);
  const metas = new Map(entries.map((e) => [e.meta.id, e.meta]));

  const outcomes: Outcome[] = incidents.map((incident) => {
    const walk = walkPath(trees, incident.tree, incident.answers);
    const node = walk?.node;
    const leaf = walk && walk.invalidFrom === undefined && node?.kind === 'leaf' ? node : null;
    const meta = leaf ? metas.get(leaf.runbook) : undefined;
    const owner = meta && leaf ? ownerForBranch(meta, leaf.owner).owner : null;
    return {
      id: incident.id,
      reachedLeaf: leaf !== null,
      failureMode: leaf?.runbook ?? null,
      owner,
      modeRight: leaf?.runbook === incident.expect.failure_mode,
      ownerRight: owner === incident.expect.owner,
      answersFromStart: incident.answers.length + (incident.tree === 'start' ? 0 : 1),
    };
  });

  it('has unique ids, and every label names a real runbook', () => {
    expect(new Set(incidents.map((i) => i.id)).size).toBe(incidents.length);
    expect(incidents.filter((i) => !metas.has(i.expect.failure_mode)).map((i) => i.id)).toEqual([]);
  });

  it('walks every path to a leaf with the engine (no stale or invalid answer)', () => {
    expect(outcomes.filter((o) => !o.reachedLeaf).map((o) => o.id)).toEqual([]);
  });

  it('reaches the labelled failure mode and owner often enough (57/60 and 54/60)', () => {
    const modes = outcomes.filter((o) => o.modeRight).length;
    const owners = outcomes.filter((o) => o.ownerRight).length;
    const misses = outcomes
      .filter((o) => !o.modeRight || !o.ownerRight)
      .map((o) => `${o.id}: got ${o.failureMode ?? '(no leaf)'} / ${o.owner ?? '-'}`);
    console.info(
      `incidents: ${outcomes.length}; failure mode ${modes}/${outcomes.length}; owner ${owners}/${outcomes.length}; answers from start median ${median(outcomes.map((o) => o.answersFromStart))}, max ${Math.max(...outcomes.map((o) => o.answersFromStart))}${misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(modes / outcomes.length).toBeGreaterThanOrEqual(57 / 60);
    expect(owners / outcomes.length).toBeGreaterThanOrEqual(54 / 60);
  });

  it('needs at most 4 answers at the median and 6 at most, counted from the start tree', () => {
    const counts = outcomes.map((o) => o.answersFromStart);
    expect(median(counts)).toBeLessThanOrEqual(4);
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
  });

  it('draws on more than one kind of source', () => {
    const kinds = new Set(incidents.map((i) => i.kind));
    expect(kinds.size).toBe(3);
  });
});
